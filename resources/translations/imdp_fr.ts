<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cap</name>
    <message>
        <source>US$ %1</source>
        <translation>%1 $ US</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No funding on this basis yet</source>
        <translation>Aucun financement sur cette base pour l’instant</translation>
    </message>
    <message>
        <source>The cap allows any amount from the Bank</source>
        <translation>Le plafond autorise tout montant de la Banque</translation>
    </message>
    <message>
        <source>No amount from other donors can restore compliance</source>
        <translation>Aucun montant des autres donateurs ne peut rétablir la conformité</translation>
    </message>
    <message>
        <source>%1 more from other donors is needed</source>
        <translation>%1 de plus des autres donateurs sont nécessaires</translation>
    </message>
    <message>
        <source>Exactly at the cap: nothing more from the Bank would comply</source>
        <translation>Exactement au plafond : rien de plus de la Banque ne serait conforme</translation>
    </message>
    <message>
        <source>%1 more from the Bank would still comply</source>
        <translation>%1 de plus de la Banque resteraient conformes</translation>
    </message>
    <message>
        <source>The DGF cap refuses this change. On the plan basis the Bank&apos;s share would be %1 (cap %2): %3 from the Bank out of %4 in total.

Before this change: %5.
After it: %6.</source>
        <translation>Le plafond DGF refuse ce changement. Sur la base du plan, la part de la Banque serait de %1 (plafond %2) : %3 de la Banque sur %4 au total.

Avant ce changement : %5.
Après : %6.</translation>
    </message>
    <message>
        <source>Refused by the DGF cap</source>
        <translation>Refusé par le plafond DGF</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An officer may record it anyway with a written justification, which is kept in the audit trail and listed in dossiers.</source>
        <translation>Un responsable peut l’enregistrer malgré tout avec une justification écrite, conservée dans la piste d’audit et reprise dans les dossiers.</translation>
    </message>
    <message>
        <source>Record with override…</source>
        <translation>Enregistrer avec dérogation…</translation>
    </message>
    <message>
        <source>Override the DGF cap</source>
        <translation>Déroger au plafond DGF</translation>
    </message>
    <message>
        <source>Written justification for recording this beyond the cap:</source>
        <translation>Justification écrite de cet enregistrement au-delà du plafond :</translation>
    </message>
