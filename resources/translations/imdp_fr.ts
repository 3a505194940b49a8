<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>The Oversight Committee&apos;s members, meetings, agendas and decisions will be kept here, with the printed dossier for each meeting.</source>
        <translation>Les membres, réunions, ordres du jour et décisions du Comité de surveillance seront tenus ici, avec le dossier imprimé de chaque réunion.</translation>
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
    <name>imdp::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The statements the secretariat owes, computed from the journal. Every export carries its totals and the fund&apos;s data fingerprint.</source>
        <translation>Les états que doit produire le secrétariat, calculés à partir du journal. Chaque export porte ses totaux et l’empreinte des données du fonds.</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Sources et emplois des fonds</translation>
    </message>
    <message>
        <source>Donor statement</source>
        <translation>Relevé par donateur</translation>
    </message>
    <message>
        <source>Project financial summary</source>
        <translation>Situation financière des projets</translation>
    </message>
    <message>
        <source>Pipeline report</source>
        <translation>Rapport sur les propositions</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>From the fund&apos;s first entry</source>
        <translation>Depuis la première écriture du fonds</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
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
        <source>No fund is open.</source>
        <translation>Aucun fonds n’est ouvert.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
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
