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
        {u"Other cash movements"_s,
         {u"Autres mouvements de trésorerie",
          u"Otros movimientos de caja"}},
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
    };
    return v;
}

QString groupedMinor(qint64 minor, int digits, const QLocale &locale)
{
    // Exact: the integer part goes through QLocale's grouping, the cents are appended as digits,
    // so no value ever passes through a double.
    const bool negative = minor < 0;
    const quint64 abs = negative ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString s = locale.toString(qulonglong(abs / scale));
    if (digits > 0) {
        s += locale.decimalPoint()
             + u"%1"_s.arg(qulonglong(abs % scale), digits, 10, QLatin1Char('0'));
    }
    return negative ? locale.negativeSign() + s : s;
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

QString Cell::plain() const
{
    switch (kind) {
    case Kind::Money: return formatMinor(value, 2);
    case Kind::Percent: return formatMinor(value, 2);
    case Kind::Count: return QString::number(value);
    case Kind::Text: break;
    }
    return text;
}

QString Cell::display(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Money: return groupedMinor(value, 2, locale);
    case Kind::Percent:
        // French and Spanish typography put a space before the sign.
        return groupedMinor(value, 2, locale)
               + (locale.language() == QLocale::English ? u"%"_s : u"\u00a0%"_s);
    case Kind::Count: return locale.toString(value);
    case Kind::Text: break;
    }
    return text;
}

qint64 percentBps(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    // 128 bits: 10000 × a fund's cents can pass 2^63.
    const Int128 num = Int128(part) * 10000;
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
        for (const auto &[label, cell] : s.fields)
            fields.append({label, cell.display(locale)});
        d.addFields(fields);
    }
    for (const Sheet &sheet : s.sheets) {
        // Statements are short: sections follow one another rather than each taking a page.
        d.heading1(sheet.title, false);
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