</context>
<context>
    <name>FundingModels</name>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pledged (USD)</source>
        <translation>Promis (USD)</translation>
    </message>
    <message>
        <source>Prospective (USD)</source>
        <translation>Envisagé (USD)</translation>
    </message>
    <message>
        <source>Received (USD)</source>
        <translation>Reçu (USD)</translation>
    </message>
    <message>
        <source>Outstanding (USD)</source>
        <translation>Restant dû (USD)</translation>
    </message>
    <message>
        <source>In arrears (USD)</source>
        <translation>En retard (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Commission (USD)</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Contrepassé</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Bank (USD)</source>
        <translation>Banque (USD)</translation>
    </message>
    <message>
        <source>Other (USD)</source>
        <translation>Autres (USD)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Bank share</source>
        <translation>Part de la Banque</translation>
    </message>
    <message>
        <source>Complies</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Bank share after</source>
        <translation>Part de la Banque après</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandée</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Approuvée sous conditions</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajournée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Terms of reference issued</source>
        <translation>Mandat établi</translation>
    </message>
    <message>
        <source>Under implementation</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Close sur le plan opérationnel</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Close sur le plan financier</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banque (DGF)</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>UN / international agency</source>
        <translation>Organisme des Nations Unies / international</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>UN regional commission</source>
        <translation>Commission régionale des Nations Unies</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>Réunions du Comité</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>Prospective</source>
        <translation>Envisagée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesse</translation>
    </message>
    <message>
        <source>Pledge amended</source>
        <translation>Promesse modifiée</translation>
    </message>
    <message>
        <source>Pledge cancelled</source>
        <translation>Promesse annulée</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Revenus de placement</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Allocation released</source>
        <translation>Allocation libérée</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Contrepassation</translation>
    </message>
    <message>
        <source>Cash held by the trustee</source>
        <translation>Trésorerie détenue par le fiduciaire</translation>
    </message>
    <message>
        <source>Pledges receivable</source>
        <translation>Promesses à recevoir</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Solde détenu par les partenaires</translation>
    </message>
    <message>
        <source>Contributions by donors</source>
        <translation>Contributions des donateurs</translation>
    </message>
    <message>
        <source>Bank (DGF) resources</source>
        <translation>Ressources de la Banque (DGF)</translation>
    </message>
    <message>
        <source>Exchange differences</source>
        <translation>Différences de change</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Commission de l’agent administratif</translation>
    </message>
    <message>
        <source>Expenditure reported by partners</source>
        <translation>Dépenses déclarées par les partenaires</translation>
    </message>
    <message>
        <source>Prospective pledges (memo)</source>
        <translation>Promesses envisagées (pour mémoire)</translation>
    </message>
    <message>
        <source>Prospective pledges, offset (memo)</source>
        <translation>Promesses envisagées, contrepartie (pour mémoire)</translation>
    </message>
    <message>
        <source>Allocations to projects (memo)</source>
        <translation>Allocations aux projets (pour mémoire)</translation>
    </message>
    <message>
        <source>Resources allocated, control (memo)</source>
        <translation>Ressources allouées, contrôle (pour mémoire)</translation>
    </message>
    <message>
        <source>Transfers to partners (memo)</source>
        <translation>Transferts aux partenaires (pour mémoire)</translation>
    </message>
    <message>
        <source>Refunds from partners (memo)</source>
        <translation>Remboursements des partenaires (pour mémoire)</translation>
    </message>
    <message>
        <source>Transfers net of refunds, control (memo)</source>
        <translation>Transferts nets des remboursements, contrôle (pour mémoire)</translation>
    </message>
    <message>
        <source>Plan (funding requested)</source>
        <translation>Plan (financement demandé)</translation>
    </message>
    <message>
        <source>Pledged (signed)</source>
        <translation>Promis (signé)</translation>
    </message>
    <message>
        <source>Received (paid in)</source>
        <translation>Reçu (versé)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMDP funds (*.imdp);;All files (*)</source>
        <translation>Fonds PIMD (*.imdp);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>GMG member</source>
        <translation>Membre du GMG</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AmendPledgeDialog</name>
    <message>
        <source>Amend or Cancel Pledge</source>
        <translation>Modifier ou annuler une promesse</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Cancel the pledge</source>
        <translation>Annuler la promesse</translation>
    </message>
    <message>
        <source>why the pledge changes</source>
        <translation>pourquoi la promesse change</translation>
    </message>
    <message>
        <source>&amp;Pledge:</source>
        <translation>&amp;Promesse :</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <source>New &amp;amount:</source>
        <translation>Nouveau &amp;montant :</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tut :</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Pledge: choose the pledge to change</source>
        <translation>Promesse : choisissez la promesse à modifier</translation>
    </message>
    <message>
        <source>Reason: say why the pledge changes</source>
        <translation>Motif : indiquez pourquoi la promesse change</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nouveau montant</translation>
    </message>
    <message>
        <source>Change: the amount and the status are as recorded</source>
        <translation>Changement : le montant et le statut sont ceux déjà enregistrés</translation>
    </message>
    <message>
        <source>This change would put the plan basis beyond the DGF cap: saving will ask for an override with a written justification.</source>
        <translation>Ce changement porterait la base du plan au-delà du plafond DGF : l’enregistrement demandera une dérogation avec justification écrite.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::CapGauge</name>
    <message>
        <source>%1
%2
%3 from the Bank, %4 from other donors</source>
        <translation>%1
%2
%3 de la Banque, %4 des autres donateurs</translation>
    </message>
    <message>
        <source>Bank share %1 of %2 (cap %3)</source>
        <translation>Part de la Banque %1 de %2 (plafond %3)</translation>
    </message>
</context>
<context>
    <name>imdp::ui::CapPanel</name>
    <message>
        <source>DGF Cap</source>
        <translation>Plafond DGF</translation>
    </message>
    <message>
        <source>The Bank&apos;s share on three bases, whole fund and by fiscal year</source>
        <translation>La part de la Banque sur trois bases, pour tout le fonds et par exercice</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Overrides recorded beyond the cap</source>
        <translation>Dérogations enregistrées au-delà du plafond</translation>
    </message>
    <message>
        <source>What if… (nothing is written)</source>
        <translation>Et si… (rien n’est écrit)</translation>
    </message>
    <message>
        <source>more (or, with a minus, less) from the Bank, in USD</source>
        <translation>de plus (ou, avec un moins, de moins) de la Banque, en USD</translation>
    </message>
    <message>
        <source>more (or, with a minus, less) from other donors, in USD</source>
        <translation>de plus (ou, avec un moins, de moins) des autres donateurs, en USD</translation>
    </message>
    <message>
        <source>&amp;Bank (USD):</source>
        <translation>&amp;Banque (USD) :</translation>
    </message>
    <message>
        <source>&amp;Other donors (USD):</source>
        <translation>&amp;Autres donateurs (USD) :</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>EF%1</translation>
    </message>
    <message>
        <source>Enter a hypothetical amount to see the three bases recomputed.</source>
        <translation>Saisissez un montant hypothétique pour voir les trois bases recalculées.</translation>
    </message>
    <message>
        <source>On the plan basis the fund would still comply. %1.</source>
        <translation>Sur la base du plan, le fonds resterait conforme. %1.</translation>
    </message>
    <message>
        <source>On the plan basis the fund would not comply. %1.</source>
        <translation>Sur la base du plan, le fonds ne serait pas conforme. %1.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Hypothèse</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DashboardPage</name>
    <message>
        <source>Pipeline by state</source>
        <translation>Portefeuille par étape</translation>
    </message>
    <message>
        <source>This fund cannot be read</source>
        <translation>Ce fonds ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 · schema %2 · %3</source>
        <translation>%1 · schéma %2 · %3</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>Data fingerprint (audit chain head): %1</source>
        <translation>Empreinte des données (tête de la chaîne d’audit) : %1</translation>
    </message>
    <message>
        <source>No Committee meeting is planned.</source>
        <translation>Aucune réunion du Comité n’est prévue.</translation>
    </message>
    <message>
        <source>Next Committee meeting: %1, %2</source>
        <translation>Prochaine réunion du Comité : %1, %2</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Open and closed proposals</source>
        <translation>Propositions ouvertes et closes</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Available for allocation</source>
        <translation>Disponible pour allocation</translation>
    </message>
    <message>
        <source>DGF cap</source>
        <translation>Plafond DGF</translation>
    </message>
    <message>
        <source>DGF Cap &amp;Details…</source>
        <translation>&amp;Détails du plafond DGF…</translation>
    </message>
    <message>
        <source>Instalments in arrears: %1 of the outstanding pledges.</source>
        <translation>Échéances en retard : %1 des promesses restant dues.</translation>
    </message>
    <message>
        <source>No instalment is in arrears.</source>
        <translation>Aucune échéance n’est en retard.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::EntryDialog</name>
    <message>
        <source>%1: enter an amount</source>
        <translation>%1 : saisissez un montant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: must be more than zero</source>
        <translation>%1 : doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>US dollars per one unit of the currency, with up to 10 decimals</source>
        <translation>Dollars US pour une unité de la devise, jusqu’à 10 décimales</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Rate (USD per unit):</source>
        <translation>&amp;Taux (USD par unité) :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Rate: no rate is recorded for %1 on this date; enter one</source>
        <translation>Taux : aucun taux n’est enregistré pour %1 à cette date ; saisissez-en un</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Taux : %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundingPage</name>
    <message>
        <source>Donors &amp; Funding</source>
        <translation>Donateurs et financement</translation>
    </message>
    <message>
        <source>Record &amp;Pledge…</source>
        <translation>Enregistrer une &amp;promesse…</translation>
    </message>
    <message>
        <source>Record &amp;Receipt…</source>
        <translation>Enregistrer un &amp;encaissement…</translation>
    </message>
    <message>
        <source>&amp;Amend or Cancel Pledge…</source>
        <translation>&amp;Modifier ou annuler une promesse…</translation>
    </message>
    <message>
        <source>Investment &amp;Income…</source>
        <translation>Revenus de &amp;placement…</translation>
    </message>
    <message>
        <source>Import Re&amp;ceipts…</source>
        <translation>Importer des &amp;encaissements…</translation>
    </message>
    <message>
        <source>Import Pled&amp;ges…</source>
        <translation>Importer des pro&amp;messes…</translation>
    </message>
    <message>
        <source>DGF &amp;Cap…</source>
        <translation>&amp;Plafond DGF…</translation>
    </message>
    <message>
        <source>No donor has pledged or paid yet. Record a pledge or a receipt, or import a CSV file of them.</source>
        <translation>Aucun donateur n’a encore promis ni versé. Enregistrez une promesse ou un encaissement, ou importez-les depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Instalments of the selected pledge (arrears in red)</source>
        <translation>Échéances de la promesse sélectionnée (retards en rouge)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Select a donor to see its pledges and receipts</source>
        <translation>Sélectionnez un donateur pour voir ses promesses et encaissements</translation>
    </message>
    <message>
        <source>Import Receipts</source>
        <translation>Importer des encaissements</translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation>Importer des promesses</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>1 row imported.</source>
        <translation>1 ligne importée.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 lignes importées.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ImportPreviewDialog</name>
    <message>
        <source>Import Receipts</source>
        <translation>Importer des encaissements</translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation>Importer des promesses</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>1 row totalling %1 would be imported. Nothing has been written yet.</source>
        <translation>1 ligne pour un total de %1 serait importée. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>%1 rows totalling %2 would be imported. Nothing has been written yet.</source>
        <translation>%1 lignes pour un total de %2 seraient importées. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>1 bad row: the file cannot be imported until it is put right. Nothing has been written.</source>
        <translation>1 ligne erronée : le fichier ne peut être importé tant qu’elle n’est pas corrigée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 bad rows: the file cannot be imported until they are put right. Nothing has been written.</source>
        <translation>%1 lignes erronées : le fichier ne peut être importé tant qu’elles ne sont pas corrigées. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The DGF cap refuses this file as a whole. Nothing has been written.</source>
        <translation>Le plafond DGF refuse ce fichier dans son ensemble. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The file cannot be imported. Nothing has been written.</source>
        <translation>Le fichier ne peut pas être importé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Import with &amp;override…</source>
        <translation>Importer avec &amp;dérogation…</translation>
    </message>
    <message>
        <source>Refused by the DGF cap</source>
        <translation>Refusé par le plafond DGF</translation>
    </message>
</context>
<context>
    <name>imdp::ui::IncomeDialog</name>
    <message>
        <source>Investment Income</source>
        <translation>Revenus de placement</translation>
    </message>
    <message>
        <source>e.g. interest, second quarter</source>
        <translation>p. ex. intérêts, deuxième trimestre</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Montant (USD) :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note: say what the income is</source>
        <translation>Note : indiquez la nature du revenu</translation>
    </message>
    <message>
        <source>Adds %1 to what is available for allocation.</source>
        <translation>Ajoute %1 aux ressources disponibles pour allocation.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::JournalModel</name>
    <message>
        <source>Reversed by entry %1</source>
        <translation>Contrepassée par l’écriture %1</translation>
    </message>
    <message>
        <source>Reverses entry %1: %2</source>
        <translation>Contrepasse l’écriture %1 : %2</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (contrepassée)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Debit (USD)</source>
        <translation>Débit (USD)</translation>
    </message>
    <message>
        <source>Credit (USD)</source>
        <translation>Crédit (USD)</translation>
    </message>
    <message>
        <source>Balance (USD)</source>
        <translation>Solde (USD)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>imdp::ui::LedgerPage</name>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>Co&amp;mpte :</translation>
    </message>
    <message>
        <source>D&amp;onor:</source>
        <translation>D&amp;onateur :</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Reverse Entry…</source>
        <translation>&amp;Contrepasser l’écriture…</translation>
    </message>
    <message>
        <source>Posts the exact opposite of the selected entry, with your reason. Posted entries are never edited or deleted.</source>
        <translation>Passe l’exact opposé de l’écriture sélectionnée, avec votre motif. Les écritures passées ne sont jamais modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Reverse Entry…</source>
        <translation>Contrepasser l’écriture…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Tous les donateurs</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>The journal is empty: entries appear here as pledges, receipts and allocations are recorded.</source>
        <translation>Le journal est vide : les écritures apparaissent ici à mesure que promesses, encaissements et allocations sont enregistrés.</translation>
    </message>
    <message>
        <source>No posting matches these filters.</source>
        <translation>Aucune écriture ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>1 posting · debits %1 · credits %2</source>
        <translation>1 écriture · débits %1 · crédits %2</translation>
    </message>
    <message>
        <source>%1 postings · debits %2 · credits %3</source>
        <translation>%1 écritures · débits %2 · crédits %3</translation>
    </message>
    <message>
        <source> · opening %1 · closing balance %2</source>
        <translation> · solde d’ouverture %1 · solde de clôture %2</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>Contrepasser l’écriture</translation>
    </message>
    <message>
        <source>Select the entry to reverse first.</source>
        <translation>Sélectionnez d’abord l’écriture à contrepasser.</translation>
    </message>
    <message>
        <source>Pledge entries are corrected from Donors &amp; Funding: amend or cancel the pledge.</source>
        <translation>Les écritures de promesse se corrigent depuis Donateurs et financement : modifiez ou annulez la promesse.</translation>
    </message>
    <message>
        <source>Reverse Entry %1</source>
        <translation>Contrepasser l’écriture %1</translation>
    </message>
    <message>
        <source>Why is entry %1 (%2) reversed? The reason is kept with the reversal.</source>
        <translation>Pourquoi l’écriture %1 (%2) est-elle contrepassée ? Le motif est conservé avec la contrepassation.</translation>
    </message>
    <message>
        <source>Post a reversal of entry %1 dated %2? This cannot be undone: a further correction needs a new entry.</source>
        <translation>Passer une contrepassation de l’écriture %1 datée du %2 ? C’est irréversible : toute autre correction demandera une nouvelle écriture.</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Contrepasser</translation>
    </message>
    <message>
        <source>1 posting · totals being added up…</source>
        <translation>1 écriture · totaux en cours de calcul…</translation>
    </message>
    <message>
        <source>%1 postings · totals being added up…</source>
        <translation>%1 écritures · totaux en cours de calcul…</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ListPage</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>imdp::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Fund…</source>
        <translation>&amp;Nouveau fonds…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About IMDP Desk</source>
        <translation>À &amp;propos d’IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IMDP Desk&lt;/h2&gt;&lt;p&gt;No fund is open. Create a fund file or open an existing one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;IMDP Desk&lt;/h2&gt;&lt;p&gt;Aucun fonds n’est ouvert. Créez un fichier de fonds ou ouvrez-en un.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Fund…</source>
        <translation>Nouveau fonds…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Donors &amp; Funding</source>
        <translation>Donateurs et financement</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Portefeuille de projets</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Every proposal and where it stands. The board, the proposal editor and guarded moves from intake to financial closing arrive with the pipeline capability.</source>
        <translation>Chaque proposition et son état d’avancement. Le tableau, l’éditeur de propositions et les transitions contrôlées, de la réception à la clôture financière, arriveront avec le portefeuille de projets.</translation>
    </message>
    <message>
        <source>Offline review will be run from here: reviewer assignments with conflict-of-interest declarations, review packages to take away, rubric scores and the safe merge of reviews back into the fund.</source>
        <translation>L’évaluation hors ligne sera conduite d’ici : attribution des évaluateurs avec déclarations de conflit d’intérêts, dossiers d’évaluation à emporter, notes selon la grille et réintégration sûre des évaluations dans le fonds.</translation>
    </message>
    <message>
        <source>The Oversight Committee&apos;s members, meetings, agendas and decisions will be kept here, with the printed dossier for each meeting.</source>
        <translation>Les membres, réunions, ordres du jour et décisions du Comité de surveillance seront tenus ici, avec le dossier imprimé de chaque réunion.</translation>
    </message>
    <message>
        <source>The statements the secretariat owes will be produced here: sources and uses of funds, donor statements, project summaries, the report to the Global Forum, the DGF application pack and the IATI export.</source>
        <translation>Les états que doit le secrétariat seront produits ici : sources et emplois des fonds, relevés des donateurs, synthèses des projets, rapport au Forum mondial, dossier de demande au DGF et export IITA.</translation>
    </message>
    <message>
        <source>Cannot open the fund</source>
        <translation>Impossible d’ouvrir le fonds</translation>
    </message>
    <message>
        <source>New Fund</source>
        <translation>Nouveau fonds</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nom du fonds :</translation>
    </message>
    <message>
        <source>Cannot create the fund</source>
        <translation>Impossible de créer le fonds</translation>
    </message>
    <message>
        <source>Open Fund</source>
        <translation>Ouvrir un fonds</translation>
    </message>
    <message>
        <source>About IMDP Desk</source>
        <translation>À propos d’IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IMDP Desk %1&lt;/h3&gt;&lt;p&gt;Grant administration for the International Migration and Development Partnership trust fund: ledger, DGF cap, project pipeline, offline review, Committee dossiers and reports.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMDP Desk %1&lt;/h3&gt;&lt;p&gt;Administration des subventions du fonds d’affectation spéciale du Partenariat international Migration–Développement : grand livre, plafond DGF, portefeuille de projets, évaluation hors ligne, dossiers du Comité et rapports.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — IMDP Desk</source>
        <translation>%1 — IMDP Desk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>IMDP Desk</source>
        <translation>IMDP Desk</translation>
    </message>
    <message>
        <source>No fund open</source>
        <translation>Aucun fonds ouvert</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PledgeDialog</name>
    <message>
        <source>Record Pledge</source>
        <translation>Enregistrer une promesse</translation>
    </message>
    <message>
        <source>e.g. SE-2027-01</source>
        <translation>p. ex. SE-2027-01</translation>
    </message>
    <message>
        <source>optional: 2027-03-31=500000; 2028-03-31=500000</source>
        <translation>facultatif : 2027-03-31=500000; 2028-03-31=500000</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donateur :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tut :</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Échéances :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Donor: enter the donor&apos;s name</source>
        <translation>Donateur : saisissez le nom du donateur</translation>
    </message>
    <message>
        <source>Reference: enter the agreement&apos;s reference</source>
        <translation>Référence : saisissez la référence de l’accord</translation>
    </message>
    <message>
        <source>Instalments: &apos;%1&apos; is not DATE=AMOUNT (YYYY-MM-DD=amount)</source>
        <translation>Échéances : « %1 » n’est pas de la forme DATE=MONTANT (AAAA-MM-JJ=montant)</translation>
    </message>
    <message>
        <source>Instalments: the amount of &apos;%1&apos; is not a positive amount</source>
        <translation>Échéances : le montant de « %1 » n’est pas un montant positif</translation>
    </message>
    <message>
        <source>Instalments: they add up to %1, not to the pledged %2</source>
        <translation>Échéances : leur total est %1, et non le montant promis de %2</translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <translation>Contre-valeur en USD : %1</translation>
    </message>
    <message>
        <source>Beyond the DGF cap on the plan basis (%1 of %2): saving will ask for an override with a written justification.</source>
        <translation>Au-delà du plafond DGF sur la base du plan (%1 sur %2) : l’enregistrement demandera une dérogation avec justification écrite.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Numbers and dates follow the language chosen here. Dossiers and reports choose their language when printed.</source>
        <translation>Les nombres et les dates suivent la langue choisie ici. Les dossiers et rapports choisissent leur langue à l’impression.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReceiptDialog</name>
    <message>
        <source>Record Receipt</source>
        <translation>Enregistrer un encaissement</translation>
    </message>
    <message>
        <source>the bank statement&apos;s reference</source>
        <translation>la référence du relevé bancaire</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donateur :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>Against &amp;pledge:</source>
        <translation>Au titre de la &amp;promesse :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Donor: enter the donor&apos;s name</source>
        <translation>Donateur : saisissez le nom du donateur</translation>
    </message>
    <message>
        <source>Reference: enter the receipt&apos;s reference</source>
        <translation>Référence : saisissez la référence de l’encaissement</translation>
    </message>
    <message>
        <source>Currency: pledge %1 is in %2</source>
        <translation>Devise : la promesse %1 est en %2</translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <translation>Contre-valeur en USD : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk : administration des subventions du fonds PIMD.</translation>
    </message>
    <message>
        <source>The fund file to open.</source>
        <translation>Le fichier de fonds à ouvrir.</translation>
    </message>
    <message>
        <source>Render each main page into FOLDER and quit.</source>
        <translation>Rendre chaque page principale dans DOSSIER et quitter.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Langue de l’interface : en, fr ou es.</translation>
    </message>
</context>
</TS>
