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
        <translation>Fonds en cours d’utilisation</translation>
    </message>
    <message>
        <source>Break the lock only if you are sure nobody is working in this file: the break is recorded in the audit trail.</source>
        <translation>Ne forcez le verrou que si vous êtes sûr que personne ne travaille dans ce fichier : le forçage est consigné dans la piste d’audit.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it.</source>
        <translation>Vous pouvez l’ouvrir en lecture seule pour le consulter.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Forcer le verrou</translation>
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
        <translation>Ouvert avec un avertissement</translation>
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
    <name>imdp::ui::ReviewWindow</name>
    <message>
        <source>%1 — Review mode — IMDP Desk</source>
        <translation>%1 — Mode évaluation — IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review package for %1&lt;/b&gt; — %2. Work offline; Save writes your review into the package, which you send back to the secretariat.</source>
        <translation>&lt;b&gt;Dossier d’évaluation de %1&lt;/b&gt; — %2. Travaillez hors ligne ; Enregistrer écrit votre évaluation dans le dossier, que vous renvoyez au secrétariat.</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Proposition :</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>Save Attachment As…</source>
        <translation>Enregistrer la pièce jointe sous…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>you are its primary reviewer</source>
        <translation>vous en êtes l’évaluateur principal</translation>
    </message>
    <message>
        <source>you are its secondary reviewer</source>
        <translation>vous en êtes l’évaluateur secondaire</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>Pas encore déclaré</translation>
    </message>
    <message>
        <source>I have no conflict of interest</source>
        <translation>Je n’ai pas de conflit d’intérêts</translation>
    </message>
    <message>
        <source>I have a conflict of interest</source>
        <translation>J’ai un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Declaration:</source>
        <translation>Déclaration :</translation>
    </message>
    <message>
        <source>What the conflict is</source>
        <translation>La nature du conflit</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (poids %2)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Pas encore donnée</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recommander</translation>
    </message>
    <message>
        <source>Recommend with changes</source>
        <translation>Recommander avec modifications</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>Ne pas recommander</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recommandation :</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires :</translation>
    </message>
    <message>
        <source>Weighted mean:</source>
        <translation>Moyenne pondérée :</translation>
    </message>
    <message>
        <source>Nothing changed since the package was opened or saved</source>
        <translation>Rien n’a changé depuis l’ouverture ou l’enregistrement du dossier</translation>
    </message>
    <message>
        <source>%1 of %2 reviews complete — unsaved changes</source>
        <translation>%1 évaluation(s) complète(s) sur %2 — modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved: %1 of %2 reviews complete</source>
        <translation>Enregistré : %1 évaluation(s) complète(s) sur %2</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Reviewers score proposals offline in a review package holding only their assignments. Export a package for a reviewer, and import it when it comes back.</source>
        <translation>Les évaluateurs notent hors ligne, dans un dossier d’évaluation qui ne contient que leurs affectations. Exportez le dossier d’un évaluateur et importez-le à son retour.</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Évaluateur :</translation>
    </message>
    <message>
        <source>Export Package…</source>
        <translation>Exporter un dossier…</translation>
    </message>
    <message>
        <source>Import Package…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation>Avancement par évaluateur</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Synthèse du cycle</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>affectée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>déclaré : %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>signalé : %1</translation>
    </message>
    <message>
        <source>flagged: %1; overridden: %2</source>
        <translation>signalé : %1 ; levé : %2</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (above %2)</source>
        <translation>%1 (au-dessus de %2)</translation>
    </message>
    <message>
        <source>Export Review Package</source>
        <translation>Exporter un dossier d’évaluation</translation>
    </message>
    <message>
        <source>Review packages (*.imdpreview)</source>
        <translation>Dossiers d’évaluation (*.imdpreview)</translation>
    </message>
    <message>
        <source>Exported %1 proposal(s) for %2 to %3.</source>
        <translation>%1 proposition(s) exportée(s) pour %2 dans %3.</translation>
    </message>
    <message>
        <source>Import Review Package</source>
        <translation>Importer un dossier d’évaluation</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLIT</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Nothing was imported: reviews already recorded differ from the package.
%1</source>
        <translation>Rien n’a été importé : des évaluations déjà enregistrées diffèrent du dossier.
%1</translation>
    </message>
    <message>
        <source>Nothing new: the fund already holds this package&apos;s reviews.</source>
        <translation>Rien de nouveau : le fonds contient déjà les évaluations de ce dossier.</translation>
    </message>
    <message>
        <source>Import the reviews of %1?
%2</source>
        <translation>Importer les évaluations de %1 ?
%2</translation>
    </message>
    <message>
        <source>Imported the reviews of %1.</source>
        <translation>Évaluations de %1 importées.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk : administration des subventions du fonds PIMD.</translation>
    </message>
    <message>
        <source>The fund file, or a review package, to open.</source>
        <translation>Le fichier du fonds, ou un dossier d’évaluation, à ouvrir.</translation>
    </message>
    <message>
        <source>Render each main page into FOLDER and quit.</source>
        <translation>Rendre chaque page principale dans DOSSIER et quitter.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Langue de l’interface : en, fr ou es.</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Mode évaluation</translation>
    </message>
</context>
</TS>
