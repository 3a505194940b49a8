<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BoardColumn</name>
    <message>
        <source>Overdue report</source>
        <translation>Rapport en retard</translation>
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
        <source>Progress report</source>
        <translation>Rapport d’avancement</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Rapport financier</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Rapport narratif final</translation>
    </message>
    <message>
        <source>Final financial report</source>
        <translation>Rapport financier final</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Rapport d’achèvement</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
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
    <name>ProposalEditor</name>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>GFMD recommendation</source>
        <translation>Recommandation du FMMD</translation>
    </message>
    <message>
        <source>GFMD Marketplace</source>
        <translation>Marketplace du FMMD</translation>
    </message>
    <message>
        <source>GMG agency</source>
        <translation>Agence du GMG</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Ethnic origin</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d’instruction</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
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
    <name>imdp::ui::DueWidget</name>
    <message>
        <source>&lt;b&gt;Reports due&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Rapports attendus&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports due&lt;/b&gt; · %1 overdue, %2 upcoming</source>
        <translation>&lt;b&gt;Rapports attendus&lt;/b&gt; · %1 en retard, %2 à venir</translation>
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
    <message>
        <source>Opened with a warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imdp::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Portefeuille de projets</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Search code, title, applicant or partner</source>
        <translation>Rechercher code, titre, demandeur ou partenaire</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Nouvelle proposition…</translation>
    </message>
    <message>
        <source>Cannot read the pipeline</source>
        <translation>Impossible de lire le portefeuille</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Why is it moving? The note is kept in the proposal&apos;s history.</source>
        <translation>Pourquoi ce déplacement ? La note est conservée dans l’historique de la proposition.</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Déplacement refusé</translation>
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
    <name>imdp::ui::ProposalEditor</name>
    <message>
        <source>Cannot open the proposal</source>
        <translation>Impossible d’ouvrir la proposition</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>B&amp;udget</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nouvelle proposition</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>e.g. IMDP-27-001</source>
        <translation>p. ex. IMDP-27-001</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Ét&amp;ape :</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>Note conceptuelle</translation>
    </message>
    <message>
        <source>Full proposal</source>
        <translation>Proposition complète</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>1, 2 or 3, e.g. 1,3</source>
        <translation>1, 2 ou 3, p. ex. 1,3</translation>
    </message>
    <message>
        <source>Action a&amp;rea:</source>
        <translation>Domaine d’a&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origine :</translation>
    </message>
    <message>
        <source>Source re&amp;ference:</source>
        <translation>Ré&amp;férence de l’origine :</translation>
    </message>
    <message>
        <source>e.g. GFMD-2007-RT1.2</source>
        <translation>p. ex. GFMD-2007-RT1.2</translation>
    </message>
    <message>
        <source>Cou&amp;ntries:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>ISO codes, e.g. SN, GH</source>
        <translation>codes ISO, p. ex. SN, GH</translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Re&amp;quested amount:</source>
        <translation>Montant de&amp;mandé :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217, p. ex. USD</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
    <message>
        <source>Data disaggregated by:</source>
        <translation>Données ventilées par :</translation>
    </message>
    <message>
        <source>Ot&amp;her disaggregation:</source>
        <translation>Autre ventila&amp;tion :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Terms of re&amp;ference</source>
        <translation>Ter&amp;mes de référence</translation>
    </message>
    <message>
        <source>Re&amp;lease Selected Tranche…</source>
        <translation>&amp;Verser la tranche choisie…</translation>
    </message>
    <message>
        <source>Posts the transfer to the partner in the ledger at once; it is not undone by Undo.</source>
        <translation>Inscrit aussitôt le virement au partenaire dans le grand livre ; Annuler ne le défait pas.</translation>
    </message>
    <message>
        <source>Tra&amp;nches</source>
        <translation>Tra&amp;nches</translation>
    </message>
    <message>
        <source>Mark Selected Report &amp;Received…</source>
        <translation>Marquer le rapport choisi comme &amp;reçu…</translation>
    </message>
    <message>
        <source>Records the receipt at once; it is not undone by Undo.</source>
        <translation>Enregistre aussitôt la réception ; Annuler ne la défait pas.</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Ra&amp;pports</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>The Committee has not decided on this proposal.</source>
        <translation>Le Comité ne s’est pas prononcé sur cette proposition.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on %2&lt;/p&gt;&lt;p&gt;Allocation: %3 USD&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; le %2&lt;/p&gt;&lt;p&gt;Allocation : %3 USD&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Conditions: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Conditions : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No terms of reference yet.</source>
        <translation>Pas encore de termes de référence.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Partner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;From&lt;/b&gt; %2 &lt;b&gt;to&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Budget:&lt;/b&gt; %4 USD&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objectives&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasks&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Expected results&lt;/b&gt;&lt;br&gt;%7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Partenaire :&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Du&lt;/b&gt; %2 &lt;b&gt;au&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Budget :&lt;/b&gt; %4 USD&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objectifs&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tâches&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Résultats attendus&lt;/b&gt;&lt;br&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>2 to 32 capital letters, digits or dashes.</source>
        <translation>2 à 32 majuscules, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est requis.</translation>
    </message>
    <message>
        <source>Choose the applicant.</source>
        <translation>Choisissez le demandeur.</translation>
    </message>
    <message>
        <source>List objectives 1, 2 or 3, separated by commas.</source>
        <translation>Indiquez les objectifs 1, 2 ou 3, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Not an ISO country code: %1.</source>
        <translation>Code de pays ISO inconnu : %1.</translation>
    </message>
    <message>
        <source>A country is listed twice.</source>
        <translation>Un pays figure deux fois.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Écrivez la date sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>Se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Line %1: the category is empty.</source>
        <translation>Ligne %1 : la catégorie est vide.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The lines add up to %1 %3; %2 %3 requested.</source>
        <translation>Les lignes totalisent %1 %3 ; %2 %3 demandés.</translation>
    </message>
    <message>
        <source>Complete: it can be submitted.</source>
        <translation>Complète : elle peut être soumise.</translation>
    </message>
    <message>
        <source>Before it can be submitted, it still needs: %1.</source>
        <translation>Pour pouvoir être soumise, il lui manque encore : %1.</translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation>Impossible d’enregistrer la proposition</translation>
    </message>
    <message>
        <source>Release tranche %1</source>
        <translation>Verser la tranche %1</translation>
    </message>
    <message>
        <source>Payment reference for the transfer of %1 USD:</source>
        <translation>Référence de paiement du virement de %1 USD :</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Versement refusé</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Rapport reçu</translation>
    </message>
    <message>
        <source>Note on the %1 due %2:</source>
        <translation>Note sur le %1 attendu le %2 :</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>Réception refusée</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this proposal?</source>
        <translation>Abandonner les modifications non enregistrées de cette proposition ?</translation>
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
