// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/money/currency.h"

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core {

namespace {

struct Row
{
    const char16_t *code;
    int minorUnits;
    const char *name; ///< a source of context "Currency": core/i18n/labels.cpp translates it
};

// Active ISO 4217 currencies (list one), without the fund codes (BOV, CLF, ...), precious
// metals and testing codes. Sorted by code: findCurrency() bisects it; a test checks the order.
constexpr Row kIso4217[] = {
    {u"AED", 2, QT_TRANSLATE_NOOP("Currency", "UAE Dirham")},
    {u"AFN", 2, QT_TRANSLATE_NOOP("Currency", "Afghani")},
    {u"ALL", 2, QT_TRANSLATE_NOOP("Currency", "Lek")},
    {u"AMD", 2, QT_TRANSLATE_NOOP("Currency", "Armenian Dram")},
    {u"ANG", 2, QT_TRANSLATE_NOOP("Currency", "Netherlands Antillean Guilder")},
    {u"AOA", 2, QT_TRANSLATE_NOOP("Currency", "Kwanza")},
    {u"ARS", 2, QT_TRANSLATE_NOOP("Currency", "Argentine Peso")},
    {u"AUD", 2, QT_TRANSLATE_NOOP("Currency", "Australian Dollar")},
    {u"AWG", 2, QT_TRANSLATE_NOOP("Currency", "Aruban Florin")},
    {u"AZN", 2, QT_TRANSLATE_NOOP("Currency", "Azerbaijan Manat")},
    {u"BAM", 2, QT_TRANSLATE_NOOP("Currency", "Convertible Mark")},
    {u"BBD", 2, QT_TRANSLATE_NOOP("Currency", "Barbados Dollar")},
    {u"BDT", 2, QT_TRANSLATE_NOOP("Currency", "Taka")},
    {u"BGN", 2, QT_TRANSLATE_NOOP("Currency", "Bulgarian Lev")},
    {u"BHD", 3, QT_TRANSLATE_NOOP("Currency", "Bahraini Dinar")},
    {u"BIF", 0, QT_TRANSLATE_NOOP("Currency", "Burundi Franc")},
    {u"BMD", 2, QT_TRANSLATE_NOOP("Currency", "Bermudian Dollar")},
    {u"BND", 2, QT_TRANSLATE_NOOP("Currency", "Brunei Dollar")},
    {u"BOB", 2, QT_TRANSLATE_NOOP("Currency", "Boliviano")},
    {u"BRL", 2, QT_TRANSLATE_NOOP("Currency", "Brazilian Real")},
    {u"BSD", 2, QT_TRANSLATE_NOOP("Currency", "Bahamian Dollar")},
    {u"BTN", 2, QT_TRANSLATE_NOOP("Currency", "Ngultrum")},
    {u"BWP", 2, QT_TRANSLATE_NOOP("Currency", "Pula")},
    {u"BYN", 2, QT_TRANSLATE_NOOP("Currency", "Belarusian Ruble")},
    {u"BZD", 2, QT_TRANSLATE_NOOP("Currency", "Belize Dollar")},
    {u"CAD", 2, QT_TRANSLATE_NOOP("Currency", "Canadian Dollar")},
    {u"CDF", 2, QT_TRANSLATE_NOOP("Currency", "Congolese Franc")},
    {u"CHF", 2, QT_TRANSLATE_NOOP("Currency", "Swiss Franc")},
    {u"CLP", 0, QT_TRANSLATE_NOOP("Currency", "Chilean Peso")},
    {u"CNY", 2, QT_TRANSLATE_NOOP("Currency", "Yuan Renminbi")},
    {u"COP", 2, QT_TRANSLATE_NOOP("Currency", "Colombian Peso")},
    {u"CRC", 2, QT_TRANSLATE_NOOP("Currency", "Costa Rican Colon")},
    {u"CUP", 2, QT_TRANSLATE_NOOP("Currency", "Cuban Peso")},
    {u"CVE", 2, QT_TRANSLATE_NOOP("Currency", "Cabo Verde Escudo")},
    {u"CZK", 2, QT_TRANSLATE_NOOP("Currency", "Czech Koruna")},
    {u"DJF", 0, QT_TRANSLATE_NOOP("Currency", "Djibouti Franc")},
    {u"DKK", 2, QT_TRANSLATE_NOOP("Currency", "Danish Krone")},
    {u"DOP", 2, QT_TRANSLATE_NOOP("Currency", "Dominican Peso")},
    {u"DZD", 2, QT_TRANSLATE_NOOP("Currency", "Algerian Dinar")},
    {u"EGP", 2, QT_TRANSLATE_NOOP("Currency", "Egyptian Pound")},
    {u"ERN", 2, QT_TRANSLATE_NOOP("Currency", "Nakfa")},
    {u"ETB", 2, QT_TRANSLATE_NOOP("Currency", "Ethiopian Birr")},
    {u"EUR", 2, QT_TRANSLATE_NOOP("Currency", "Euro")},
    {u"FJD", 2, QT_TRANSLATE_NOOP("Currency", "Fiji Dollar")},
    {u"FKP", 2, QT_TRANSLATE_NOOP("Currency", "Falkland Islands Pound")},
    {u"GBP", 2, QT_TRANSLATE_NOOP("Currency", "Pound Sterling")},
    {u"GEL", 2, QT_TRANSLATE_NOOP("Currency", "Lari")},
    {u"GHS", 2, QT_TRANSLATE_NOOP("Currency", "Ghana Cedi")},
    {u"GIP", 2, QT_TRANSLATE_NOOP("Currency", "Gibraltar Pound")},
    {u"GMD", 2, QT_TRANSLATE_NOOP("Currency", "Dalasi")},
    {u"GNF", 0, QT_TRANSLATE_NOOP("Currency", "Guinean Franc")},
    {u"GTQ", 2, QT_TRANSLATE_NOOP("Currency", "Quetzal")},
    {u"GYD", 2, QT_TRANSLATE_NOOP("Currency", "Guyana Dollar")},
    {u"HKD", 2, QT_TRANSLATE_NOOP("Currency", "Hong Kong Dollar")},
    {u"HNL", 2, QT_TRANSLATE_NOOP("Currency", "Lempira")},
    {u"HTG", 2, QT_TRANSLATE_NOOP("Currency", "Gourde")},
    {u"HUF", 2, QT_TRANSLATE_NOOP("Currency", "Forint")},
    {u"IDR", 2, QT_TRANSLATE_NOOP("Currency", "Rupiah")},
    {u"ILS", 2, QT_TRANSLATE_NOOP("Currency", "New Israeli Sheqel")},
    {u"INR", 2, QT_TRANSLATE_NOOP("Currency", "Indian Rupee")},
    {u"IQD", 3, QT_TRANSLATE_NOOP("Currency", "Iraqi Dinar")},
    {u"IRR", 2, QT_TRANSLATE_NOOP("Currency", "Iranian Rial")},
    {u"ISK", 0, QT_TRANSLATE_NOOP("Currency", "Iceland Krona")},
    {u"JMD", 2, QT_TRANSLATE_NOOP("Currency", "Jamaican Dollar")},
    {u"JOD", 3, QT_TRANSLATE_NOOP("Currency", "Jordanian Dinar")},
    {u"JPY", 0, QT_TRANSLATE_NOOP("Currency", "Yen")},
    {u"KES", 2, QT_TRANSLATE_NOOP("Currency", "Kenyan Shilling")},
    {u"KGS", 2, QT_TRANSLATE_NOOP("Currency", "Som")},
    {u"KHR", 2, QT_TRANSLATE_NOOP("Currency", "Riel")},
    {u"KMF", 0, QT_TRANSLATE_NOOP("Currency", "Comorian Franc")},
    {u"KPW", 2, QT_TRANSLATE_NOOP("Currency", "North Korean Won")},
    {u"KRW", 0, QT_TRANSLATE_NOOP("Currency", "Won")},
    {u"KWD", 3, QT_TRANSLATE_NOOP("Currency", "Kuwaiti Dinar")},
    {u"KYD", 2, QT_TRANSLATE_NOOP("Currency", "Cayman Islands Dollar")},
    {u"KZT", 2, QT_TRANSLATE_NOOP("Currency", "Tenge")},
    {u"LAK", 2, QT_TRANSLATE_NOOP("Currency", "Lao Kip")},
    {u"LBP", 2, QT_TRANSLATE_NOOP("Currency", "Lebanese Pound")},
    {u"LKR", 2, QT_TRANSLATE_NOOP("Currency", "Sri Lanka Rupee")},
    {u"LRD", 2, QT_TRANSLATE_NOOP("Currency", "Liberian Dollar")},
    {u"LSL", 2, QT_TRANSLATE_NOOP("Currency", "Loti")},
    {u"LYD", 3, QT_TRANSLATE_NOOP("Currency", "Libyan Dinar")},
    {u"MAD", 2, QT_TRANSLATE_NOOP("Currency", "Moroccan Dirham")},
    {u"MDL", 2, QT_TRANSLATE_NOOP("Currency", "Moldovan Leu")},
    {u"MGA", 2, QT_TRANSLATE_NOOP("Currency", "Malagasy Ariary")},
    {u"MKD", 2, QT_TRANSLATE_NOOP("Currency", "Denar")},
    {u"MMK", 2, QT_TRANSLATE_NOOP("Currency", "Kyat")},
    {u"MNT", 2, QT_TRANSLATE_NOOP("Currency", "Tugrik")},
    {u"MOP", 2, QT_TRANSLATE_NOOP("Currency", "Pataca")},
    {u"MRU", 2, QT_TRANSLATE_NOOP("Currency", "Ouguiya")},
    {u"MUR", 2, QT_TRANSLATE_NOOP("Currency", "Mauritius Rupee")},
    {u"MVR", 2, QT_TRANSLATE_NOOP("Currency", "Rufiyaa")},
    {u"MWK", 2, QT_TRANSLATE_NOOP("Currency", "Malawi Kwacha")},
    {u"MXN", 2, QT_TRANSLATE_NOOP("Currency", "Mexican Peso")},
    {u"MYR", 2, QT_TRANSLATE_NOOP("Currency", "Malaysian Ringgit")},
    {u"MZN", 2, QT_TRANSLATE_NOOP("Currency", "Mozambique Metical")},
    {u"NAD", 2, QT_TRANSLATE_NOOP("Currency", "Namibia Dollar")},
    {u"NGN", 2, QT_TRANSLATE_NOOP("Currency", "Naira")},
    {u"NIO", 2, QT_TRANSLATE_NOOP("Currency", "Cordoba Oro")},
    {u"NOK", 2, QT_TRANSLATE_NOOP("Currency", "Norwegian Krone")},
    {u"NPR", 2, QT_TRANSLATE_NOOP("Currency", "Nepalese Rupee")},
    {u"NZD", 2, QT_TRANSLATE_NOOP("Currency", "New Zealand Dollar")},
    {u"OMR", 3, QT_TRANSLATE_NOOP("Currency", "Rial Omani")},
    {u"PAB", 2, QT_TRANSLATE_NOOP("Currency", "Balboa")},
    {u"PEN", 2, QT_TRANSLATE_NOOP("Currency", "Sol")},
    {u"PGK", 2, QT_TRANSLATE_NOOP("Currency", "Kina")},
    {u"PHP", 2, QT_TRANSLATE_NOOP("Currency", "Philippine Peso")},
    {u"PKR", 2, QT_TRANSLATE_NOOP("Currency", "Pakistan Rupee")},
    {u"PLN", 2, QT_TRANSLATE_NOOP("Currency", "Zloty")},
    {u"PYG", 0, QT_TRANSLATE_NOOP("Currency", "Guarani")},
    {u"QAR", 2, QT_TRANSLATE_NOOP("Currency", "Qatari Rial")},
    {u"RON", 2, QT_TRANSLATE_NOOP("Currency", "Romanian Leu")},
    {u"RSD", 2, QT_TRANSLATE_NOOP("Currency", "Serbian Dinar")},
    {u"RUB", 2, QT_TRANSLATE_NOOP("Currency", "Russian Ruble")},
    {u"RWF", 0, QT_TRANSLATE_NOOP("Currency", "Rwanda Franc")},
    {u"SAR", 2, QT_TRANSLATE_NOOP("Currency", "Saudi Riyal")},
    {u"SBD", 2, QT_TRANSLATE_NOOP("Currency", "Solomon Islands Dollar")},
    {u"SCR", 2, QT_TRANSLATE_NOOP("Currency", "Seychelles Rupee")},
    {u"SDG", 2, QT_TRANSLATE_NOOP("Currency", "Sudanese Pound")},
    {u"SEK", 2, QT_TRANSLATE_NOOP("Currency", "Swedish Krona")},
    {u"SGD", 2, QT_TRANSLATE_NOOP("Currency", "Singapore Dollar")},
    {u"SHP", 2, QT_TRANSLATE_NOOP("Currency", "Saint Helena Pound")},
    {u"SLE", 2, QT_TRANSLATE_NOOP("Currency", "Leone")},
    {u"SOS", 2, QT_TRANSLATE_NOOP("Currency", "Somali Shilling")},
    {u"SRD", 2, QT_TRANSLATE_NOOP("Currency", "Surinam Dollar")},
    {u"SSP", 2, QT_TRANSLATE_NOOP("Currency", "South Sudanese Pound")},
    {u"STN", 2, QT_TRANSLATE_NOOP("Currency", "Dobra")},
    {u"SVC", 2, QT_TRANSLATE_NOOP("Currency", "El Salvador Colon")},
    {u"SYP", 2, QT_TRANSLATE_NOOP("Currency", "Syrian Pound")},
    {u"SZL", 2, QT_TRANSLATE_NOOP("Currency", "Lilangeni")},
    {u"THB", 2, QT_TRANSLATE_NOOP("Currency", "Baht")},
    {u"TJS", 2, QT_TRANSLATE_NOOP("Currency", "Somoni")},
    {u"TMT", 2, QT_TRANSLATE_NOOP("Currency", "Turkmenistan New Manat")},
    {u"TND", 3, QT_TRANSLATE_NOOP("Currency", "Tunisian Dinar")},
    {u"TOP", 2, QT_TRANSLATE_NOOP("Currency", "Pa'anga")},
    {u"TRY", 2, QT_TRANSLATE_NOOP("Currency", "Turkish Lira")},
    {u"TTD", 2, QT_TRANSLATE_NOOP("Currency", "Trinidad and Tobago Dollar")},
    {u"TWD", 2, QT_TRANSLATE_NOOP("Currency", "New Taiwan Dollar")},
    {u"TZS", 2, QT_TRANSLATE_NOOP("Currency", "Tanzanian Shilling")},
    {u"UAH", 2, QT_TRANSLATE_NOOP("Currency", "Hryvnia")},
    {u"UGX", 0, QT_TRANSLATE_NOOP("Currency", "Uganda Shilling")},
    {u"USD", 2, QT_TRANSLATE_NOOP("Currency", "US Dollar")},
    {u"UYU", 2, QT_TRANSLATE_NOOP("Currency", "Peso Uruguayo")},
    {u"UZS", 2, QT_TRANSLATE_NOOP("Currency", "Uzbekistan Sum")},
    {u"VED", 2, QT_TRANSLATE_NOOP("Currency", "Bolivar Soberano")},
    {u"VES", 2, QT_TRANSLATE_NOOP("Currency", "Bolivar Soberano")},
    {u"VND", 0, QT_TRANSLATE_NOOP("Currency", "Dong")},
    {u"VUV", 0, QT_TRANSLATE_NOOP("Currency", "Vatu")},
    {u"WST", 2, QT_TRANSLATE_NOOP("Currency", "Tala")},
    {u"XAF", 0, QT_TRANSLATE_NOOP("Currency", "CFA Franc BEAC")},
    {u"XCD", 2, QT_TRANSLATE_NOOP("Currency", "East Caribbean Dollar")},
    {u"XCG", 2, QT_TRANSLATE_NOOP("Currency", "Caribbean Guilder")},
    {u"XOF", 0, QT_TRANSLATE_NOOP("Currency", "CFA Franc BCEAO")},
    {u"XPF", 0, QT_TRANSLATE_NOOP("Currency", "CFP Franc")},
    {u"YER", 2, QT_TRANSLATE_NOOP("Currency", "Yemeni Rial")},
    {u"ZAR", 2, QT_TRANSLATE_NOOP("Currency", "Rand")},
    {u"ZMW", 2, QT_TRANSLATE_NOOP("Currency", "Zambian Kwacha")},
    {u"ZWG", 2, QT_TRANSLATE_NOOP("Currency", "Zimbabwe Gold")},
};

bool isCodeShaped(QStringView code)
{
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace

const QList<Currency> &allCurrencies()
{
    // Built once, thread-safely (function-local static), and then shared implicitly by every copy.
    static const QList<Currency> table = [] {
        QList<Currency> list;
        list.reserve(qsizetype(std::size(kIso4217)));
        for (const Row &row : kIso4217) {
            list.append(
                {QString::fromUtf16(row.code), row.minorUnits, QString::fromUtf8(row.name)});
        }
        return list;
    }();
    return table;
}

std::optional<Currency> findCurrency(QStringView code)
{
    if (!isCodeShaped(code))
        return std::nullopt;
    const QList<Currency> &table = allCurrencies();
    const auto it = std::lower_bound(table.cbegin(), table.cend(), code,
                                     [](const Currency &c, QStringView k) { return c.code < k; });
    if (it == table.cend() || it->code != code)
        return std::nullopt;
    return *it;
}

Result<Currency> requireCurrency(QStringView code)
{
    if (std::optional<Currency> c = findCurrency(code))
        return *std::move(c);
    // The code may come from a file: keep the message one short, printable line.
    QString shown;
    for (QChar c : code.left(8))
        shown += c.isPrint() ? c : u'?';
    if (code.size() > 8)
        shown += u"…"_s;
    return Error::badInput(u""_s, u"money.unknown_currency_code_iso"_s, {ErrorArg::txt(shown)});
}

} // namespace imdp::core
