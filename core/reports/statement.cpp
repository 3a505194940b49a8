// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/reports/statement.h"

#include "core/money/money.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::reports {

std::optional<Lang> parseLang(const QString &code)
{
    if (code == u"en"_s)
        return Lang::En;
    if (code == u"fr"_s)
        return Lang::Fr;
    if (code == u"es"_s)
        return Lang::Es;
    return std::nullopt;
}

QString langCode(Lang lang)
{
    switch (lang) {
    case Lang::Fr: return u"fr"_s;
    case Lang::Es: return u"es"_s;
    case Lang::En: break;
    }
    return u"en"_s;
}

namespace {

__extension__ using Int128 = __int128;

QLocale localeFor(Lang lang)
{
    switch (lang) {
    case Lang::Fr: return QLocale(QLocale::French, QLocale::France);
    case Lang::Es: return QLocale(QLocale::Spanish, QLocale::Spain);
    case Lang::En: break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

struct Translation
{
    const char16_t *fr;
    const char16_t *es;
};

const QHash<QString, Translation> &vocabulary()
{
    static const QHash<QString, Translation> v{
        {u"Sources and uses of funds"_s,
         {u"Sources et emplois des fonds",
          u"Origen y aplicación de fondos"}},
        {u"Donor statement"_s, {u"Relevé par donateur", u"Estado por donante"}},
        {u"Project financial summary"_s,
         {u"Situation financière des projets",
          u"Resumen financiero de proyectos"}},
        {u"Pipeline report"_s, {u"Rapport sur les propositions", u"Informe de propuestas"}},
        {u"Fund"_s, {u"Fonds", u"Fondo"}},
        {u"Period"_s, {u"Période", u"Período"}},
        {u"As at"_s, {u"Au", u"Al"}},
        {u"Generated"_s, {u"Établi le", u"Elaborado el"}},
        {u"Data fingerprint"_s, {u"Empreinte des données", u"Huella de los datos"}},
        {u"Key figures"_s, {u"Chiffres clés", u"Cifras clave"}},
        {u"Contents"_s, {u"Sommaire", u"Índice"}},
        {u"Page %1 of %2"_s, {u"Page %1 sur %2", u"Página %1 de %2"}},
        {u"%1 to %2"_s, {u"du %1 au %2", u"del %1 al %2"}},
        {u"Total"_s, {u"Total", u"Total"}},
        {u"Amount (USD)"_s, {u"Montant (USD)", u"Importe (USD)"}},
        {u"Share"_s, {u"Part", u"Parte"}},
        {u"Item"_s, {u"Poste", u"Concepto"}},
        {u"Sources"_s, {u"Sources", u"Origen"}},
        {u"Uses"_s, {u"Emplois", u"Aplicación"}},
        {u"Balances"_s, {u"Soldes", u"Saldos"}},
        {u"Contributions: %1"_s, {u"Contributions : %1", u"Contribuciones: %1"}},
        {u"Bank resources (DGF): %1"_s,
         {u"Ressources de la Banque (DGF) : %1",
          u"Recursos del Banco (DGF): %1"}},
        {u"Investment income"_s, {u"Produits des placements", u"Ingresos por inversiones"}},
        {u"Opening balances as of %1"_s,
         {u"Soldes d’ouverture au %1", u"Saldos de apertura al %1"}},
        {u"Other cash movements"_s,
         {u"Autres mouvements de trésorerie",
          u"Otros movimientos de caja"}},
        {u"Sources, uses and balance of funds"_s, {u"Sources, utilisations et solde des fonds", u"Fuentes, usos y saldo de los fondos"}},
        {u"Cumulative"_s, {u"Cumul", u"Acumulado"}},
        {u"Period: %1. Cumulative: from the fund's first entry to %2."_s,
         {u"Période : %1. Cumul : de la première écriture du fonds au %2.",
          u"Período: %1. Acumulado: desde el primer asiento del fondo hasta el %2."}},
        {u"Sources of funds"_s, {u"Sources des fonds", u"Fuentes de los fondos"}},
        {u"Contributions from donors"_s, {u"Contributions des donateurs", u"Contribuciones de los donantes"}},
        {u"Fund earned interest and investment income"_s, {u"Intérêts et revenus de placement du fonds", u"Intereses e ingresos de inversión del fondo"}},
        {u"Interest income received from partners"_s, {u"Intérêts reçus des partenaires", u"Intereses recibidos de los socios"}},
        {u"Total sources of funds"_s, {u"Total des sources", u"Total de fuentes"}},
        {u"Use of funds"_s, {u"Utilisation des fonds", u"Uso de los fondos"}},
        {u"Transfers to partners"_s, {u"Transferts aux partenaires", u"Transferencias a los socios"}},
        {u"Transfers to other funds"_s, {u"Transferts à d’autres fonds", u"Transferencias a otros fondos"}},
        {u"Sub-total transfers"_s, {u"Sous-total des transferts", u"Subtotal de transferencias"}},
        {u"Refunds received from partners"_s, {u"Remboursements reçus des partenaires", u"Reembolsos recibidos de los socios"}},
        {u"Administrative agent fees"_s, {u"Commission de l’agent administratif", u"Comisión del agente administrativo"}},
        {u"Direct costs"_s, {u"Coûts directs", u"Costos directos"}},
        {u"Bank charges"_s, {u"Frais bancaires", u"Gastos bancarios"}},
        {u"Total uses of funds"_s, {u"Total des utilisations", u"Total de usos"}},
        {u"Balance with the administrative agent"_s, {u"Solde auprès de l’agent administratif", u"Saldo en poder del agente administrativo"}},
        {u"As a percentage of deposits"_s, {u"En pourcentage des dépôts", u"Como porcentaje de los depósitos"}},
        {u"Transfers received"_s, {u"Transferts reçus", u"Transferencias recibidas"}},
        {u"Total resources"_s, {u"Total des ressources", u"Total de recursos"}},
        {u"Expenditure reported"_s, {u"Dépenses déclarées", u"Gastos notificados"}},
        {u"Refunds to the fund"_s, {u"Remboursements au fonds", u"Reembolsos al fondo"}},
        {u"Total expenses"_s, {u"Total des dépenses", u"Total de gastos"}},
        {u"Balance with partners"_s, {u"Solde auprès des partenaires", u"Saldo en poder de los socios"}},
        {u"As a percentage of transfers"_s, {u"En pourcentage des transferts", u"Como porcentaje de las transferencias"}},
        {u"Administrative agent"_s, {u"Agent administratif", u"Agente administrativo"}},
        {u"Partners"_s, {u"Partenaires", u"Socios"}},
        {u"Total balance of funds"_s, {u"Solde total des fonds", u"Saldo total de los fondos"}},
        {u"Contributions by donor"_s, {u"Contributions par donateur", u"Contribuciones por donante"}},
        {u"Transferred"_s, {u"Transféré", u"Transferido"}},
        {u"Balance"_s, {u"Solde", u"Saldo"}},
        {u"Delivery rate"_s, {u"Taux d’exécution", u"Tasa de ejecución"}},
        {u"By project"_s, {u"Par projet", u"Por proyecto"}},
        {u"Over the period, balances are the period's net movement; cumulatively, the balances held. Expenditure reported includes residuals waived at financial closing. Each percentage is rounded once to 0.1%, half away from zero."_s, {u"Sur la période, les soldes sont le mouvement net de la période ; en cumul, les soldes détenus. Les dépenses déclarées comprennent les reliquats abandonnés à la clôture financière. Chaque pourcentage est arrondi une seule fois à 0,1 %, au plus proche (les demis en s’éloignant de zéro).", u"En el período, los saldos son el movimiento neto del período; en acumulado, los saldos mantenidos. Los gastos notificados incluyen los remanentes condonados en el cierre financiero. Cada porcentaje se redondea una sola vez a 0,1 %, al más cercano (los medios alejándose de cero)."}},
        {u"Cumulative to the end of the period. Delivery rate: expenditure as a share of transfers."_s, {u"Cumul à la fin de la période. Taux d’exécution : dépenses en pourcentage des transferts.", u"Acumulado al final del período. Tasa de ejecución: gastos como porcentaje de las transferencias."}},
        {u"Transfer to %1 for %2"_s, {u"Transfert à %1 pour %2", u"Transferencia a %1 para %2"}},
        {u"Administrative agent fee"_s,
         {u"Commission de l’agent administratif",
          u"Comisión del agente administrativo"}},
        {u"Refunds from partners"_s,
         {u"Remboursements des partenaires",
          u"Reembolsos de los socios"}},
        {u"Opening balance held by the fund"_s,
         {u"Solde d’ouverture détenu par le fonds",
          u"Saldo inicial del fondo"}},
        {u"Total sources"_s, {u"Total des sources", u"Total de orígenes"}},
        {u"Total uses"_s, {u"Total des emplois", u"Total de aplicaciones"}},
        {u"Closing balance held by the fund"_s,
         {u"Solde de clôture détenu par le fonds",
          u"Saldo final del fondo"}},
        {u"Balance held by partners"_s,
         {u"Solde détenu par les partenaires",
          u"Saldo en poder de los socios"}},
        {u"Expenditure reported by partners in the period"_s,
         {u"Dépenses déclarées par les partenaires sur la période",
          u"Gastos declarados por los socios en el período"}},
        {u"Expenditure reported by partners to date"_s,
         {u"Dépenses déclarées par les partenaires à ce jour",
          u"Gastos declarados por los socios hasta la fecha"}},
        {u"Sources are shown as a share of total sources (deposits), uses as a share of total "
         u"uses (transfers and fees). Each percentage is rounded once to 0.01%, half away from "
         u"zero, so a column may add up to 99.99% or 100.01%."_s,
         {u"Les sources sont exprimées en part du total des sources (dépôts), les emplois en "
          u"part du total des emplois (transferts et commissions). Chaque pourcentage est arrondi "
          u"une fois à 0,01 %, au plus proche (0,005 vers le haut) ; une colonne peut donc "
          u"totaliser 99,99 % ou 100,01 %.",
          u"Los orígenes se expresan como parte del total de orígenes (depósitos), las "
          u"aplicaciones como parte del total de aplicaciones (transferencias y comisiones). Cada "
          u"porcentaje se redondea una vez a 0,01 %, al más próximo (0,005 hacia arriba); una "
          u"columna puede sumar 99,99 % o 100,01 %."}},
        {u"Donor"_s, {u"Donateur", u"Donante"}},
        {u"Source"_s, {u"Source", u"Fuente"}},
        {u"Pledged"_s, {u"Annoncé", u"Comprometido"}},
        {u"Received"_s, {u"Reçu", u"Recibido"}},
        {u"Outstanding"_s, {u"Restant dû", u"Pendiente"}},
        {u"In arrears"_s, {u"En retard", u"En mora"}},
        {u"Instalments in arrears"_s, {u"Échéances en retard", u"Cuotas en mora"}},
        {u"Contributions"_s, {u"Contributions", u"Contribuciones"}},
        {u"Where the money went"_s,
         {u"Emploi des contributions",
          u"Destino de las contribuciones"}},
        {u"Project"_s, {u"Projet", u"Proyecto"}},
        {u"Not yet transferred"_s, {u"Pas encore transféré", u"Aún no transferido"}},
        {u"Each project's transfers net of refunds are attributed to donors in proportion to "
         u"what each donor paid in up to the date, in cents; the cents left over go to the "
         u"largest remainders, so each project's column adds up exactly to its net transfers."_s,
         {u"Les transferts nets des remboursements de chaque projet sont attribués aux "
          u"donateurs au prorata de leurs versements à la date, au centime ; les centimes "
          u"restants vont aux plus forts restes, de sorte que chaque projet totalise exactement "
          u"ses transferts nets.",
          u"Las transferencias netas de reembolsos de cada proyecto se atribuyen a los donantes "
          u"en proporción a lo que cada uno aportó hasta la fecha, al centavo; los centavos "
          u"sobrantes van a los mayores restos, de modo que cada proyecto suma exactamente sus "
          u"transferencias netas."}},
        {u"Title"_s, {u"Intitulé", u"Título"}},
        {u"Partner"_s, {u"Partenaire", u"Socio"}},
        {u"Allocation"_s, {u"Allocation", u"Asignación"}},
        {u"Released"_s, {u"Versé", u"Desembolsado"}},
        {u"Expenditure"_s, {u"Dépenses", u"Gastos"}},
        {u"Refunds"_s, {u"Remboursements", u"Reembolsos"}},
        {u"Held by partner"_s, {u"Détenu par le partenaire", u"En poder del socio"}},
        {u"Residual waived"_s, {u"Reliquat abandonné", u"Saldo residual condonado"}},
        {u"Residuals waived at financial closing to date"_s,
         {u"Reliquats abandonnés à la clôture financière à ce jour",
          u"Saldos residuales condonados al cierre financiero hasta la fecha"}},
        {u"Not yet released"_s, {u"Non encore versé", u"Aún no desembolsado"}},
        {u"Projects"_s, {u"Projets", u"Proyectos"}},
        {u"Proposals"_s, {u"Propositions", u"Propuestas"}},
        {u"Requested (USD)"_s, {u"Demandé (USD)", u"Solicitado (USD)"}},
        {u"Allocated (USD)"_s, {u"Alloué (USD)", u"Asignado (USD)"}},
        {u"By state"_s, {u"Par état", u"Por estado"}},
        {u"By objective"_s, {u"Par objectif", u"Por objetivo"}},
        {u"By action area"_s, {u"Par domaine d’action", u"Por área de acción"}},
        {u"By funding window"_s, {u"Par guichet de financement", u"Por ventanilla de financiación"}},
        {u"Funding window"_s, {u"Guichet de financement", u"Ventanilla de financiación"}},
        {u"By source"_s, {u"Par origine", u"Por origen"}},
        {u"By partner"_s, {u"Par partenaire", u"Por socio"}},
        {u"State"_s, {u"État", u"Estado"}},
        {u"Objective"_s, {u"Objectif", u"Objetivo"}},
        {u"Action area"_s, {u"Domaine d’action", u"Área de acción"}},
        {u"Count"_s, {u"Nombre", u"Número"}},
        {u"(none)"_s, {u"(aucun)", u"(ninguno)"}},
        {u"A proposal serving several objectives is counted under each of them, so the "
         u"objective table adds up to more than the number of proposals. Requested amounts in "
         u"other currencies are converted at the latest recorded rate."_s,
         {u"Une proposition qui sert plusieurs objectifs est comptée sous chacun d’eux ; le "
          u"tableau par objectif totalise donc plus que le nombre de propositions. Les montants "
          u"demandés en d’autres monnaies sont convertis au dernier taux enregistré.",
          u"Una propuesta que sirve a varios objetivos se cuenta en cada uno de ellos, por lo "
          u"que la tabla por objetivo suma más que el número de propuestas. Los importes "
          u"solicitados en otras monedas se convierten al último tipo registrado."}},
        {u"Follow-up of GFMD recommendations"_s,
         {u"Suivi des recommandations du FMMD",
          u"Seguimiento de las recomendaciones del FMMD"}},
        {u"Policy coherence"_s, {u"Cohérence des politiques", u"Coherencia de políticas"}},
        {u"Capacity building"_s,
         {u"Renforcement des capacités",
          u"Fortalecimiento de capacidades"}},
        {u"A. Information, research and analysis"_s,
         {u"A. Information, recherche et analyse",
          u"A. Información, investigación y análisis"}},
        {u"B. Capacity to assess and manage"_s,
         {u"B. Capacité d’évaluation et de gestion",
          u"B. Capacidad de evaluación y gestión"}},
        {u"%1: %2"_s, {u"%1\u00a0: %2", u"%1: %2"}},
        {u"Report to the Global Forum on funded activities"_s,
         {u"Rapport au Forum mondial sur les activités financées",
          u"Informe al Foro Mundial sobre las actividades financiadas"}},
        {u"Funded activities"_s,
         {u"Activités financées",
          u"Actividades financiadas"}},
        {u"Objectives"_s,
         {u"Objectifs",
          u"Objetivos"}},
        {u"Countries"_s,
         {u"Pays",
          u"Países"}},
        {u"GFMD recommendations answered"_s,
         {u"Recommandations du FMMD traitées",
          u"Recomendaciones del FMMD atendidas"}},
        {u"Funds and results"_s,
         {u"Fonds et résultats",
          u"Fondos y resultados"}},
        {u"Reports due"_s,
         {u"Rapports dus",
          u"Informes exigibles"}},
        {u"Reports received"_s,
         {u"Rapports reçus",
          u"Informes recibidos"}},
        {u"Overdue"_s,
         {u"En retard",
          u"Atrasados"}},
        {u"%1 projects"_s,
         {u"%1 projets",
          u"%1 proyectos"}},
        {u"Projects the Oversight Committee has endorsed, in their state today. Countries "
          u"are ISO 3166 codes."_s,
         {u"Projets approuvés par le Comité de surveillance, dans leur état actuel. Les "
          u"pays sont désignés par leur code ISO 3166.",
          u"Proyectos aprobados por el Comité de Supervisión, en su estado actual. Los "
          u"países se indican con su código ISO 3166."}},
        {u"Amounts in US dollars, from the journal. Reports due: the reporting "
          u"obligations falling due on or before the date; overdue: due before it and not "
          u"received by then."_s,
         {u"Montants en dollars des États-Unis, tirés du journal. Rapports dus : les "
          u"obligations de rapport échues à la date ou avant ; en retard : échues avant "
          u"cette date et non reçues à celle-ci.",
          u"Importes en dólares de los Estados Unidos, tomados del diario. Informes "
          u"exigibles: las obligaciones de informe vencidas en la fecha o antes; "
          u"atrasados: vencidos antes de esa fecha y no recibidos en ella."}},
        {u"Results reported"_s,
         {u"Résultats communiqués",
          u"Resultados comunicados"}},
        {u"Report"_s,
         {u"Rapport",
          u"Informe"}},
        {u"Due"_s,
         {u"Échéance",
          u"Vencimiento"}},
        {u"What was reported"_s,
         {u"Contenu du rapport",
          u"Contenido del informe"}},
        {u"%1 reports"_s,
         {u"%1 rapports",
          u"%1 informes"}},
        {u"No report has been received yet."_s,
         {u"Aucun rapport n’a encore été reçu.",
          u"Todavía no se ha recibido ningún informe."}},
        {u"Recommendations acted on"_s,
         {u"Recommandations suivies d’effet",
          u"Recomendaciones atendidas"}},
        {u"Reference"_s,
         {u"Référence",
          u"Referencia"}},
        {u"Kind"_s,
         {u"Type",
          u"Tipo"}},
        {u"Recommendation"_s,
         {u"Recommandation",
          u"Recomendación"}},
        {u"Funded projects"_s,
         {u"Projets financés",
          u"Proyectos financiados"}},
        {u"%1 of %2 acted on"_s,
         {u"%1 sur %2 suivies d’effet",
          u"%1 de %2 atendidas"}},
        {u"A project answering several recommendations is counted, with its allocation, "
          u"under each of them, so this table adds up to more than the funded activities."_s,
         {u"Un projet qui répond à plusieurs recommandations est compté, avec son "
          u"allocation, sous chacune d’elles ; ce tableau totalise donc plus que les "
          u"activités financées.",
          u"Un proyecto que responde a varias recomendaciones se cuenta, con su "
          u"asignación, en cada una de ellas, por lo que esta tabla suma más que las "
          u"actividades financiadas."}},
        {u"[NOT YET WRITTEN] The secretariat has not written this text. Record it with: "
          u"imdp dgf text FILE %1 --file TEXT.txt"_s,
         {u"[PAS ENCORE RÉDIGÉ] Le secrétariat n’a pas encore rédigé ce texte. "
          u"Enregistrez-le avec : imdp dgf text FICHIER %1 --file TEXTE.txt",
          u"[AÚN NO REDACTADO] La secretaría aún no ha redactado este texto. Regístrelo "
          u"con: imdp dgf text ARCHIVO %1 --file TEXTO.txt"}},
        {u"Total funding requested"_s,
         {u"Financement total demandé",
          u"Financiación total solicitada"}},
        {u"Bank resources (DGF)"_s,
         {u"Ressources de la Banque (DGF)",
          u"Recursos del Banco (DGF)"}},
        {u"Bank share"_s,
         {u"Part de la Banque",
          u"Parte del Banco"}},
        {u"Cap"_s,
         {u"Plafond",
          u"Límite"}},
        {u"Within the cap"_s,
         {u"Dans le plafond",
          u"Dentro del límite"}},
        {u"Yes"_s,
         {u"Oui",
          u"Sí"}},
        {u"No"_s,
         {u"Non",
          u"No"}},
        {u"Calendar"_s,
         {u"Calendrier",
          u"Calendario"}},
        {u"Step"_s,
         {u"Étape",
          u"Etapa"}},
        {u"When"_s,
         {u"Quand",
          u"Cuándo"}},
        {u"What it contains"_s,
         {u"Contenu",
          u"Contenido"}},
        {u"Preliminary proposal"_s,
         {u"Proposition préliminaire",
          u"Propuesta preliminar"}},
        {u"Early December %1"_s,
         {u"Début décembre %1",
          u"Principios de diciembre de %1"}},
        {u"Potential donors, DGF partners, substantive basis"_s,
         {u"Donateurs potentiels, partenaires DGF, fondement de la proposition",
          u"Donantes potenciales, socios del DGF, fundamento de la propuesta"}},
        {u"Formal request"_s,
         {u"Demande officielle",
          u"Solicitud formal"}},
        {u"Mid-January %1"_s,
         {u"Mi-janvier %1",
          u"Mediados de enero de %1"}},
        {u"Governance structure: Oversight Committee and evaluation mechanisms"_s,
         {u"Structure de gouvernance : Comité de surveillance et mécanismes d’évaluation",
          u"Estructura de gobernanza: Comité de Supervisión y mecanismos de evaluación"}},
        {u"Review by the World Bank"_s,
         {u"Examen par la Banque mondiale",
          u"Examen por el Banco Mundial"}},
        {u"March to May %1"_s,
         {u"De mars à mai %1",
          u"De marzo a mayo de %1"}},
        {u"Both parts, with the cap table"_s,
         {u"Les deux parties, avec le tableau du plafond",
          u"Ambas partes, con el cuadro del límite"}},
        {u"Report on results"_s,
         {u"Compte rendu des résultats",
          u"Informe sobre los resultados"}},
        {u"Next GFMD meeting"_s,
         {u"Prochaine réunion du FMMD",
          u"Próxima reunión del FMMD"}},
        {u"Results of the funded activities"_s,
         {u"Résultats des activités financées",
          u"Resultados de las actividades financiadas"}},
        {u"%1 steps"_s,
         {u"%1 étapes",
          u"%1 etapas"}},
        {u"Bank resources and the cap"_s,
         {u"Ressources de la Banque et plafond",
          u"Recursos del Banco y límite"}},
        {u"Fiscal year"_s,
         {u"Exercice",
          u"Ejercicio"}},
        {u"Other funding"_s,
         {u"Autres financements",
          u"Otra financiación"}},
        {u"Whole fund"_s,
         {u"Ensemble du fonds",
          u"Todo el fondo"}},
        {u"Funding requested: every pledge not cancelled, prospective ones included, at "
          u"its recorded rate, by fiscal year of its date. The Bank's resources may not "
          u"exceed the cap: 10000 × bank ≤ cap × total, in whole cents. The share is "
          u"rounded down to 0.01%."_s,
         {u"Financement demandé : toutes les annonces non annulées, annonces "
          u"prévisionnelles comprises, au taux enregistré, par exercice de leur date. Les "
          u"ressources de la Banque ne peuvent dépasser le plafond : 10000 × Banque ≤ "
          u"plafond × total, en centimes entiers. La part est arrondie à 0,01 % par "
          u"défaut.",
          u"Financiación solicitada: todos los compromisos no anulados, incluidos los "
          u"previstos, al tipo registrado, por ejercicio de su fecha. Los recursos del "
          u"Banco no pueden superar el límite: 10000 × Banco ≤ límite × total, en centavos "
          u"enteros. La parte se redondea a 0,01 % por defecto."}},
        {u"DGF application: preliminary proposal"_s,
         {u"Demande au DGF : proposition préliminaire",
          u"Solicitud al DGF: propuesta preliminar"}},
        {u"Potential donors"_s,
         {u"Donateurs potentiels",
          u"Donantes potenciales"}},
        {u"Signed pledges"_s,
         {u"Annonces signées",
          u"Compromisos firmados"}},
        {u"Prospective pledges"_s,
         {u"Annonces prévisionnelles",
          u"Compromisos previstos"}},
        {u"Donors other than the Bank with a pledge that is not cancelled, in US dollars "
          u"at the pledges' recorded rates."_s,
         {u"Donateurs autres que la Banque ayant une annonce non annulée, en dollars des "
          u"États-Unis aux taux enregistrés des annonces.",
          u"Donantes distintos del Banco con un compromiso no anulado, en dólares de los "
          u"Estados Unidos a los tipos registrados de los compromisos."}},
        {u"DGF partners"_s,
         {u"Partenaires DGF",
          u"Socios del DGF"}},
        {u"Organisation"_s,
         {u"Organisation",
          u"Organización"}},
        {u"GMG member"_s,
         {u"Membre du GMG",
          u"Miembro del GMG"}},
        {u"%1 organisations"_s,
         {u"%1 organisations",
          u"%1 organizaciones"}},
        {u"Members of the Global Migration Group and the organisations named as "
          u"implementing partner of a proposal (withdrawn ones aside)."_s,
         {u"Membres du Groupe mondial sur la migration et organisations désignées comme "
          u"partenaire d’exécution d’une proposition (hors propositions retirées).",
          u"Miembros del Grupo Mundial sobre Migración y organizaciones designadas como "
          u"socio de ejecución de una propuesta (salvo las retiradas)."}},
        {u"Substantive basis"_s,
         {u"Fondement de la proposition",
          u"Fundamento de la propuesta"}},
        {u"DGF application: formal request"_s,
         {u"Demande au DGF : demande officielle",
          u"Solicitud al DGF: solicitud formal"}},
        {u"Governance structure"_s,
         {u"Structure de gouvernance",
          u"Estructura de gobernanza"}},
        {u"Oversight Committee"_s,
         {u"Comité de surveillance",
          u"Comité de Supervisión"}},
        {u"Name"_s,
         {u"Nom",
          u"Nombre"}},
        {u"Constituency"_s,
         {u"Groupe représenté",
          u"Grupo representado"}},
        {u"Role"_s,
         {u"Rôle",
          u"Función"}},
        {u"Term"_s,
         {u"Mandat",
          u"Mandato"}},
        {u"from %1"_s,
         {u"à partir du %1",
          u"desde el %1"}},
        {u"%1 members, %2 voting"_s,
         {u"%1 membres, dont %2 votants",
          u"%1 miembros, %2 con voto"}},
        {u"Quorum: %1 voting members."_s,
         {u"Quorum : %1 membres votants.",
          u"Quórum: %1 miembros con voto."}},
        {u"Quorum: a majority of the voting members."_s,
         {u"Quorum : la majorité des membres votants.",
          u"Quórum: la mayoría de los miembros con voto."}},
        {u"Evaluation mechanisms"_s,
         {u"Mécanismes d’évaluation",
          u"Mecanismos de evaluación"}},
        {u"Review criterion"_s,
         {u"Critère d’examen",
          u"Criterio de evaluación"}},
        {u"Weight"_s,
         {u"Pondération",
          u"Ponderación"}},
        {u"Each proposal needs %1 completed reviews against this rubric before it can be "
          u"recommended to the Committee; reviews of one proposal whose means differ by "
          u"more than %2 points are flagged."_s,
         {u"Chaque proposition doit recevoir %1 évaluations complètes selon cette grille "
          u"avant de pouvoir être recommandée au Comité ; les évaluations d’une même "
          u"proposition dont les moyennes diffèrent de plus de %2 points sont signalées.",
          u"Cada propuesta necesita %1 evaluaciones completas con esta rúbrica antes de "
          u"poder recomendarse al Comité; se señalan las evaluaciones de una misma "
          u"propuesta cuyas medias difieren en más de %2 puntos."}},
        {u"Reporting obligations"_s,
         {u"Obligations de rapport",
          u"Obligaciones de informe"}},
        {u"Counted from"_s,
         {u"À compter de",
          u"A partir de"}},
        {u"Months after"_s,
         {u"Mois après",
          u"Meses después"}},
        {u"Then every (months)"_s,
         {u"Puis tous les (mois)",
          u"Luego cada (meses)"}},
        {u"From an allocation of"_s,
         {u"À partir d’une allocation de",
          u"A partir de una asignación de"}},
        {u"%1 rules"_s,
         {u"%1 règles",
          u"%1 reglas"}},
        {u"Partners report against these rules; the fund tracks each report's due date "
          u"and receipt. Every (months) 0: once."_s,
         {u"Les partenaires rendent compte selon ces règles ; le fonds suit l’échéance et "
          u"la réception de chaque rapport. Puis tous les (mois) 0 : une seule fois.",
          u"Los socios informan según estas reglas; el fondo sigue el vencimiento y la "
          u"recepción de cada informe. Luego cada (meses) 0: una sola vez."}},
        {u"Draft"_s,
         {u"Brouillon",
          u"Borrador"}},
        {u"Submitted"_s,
         {u"Soumise",
          u"Presentada"}},
        {u"Screening"_s,
         {u"Présélection",
          u"Preselección"}},
        {u"In review"_s,
         {u"En cours d’examen",
          u"En examen"}},
        {u"Recommended"_s,
         {u"Recommandée",
          u"Recomendada"}},
        {u"Not recommended"_s,
         {u"Non recommandée",
          u"No recomendada"}},
        {u"Endorsed"_s,
         {u"Approuvée",
          u"Aprobada"}},
        {u"Endorsed with conditions"_s,
         {u"Approuvée sous conditions",
          u"Aprobada con condiciones"}},
        {u"Deferred"_s,
         {u"Ajournée",
          u"Aplazada"}},
        {u"Rejected"_s,
         {u"Rejetée",
          u"Rechazada"}},
        {u"Terms of reference issued"_s,
         {u"Mandat établi",
          u"Términos de referencia emitidos"}},
        {u"Under implementation"_s,
         {u"En cours d’exécution",
          u"En ejecución"}},
        {u"Operationally closed"_s,
         {u"Close sur le plan opérationnel",
          u"Cerrada operativamente"}},
        {u"Financially closed"_s,
         {u"Close sur le plan financier",
          u"Cerrada financieramente"}},
        {u"Withdrawn"_s,
         {u"Retirée",
          u"Retirada"}},
        {u"Bank (DGF)"_s,
         {u"Banque (DGF)",
          u"Banco (DGF)"}},
        {u"GFMD recommendation"_s,
         {u"Recommandation du FMMD",
          u"Recomendación del FMMD"}},
        {u"GFMD Marketplace"_s,
         {u"Marketplace du FMMD",
          u"Marketplace del FMMD"}},
        {u"GMG agency"_s,
         {u"Agence du GMG",
          u"Organismo del GMG"}},
        {u"Partner organisation"_s,
         {u"Organisation partenaire",
          u"Organización asociada"}},
        {u"Private sector"_s,
         {u"Secteur privé",
          u"Sector privado"}},
        {u"NGO"_s,
         {u"ONG",
          u"ONG"}},
        {u"Secretariat"_s,
         {u"Secrétariat",
          u"Secretaría"}},
        {u"Marketplace item"_s,
         {u"Élément du Marketplace",
          u"Elemento del Marketplace"}},
        {u"Progress report"_s,
         {u"Rapport d’avancement",
          u"Informe de avance"}},
        {u"Financial report"_s,
         {u"Rapport financier",
          u"Informe financiero"}},
        {u"Final narrative report"_s,
         {u"Rapport narratif final",
          u"Informe narrativo final"}},
        {u"Final financial report"_s,
         {u"Rapport financier final",
          u"Informe financiero final"}},
        {u"Completion report"_s,
         {u"Rapport d’achèvement",
          u"Informe de finalización"}},
        {u"Evaluation"_s,
         {u"Évaluation",
          u"Evaluación"}},
        {u"Developing country"_s,
         {u"Pays en développement",
          u"País en desarrollo"}},
        {u"Other stakeholder"_s,
         {u"Autre partie prenante",
          u"Otra parte interesada"}},
        {u"Chair"_s,
         {u"Président",
          u"Presidencia"}},
        {u"Member"_s,
         {u"Membre",
          u"Miembro"}},
        {u"Observer"_s,
         {u"Observateur",
          u"Observador"}},
        {u"Foundation"_s,
         {u"Fondation",
          u"Fundación"}},
        {u"UN / international agency"_s,
         {u"Agence des Nations Unies / internationale",
          u"Organismo de las Naciones Unidas / internacional"}},
        {u"UN regional commission"_s,
         {u"Commission régionale des Nations Unies",
          u"Comisión regional de las Naciones Unidas"}},
        {u"Other"_s,
         {u"Autre",
          u"Otro"}},
        {u"Start of the activity"_s,
         {u"Début de l’activité",
          u"Inicio de la actividad"}},
        {u"End of the activity"_s,
         {u"Fin de l’activité",
          u"Fin de la actividad"}},
        {u"Operational closing"_s,
         {u"Clôture opérationnelle",
          u"Cierre operativo"}},
    };
    return v;
}

} // namespace

QString word(Lang lang, const QString &english)
{
    if (lang == Lang::En)
        return english;
    const auto it = vocabulary().constFind(english);
    if (it == vocabulary().cend())
        return english;
    return QString::fromUtf16(lang == Lang::Fr ? it->fr : it->es);
}

QString label(Lang lang, const QString &key)
{
    // Every enumerated value a report prints, in one table; the English label then goes through
    // the vocabulary like any other word of a statement.
    static const QHash<QString, QString> english{
        {u"draft"_s, u"Draft"_s},
        {u"submitted"_s, u"Submitted"_s},
        {u"screening"_s, u"Screening"_s},
        {u"in_review"_s, u"In review"_s},
        {u"recommended"_s, u"Recommended"_s},
        {u"not_recommended"_s, u"Not recommended"_s},
        {u"endorsed"_s, u"Endorsed"_s},
        {u"endorsed_with_conditions"_s, u"Endorsed with conditions"_s},
        {u"deferred"_s, u"Deferred"_s},
        {u"rejected"_s, u"Rejected"_s},
        {u"tor_issued"_s, u"Terms of reference issued"_s},
        {u"implementation"_s, u"Under implementation"_s},
        {u"operationally_closed"_s, u"Operationally closed"_s},
        {u"financially_closed"_s, u"Financially closed"_s},
        {u"withdrawn"_s, u"Withdrawn"_s},
        {u"donor"_s, u"Donor"_s},
        {u"bank"_s, u"Bank (DGF)"_s},
        {u"gfmd_recommendation"_s, u"GFMD recommendation"_s},
        {u"gfmd_marketplace"_s, u"GFMD Marketplace"_s},
        {u"gmg_agency"_s, u"GMG agency"_s},
        {u"partner_organisation"_s, u"Partner organisation"_s},
        {u"private_sector"_s, u"Private sector"_s},
        {u"ngo"_s, u"NGO"_s},
        {u"secretariat"_s, u"Secretariat"_s},
        {u"recommendation"_s, u"Recommendation"_s},
        {u"marketplace"_s, u"Marketplace item"_s},
        {u"progress"_s, u"Progress report"_s},
        {u"financial"_s, u"Financial report"_s},
        {u"final_narrative"_s, u"Final narrative report"_s},
        {u"final_financial"_s, u"Final financial report"_s},
        {u"completion"_s, u"Completion report"_s},
        {u"evaluation"_s, u"Evaluation"_s},
        {u"developing_country"_s, u"Developing country"_s},
        {u"other_stakeholder"_s, u"Other stakeholder"_s},
        {u"chair"_s, u"Chair"_s},
        {u"member"_s, u"Member"_s},
        {u"observer"_s, u"Observer"_s},
        {u"state"_s, u"State"_s},
        {u"foundation"_s, u"Foundation"_s},
        {u"private"_s, u"Private sector"_s},
        {u"agency"_s, u"UN / international agency"_s},
        {u"commission"_s, u"UN regional commission"_s},
        {u"other"_s, u"Other"_s},
        {u"start"_s, u"Start of the activity"_s},
        {u"end"_s, u"End of the activity"_s},
        {u"closing"_s, u"Operational closing"_s},
    };
    const auto it = english.constFind(key);
    return it == english.cend() ? key : word(lang, *it);
}

QString objectiveName(Lang lang, const QString &key)
{
    if (key == u"1"_s)
        return u"1. "_s + word(lang, u"Follow-up of GFMD recommendations"_s);
    if (key == u"2"_s)
        return u"2. "_s + word(lang, u"Policy coherence"_s);
    if (key == u"3"_s)
        return u"3. "_s + word(lang, u"Capacity building"_s);
    return key;
}

QString areaName(Lang lang, const QString &key)
{
    if (key == u"A"_s)
        return word(lang, u"A. Information, research and analysis"_s);
    if (key == u"B"_s)
        return word(lang, u"B. Capacity to assess and manage"_s);
    return key;
}

QString Cell::plain() const
{
    switch (kind) {
    case Kind::Money: return formatMinor(value, 2);
    case Kind::Percent: return formatMinor(value, decimals);
    case Kind::Count: return QString::number(value);
    case Kind::Text: break;
    }
    return text;
}

QString Cell::display(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Money: return formatMinor(value, 2, locale);
    case Kind::Percent:
        // French and Spanish typography put a space before the sign.
        return formatMinor(value, decimals, locale)
               + (locale.language() == QLocale::English ? u"%"_s : u"\u00a0%"_s);
    case Kind::Count: return locale.toString(value);
    case Kind::Text: break;
    }
    return text;
}

qint64 percentBps(qint64 part, qint64 whole)
{
    return roundedShare(part, whole, 10000);
}

qint64 roundedShare(qint64 part, qint64 whole, qint64 scale)
{
    if (whole == 0)
        return 0;
    // 128 bits: 10000 × a fund's cents can pass 2^63.
    const Int128 num = Int128(part) * scale;
    const Int128 den = whole;
    Int128 q = num / den;
    const Int128 r = num % den;
    const bool negative = (num < 0) != (den < 0);
    const Int128 absR = r < 0 ? -r : r;
    const Int128 absDen = den < 0 ? -den : den;
    if (2 * absR >= absDen)
        q += negative ? -1 : 1;
    return qint64(q);
}

QList<qint64> apportion(qint64 amount, const QList<qint64> &weights)
{
    QList<qint64> shares(weights.size(), 0);
    Int128 total = 0;
    for (qint64 w : weights)
        total += w;
    if (total <= 0 || weights.isEmpty())
        return shares;
    const bool negative = amount < 0;
    const Int128 abs = negative ? -Int128(amount) : Int128(amount);
    QList<std::pair<Int128, qsizetype>> remainders;
    Int128 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Int128 num = abs * qMax<qint64>(0, weights[i]);
        shares[i] = qint64(num / total);
        given += shares[i];
        remainders.append({num % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < abs && k < remainders.size(); ++k, ++given)
        ++shares[remainders[k].second];
    if (negative) {
        for (qint64 &s : shares)
            s = -s;
    }
    return shares;
}

QString longDate(Lang lang, const QDate &date)
{
    return localeFor(lang).toString(date, u"d MMMM yyyy"_s);
}

report::Document toDocument(const Statement &s)
{
    const QLocale locale = localeFor(s.lang);
    report::Document d;
    d.title = s.title;
    d.subtitle = s.fundName;
    d.coverLines = {s.period, word(s.lang, u"Generated"_s) + u": "_s
                                  + longDate(s.lang, QDate::fromString(s.generated, Qt::ISODate)),
                    word(s.lang, u"Data fingerprint"_s) + u": "_s + s.fingerprint};
    d.runningHeader = s.fundName + u" · "_s + s.title;
    d.footerLeft = longDate(s.lang, QDate::fromString(s.generated, Qt::ISODate));
    d.fingerprint = s.fingerprint;
    d.pageFormat = word(s.lang, u"Page %1 of %2"_s);
    if (s.sheets.size() > 1)
        d.contentsTitle = word(s.lang, u"Contents"_s);
    if (!s.fields.isEmpty()) {
        d.heading1(word(s.lang, u"Key figures"_s), false);
        QList<std::pair<QString, QString>> fields;
        for (const auto &[name, cell] : s.fields) {
            // Every amount of a statement is in US dollars: the cover says so next to each.
            fields.append({name, cell.kind == Cell::Kind::Money
                                     ? cell.display(locale) + u"\u00a0USD"_s
                                     : cell.display(locale)});
        }
        d.addFields(fields);
    }
    for (const Sheet &sheet : s.sheets) {
        // Statements are short: sections follow one another rather than each taking a page.
        d.heading1(sheet.title, false);
        if (!sheet.text.isEmpty())
            d.paragraph(sheet.text);
        if (sheet.columns.isEmpty()) {
            if (!sheet.note.isEmpty())
                d.note(sheet.note);
            continue;
        }
        if (sheet.cards) {
            for (const QList<Cell> &row : sheet.rows) {
                d.heading2(row.value(0).display(locale));
                QList<std::pair<QString, QString>> fields;
                for (qsizetype c = 1; c < sheet.columns.size(); ++c)
                    fields.append({sheet.columns[c].title, row.value(c).display(locale)});
                d.addFields(fields);
            }
            // The totals: one figure reads as a line ("Total: 2 projects"), several as a block.
            QList<std::pair<QString, QString>> totals;
            for (qsizetype c = 1; c < sheet.totals.size(); ++c) {
                const QString v = sheet.totals[c].display(locale);
                if (!v.isEmpty())
                    totals.append({sheet.columns.value(c).title, v});
            }
            const QString total = sheet.totals.value(0).display(locale);
            if (totals.size() == 1) {
                d.paragraph(word(s.lang, u"%1: %2"_s).arg(total, totals.first().second));
            } else if (!totals.isEmpty()) {
                d.heading2(total);
                d.addFields(totals);
            }
            if (!sheet.note.isEmpty())
                d.note(sheet.note);
            continue;
        }
        report::Table t;
        t.columns = sheet.columns;
        for (const QList<Cell> &row : sheet.rows) {
            QStringList cells;
            for (const Cell &c : row)
                cells.append(c.display(locale));
            t.rows.append(cells);
        }
        for (const Cell &c : sheet.totals)
            t.totals.append(c.display(locale));
        d.addTable(t);
        if (!sheet.note.isEmpty())
            d.note(sheet.note);
    }
    return d;
}

CsvWriter toCsv(const Statement &s)
{
    CsvWriter w;
    w.addTextRow({s.title});
    w.addTextRow({word(s.lang, u"Fund"_s), s.fundName});
    w.addTextRow({word(s.lang, u"Period"_s), s.period});
    w.addTextRow({word(s.lang, u"Generated"_s), s.generated});
    w.addTextRow({word(s.lang, u"Data fingerprint"_s), s.fingerprint});
    for (const Sheet &sheet : s.sheets) {
        w.addTextRow({});
        w.addTextRow({sheet.title});
        if (!sheet.text.isEmpty())
            w.addTextRow({sheet.text});
        if (sheet.columns.isEmpty())
            continue;
        QStringList header;
        for (const report::Column &c : sheet.columns)
            header.append(c.title);
        w.addTextRow(header);
        const auto addCells = [&w](const QList<Cell> &row) {
            QList<CsvCell> cells;
            for (const Cell &c : row) {
                cells.append(c.kind == Cell::Kind::Text ? CsvCell::text(c.plain())
                                                        : CsvCell::number(c.plain()));
            }
            w.addRow(cells);
        };
        for (const QList<Cell> &row : sheet.rows)
            addCells(row);
        if (!sheet.totals.isEmpty())
            addCells(sheet.totals);
    }
    return w;
}

} // namespace imdp::core::reports
