<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommitteePage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Allocation (USD)</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandé</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Terms of reference issued</source>
        <translation>Termes de référence émis</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Clôturé (opérations)</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Clôturé (finances)</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En évaluation</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d&apos;étape</translation>
    </message>
    <message>
        <source>Financial statement</source>
        <translation>État financier</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Rapport descriptif final</translation>
    </message>
    <message>
        <source>Final financial statement</source>
        <translation>État financier final</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Rapport d&apos;achèvement</translation>
    </message>
    <message>
        <source>Independent evaluation</source>
        <translation>Évaluation indépendante</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>Pays en développement</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Autre partie prenante</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation>Dossier diffusé</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <source>World Bank (DGF)</source>
        <translation>Banque mondiale (DGF)</translation>
    </message>
    <message>
        <source>Oversight Committee, meeting %1</source>
        <translation>Comité de surveillance, réunion %1</translation>
    </message>
    <message>
        <source>Observers&apos; edition (redacted)</source>
        <translation>Édition des observateurs (expurgée)</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Diffusé le %1</translation>
    </message>
    <message>
        <source>Confidential — for Committee members only</source>
        <translation>Confidentiel — réservé aux membres du Comité</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <translation>Demandé (USD)</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>Total demandé</translation>
    </message>
    <message>
        <source>The fund&apos;s position</source>
        <translation>Situation du fonds</translation>
    </message>
    <message>
        <source>Figures in US dollars as recorded on %1, at the rates of the day each contribution was recorded.</source>
        <translation>Montants en dollars des États-Unis enregistrés au %1, aux taux du jour où chaque contribution a été enregistrée.</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Ressources et emplois</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Contributions received from donors</source>
        <translation>Contributions reçues des donateurs</translation>
    </message>
    <message>
        <source>Resources received from the World Bank (DGF)</source>
        <translation>Ressources reçues de la Banque mondiale (DGF)</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Produits des placements</translation>
    </message>
    <message>
        <source>Less administrative agent fees</source>
        <translation>Moins les frais de l&apos;agent administratif</translation>
    </message>
    <message>
        <source>Less allocations to projects</source>
        <translation>Moins les allocations aux projets</translation>
    </message>
    <message>
        <source>Available for allocation</source>
        <translation>Disponible pour allocation</translation>
    </message>
    <message>
        <source>Requested at this meeting</source>
        <translation>Demandé à cette réunion</translation>
    </message>
    <message>
        <source>Transferred to partners</source>
        <translation>Transféré aux partenaires</translation>
    </message>
    <message>
        <source>Held by partners</source>
        <translation>Détenu par les partenaires</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Trésorerie</translation>
    </message>
    <message>
        <source>Contributions by donor</source>
        <translation>Contributions par donateur</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Annoncé</translation>
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
        <source>In arrears</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prospective pledges not yet signed: %1.</source>
        <translation>Annonces prévisionnelles non encore signées : %1.</translation>
    </message>
    <message>
        <source>The DGF cap</source>
        <translation>Le plafond du DGF</translation>
    </message>
    <message>
        <source>Resources from the World Bank&apos;s Development Grant Facility may not exceed %1 of the fund&apos;s total funding. The share is shown on three bases: the funding plan (every pledge not cancelled), signed pledges, and receipts.</source>
        <translation>Les ressources du Mécanisme de dons pour le développement de la Banque mondiale ne peuvent dépasser %1 du financement total du fonds. La part est présentée sur trois bases : le plan de financement (toute annonce non annulée), les annonces signées et les encaissements.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banque (DGF)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Bank headroom</source>
        <translation>Marge de la Banque</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>Plan de financement</translation>
    </message>
    <message>
        <source>Signed pledges</source>
        <translation>Annonces signées</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>au-dessus du plafond</translation>
    </message>
    <message>
        <source>Overrides of the cap</source>
        <translation>Dérogations au plafond</translation>
    </message>
    <message>
        <source>No override of the cap has been recorded.</source>
        <translation>Aucune dérogation au plafond n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Share after</source>
        <translation>Part après</translation>
    </message>
    <message>
        <source>Item %1: %2 %3</source>
        <translation>Point %1 : %2 %3</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Partenaire d&apos;exécution</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Area of action</source>
        <translation>Domaine d&apos;action</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Montant (%1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Note (1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Reviewer %1</source>
        <translation>Évaluateur %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>No completed review is recorded.</source>
        <translation>Aucune évaluation achevée n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Reviewers&apos; names and comments are withheld from this edition.</source>
        <translation>Les noms et commentaires des évaluateurs ne figurent pas dans cette édition.</translation>
    </message>
    <message>
        <source>Secretariat recommendation</source>
        <translation>Recommandation du secrétariat</translation>
    </message>
    <message>
        <source>Decision sheet</source>
        <translation>Fiche de décision</translation>
    </message>
    <message>
        <source>The Committee, having considered %1:</source>
        <translation>Le Comité, ayant examiné %1 :</translation>
    </message>
    <message>
        <source>endorses it, allocating US$ ____________</source>
        <translation>l&apos;approuve et alloue ____________ $ É.-U.</translation>
    </message>
    <message>
        <source>endorses it with conditions, allocating US$ ____________; conditions:</source>
        <translation>l&apos;approuve sous conditions et alloue ____________ $ É.-U. ; conditions :</translation>
    </message>
    <message>
        <source>defers its decision</source>
        <translation>ajourne sa décision</translation>
    </message>
    <message>
        <source>rejects it</source>
        <translation>le rejette</translation>
    </message>
    <message>
        <source>Chair of the Committee — date</source>
        <translation>Président du Comité — date</translation>
    </message>
    <message>
        <source>Annex: funded projects</source>
        <translation>Annexe : projets financés</translation>
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
        <source>Stage</source>
        <translation>Étape</translation>
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
        <source>Tranche</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>non versée</translation>
    </message>
    <message>
        <source>No project is funded yet.</source>
        <translation>Aucun projet n&apos;est encore financé.</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>No tranche is scheduled.</source>
        <translation>Aucune tranche n&apos;est prévue.</translation>
    </message>
    <message>
        <source>Overdue reports</source>
        <translation>Rapports en retard</translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation>Aucun rapport n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Dossier for decision</source>
        <translation>Dossier pour décision</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Voting members present: %1 of %2; quorum: %3 (%4).</source>
        <translation>Membres votants présents : %1 sur %2 ; quorum : %3 (%4).</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Allocation (USD)</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <source>Total allocated</source>
        <translation>Total alloué</translation>
    </message>
    <message>
        <source>Secretariat — date</source>
        <translation>Secrétariat — date</translation>
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
    <name>dialogs</name>
    <message>
        <source>Fund in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock only if you are sure nobody is working in this file: the break is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can open it read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imdp::ui::CommitteePage</name>
    <message>
        <source>Observers&apos; edition (redacted)</source>
        <translation>Édition des observateurs (expurgée)</translation>
    </message>
    <message>
        <source>Record decisions…</source>
        <translation>Enregistrer les décisions…</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>Imprimer le procès-verbal…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Oversight Committee</source>
        <translation>Comité de surveillance</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>Meeting %1 — %2, %3</source>
        <translation>Réunion %1 — %2, %3</translation>
    </message>
    <message>
        <source>Status: %1 · %2 of %3 voting members present (quorum %4)</source>
        <translation>Statut : %1 · %2 membres votants présents sur %3 (quorum %4)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
</context>
<context>
    <name>imdp::ui::DecisionsDialog</name>
    <message>
        <source>Record decisions</source>
        <translation>Enregistrer les décisions</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Allocation (USD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Approuvé sous conditions</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajourné</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>%1: the allocation: %2</source>
        <translation>%1 : l&apos;allocation : %2</translation>
    </message>
    <message>
        <source>Every proposal on the agenda already has its decision.</source>
        <translation>Chaque proposition de l&apos;ordre du jour a déjà sa décision.</translation>
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
        <source>The organisations of the fund: donors, the Bank&apos;s Development Grant Facility, GMG agencies and partners. Pledges, instalments and receipts in any currency arrive here with the trust-fund ledger.</source>
        <translation>Les organisations du fonds : donateurs, mécanisme de subvention au développement (DGF) de la Banque, institutions du GMG et partenaires. Les annonces de contributions, les échéances et les encaissements en toute monnaie arriveront ici avec le grand livre du fonds.</translation>
    </message>
    <message>
        <source>The trust fund&apos;s double-entry journal will be kept here: pledges, receipts, allocations, transfers to partners, fees, investment income and refunds, with filters, running balances and reversals. It arrives with the ledger capability.</source>
        <translation>Le journal en partie double du fonds sera tenu ici : annonces, encaissements, allocations, transferts aux partenaires, frais, produits de placement et remboursements, avec filtres, soldes cumulés et contre-passations. Il arrivera avec le grand livre.</translation>
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
    <message>
        <source>Opened with a warning</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
