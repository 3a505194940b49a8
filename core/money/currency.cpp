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
    const char16_t *name;
};

// Active ISO 4217 currencies (list one), without the fund codes (BOV, CLF, ...), precious
// metals and testing codes. Sorted by code: findCurrency() bisects it; a test checks the order.
constexpr Row kIso4217[] = {
    {u"AED", 2, u"UAE Dirham"},
    {u"AFN", 2, u"Afghani"},
    {u"ALL", 2, u"Lek"},
    {u"AMD", 2, u"Armenian Dram"},
    {u"ANG", 2, u"Netherlands Antillean Guilder"},
    {u"AOA", 2, u"Kwanza"},
    {u"ARS", 2, u"Argentine Peso"},
    {u"AUD", 2, u"Australian Dollar"},
    {u"AWG", 2, u"Aruban Florin"},
    {u"AZN", 2, u"Azerbaijan Manat"},
    {u"BAM", 2, u"Convertible Mark"},
    {u"BBD", 2, u"Barbados Dollar"},
    {u"BDT", 2, u"Taka"},
    {u"BGN", 2, u"Bulgarian Lev"},
    {u"BHD", 3, u"Bahraini Dinar"},
    {u"BIF", 0, u"Burundi Franc"},
    {u"BMD", 2, u"Bermudian Dollar"},
    {u"BND", 2, u"Brunei Dollar"},
    {u"BOB", 2, u"Boliviano"},
    {u"BRL", 2, u"Brazilian Real"},
    {u"BSD", 2, u"Bahamian Dollar"},
    {u"BTN", 2, u"Ngultrum"},
    {u"BWP", 2, u"Pula"},
    {u"BYN", 2, u"Belarusian Ruble"},
    {u"BZD", 2, u"Belize Dollar"},
    {u"CAD", 2, u"Canadian Dollar"},
    {u"CDF", 2, u"Congolese Franc"},
    {u"CHF", 2, u"Swiss Franc"},
    {u"CLP", 0, u"Chilean Peso"},
    {u"CNY", 2, u"Yuan Renminbi"},
    {u"COP", 2, u"Colombian Peso"},
    {u"CRC", 2, u"Costa Rican Colon"},
    {u"CUP", 2, u"Cuban Peso"},
    {u"CVE", 2, u"Cabo Verde Escudo"},
    {u"CZK", 2, u"Czech Koruna"},
    {u"DJF", 0, u"Djibouti Franc"},
    {u"DKK", 2, u"Danish Krone"},
    {u"DOP", 2, u"Dominican Peso"},
    {u"DZD", 2, u"Algerian Dinar"},
    {u"EGP", 2, u"Egyptian Pound"},
    {u"ERN", 2, u"Nakfa"},
    {u"ETB", 2, u"Ethiopian Birr"},
    {u"EUR", 2, u"Euro"},
    {u"FJD", 2, u"Fiji Dollar"},
    {u"FKP", 2, u"Falkland Islands Pound"},
    {u"GBP", 2, u"Pound Sterling"},
    {u"GEL", 2, u"Lari"},
    {u"GHS", 2, u"Ghana Cedi"},
    {u"GIP", 2, u"Gibraltar Pound"},
    {u"GMD", 2, u"Dalasi"},
    {u"GNF", 0, u"Guinean Franc"},
    {u"GTQ", 2, u"Quetzal"},
    {u"GYD", 2, u"Guyana Dollar"},
    {u"HKD", 2, u"Hong Kong Dollar"},
    {u"HNL", 2, u"Lempira"},
    {u"HTG", 2, u"Gourde"},
    {u"HUF", 2, u"Forint"},
    {u"IDR", 2, u"Rupiah"},
    {u"ILS", 2, u"New Israeli Sheqel"},
    {u"INR", 2, u"Indian Rupee"},
    {u"IQD", 3, u"Iraqi Dinar"},
    {u"IRR", 2, u"Iranian Rial"},
    {u"ISK", 0, u"Iceland Krona"},
    {u"JMD", 2, u"Jamaican Dollar"},
    {u"JOD", 3, u"Jordanian Dinar"},
    {u"JPY", 0, u"Yen"},
    {u"KES", 2, u"Kenyan Shilling"},
    {u"KGS", 2, u"Som"},
    {u"KHR", 2, u"Riel"},
    {u"KMF", 0, u"Comorian Franc"},
    {u"KPW", 2, u"North Korean Won"},
    {u"KRW", 0, u"Won"},
    {u"KWD", 3, u"Kuwaiti Dinar"},
    {u"KYD", 2, u"Cayman Islands Dollar"},
    {u"KZT", 2, u"Tenge"},
    {u"LAK", 2, u"Lao Kip"},
    {u"LBP", 2, u"Lebanese Pound"},
    {u"LKR", 2, u"Sri Lanka Rupee"},
    {u"LRD", 2, u"Liberian Dollar"},
    {u"LSL", 2, u"Loti"},
    {u"LYD", 3, u"Libyan Dinar"},
    {u"MAD", 2, u"Moroccan Dirham"},
    {u"MDL", 2, u"Moldovan Leu"},
    {u"MGA", 2, u"Malagasy Ariary"},
    {u"MKD", 2, u"Denar"},
    {u"MMK", 2, u"Kyat"},
    {u"MNT", 2, u"Tugrik"},
    {u"MOP", 2, u"Pataca"},
    {u"MRU", 2, u"Ouguiya"},
    {u"MUR", 2, u"Mauritius Rupee"},
    {u"MVR", 2, u"Rufiyaa"},
    {u"MWK", 2, u"Malawi Kwacha"},
    {u"MXN", 2, u"Mexican Peso"},
    {u"MYR", 2, u"Malaysian Ringgit"},
    {u"MZN", 2, u"Mozambique Metical"},
    {u"NAD", 2, u"Namibia Dollar"},
    {u"NGN", 2, u"Naira"},
    {u"NIO", 2, u"Cordoba Oro"},
    {u"NOK", 2, u"Norwegian Krone"},
    {u"NPR", 2, u"Nepalese Rupee"},
    {u"NZD", 2, u"New Zealand Dollar"},
    {u"OMR", 3, u"Rial Omani"},
    {u"PAB", 2, u"Balboa"},
    {u"PEN", 2, u"Sol"},
    {u"PGK", 2, u"Kina"},
    {u"PHP", 2, u"Philippine Peso"},
    {u"PKR", 2, u"Pakistan Rupee"},
    {u"PLN", 2, u"Zloty"},
    {u"PYG", 0, u"Guarani"},
    {u"QAR", 2, u"Qatari Rial"},
    {u"RON", 2, u"Romanian Leu"},
    {u"RSD", 2, u"Serbian Dinar"},
    {u"RUB", 2, u"Russian Ruble"},
    {u"RWF", 0, u"Rwanda Franc"},
    {u"SAR", 2, u"Saudi Riyal"},
    {u"SBD", 2, u"Solomon Islands Dollar"},
    {u"SCR", 2, u"Seychelles Rupee"},
    {u"SDG", 2, u"Sudanese Pound"},
    {u"SEK", 2, u"Swedish Krona"},
    {u"SGD", 2, u"Singapore Dollar"},
    {u"SHP", 2, u"Saint Helena Pound"},
    {u"SLE", 2, u"Leone"},
    {u"SOS", 2, u"Somali Shilling"},
    {u"SRD", 2, u"Surinam Dollar"},
    {u"SSP", 2, u"South Sudanese Pound"},
    {u"STN", 2, u"Dobra"},
    {u"SVC", 2, u"El Salvador Colon"},
    {u"SYP", 2, u"Syrian Pound"},
    {u"SZL", 2, u"Lilangeni"},
    {u"THB", 2, u"Baht"},
    {u"TJS", 2, u"Somoni"},
    {u"TMT", 2, u"Turkmenistan New Manat"},
    {u"TND", 3, u"Tunisian Dinar"},
    {u"TOP", 2, u"Pa'anga"},
    {u"TRY", 2, u"Turkish Lira"},
    {u"TTD", 2, u"Trinidad and Tobago Dollar"},
    {u"TWD", 2, u"New Taiwan Dollar"},
    {u"TZS", 2, u"Tanzanian Shilling"},
    {u"UAH", 2, u"Hryvnia"},
    {u"UGX", 0, u"Uganda Shilling"},
    {u"USD", 2, u"US Dollar"},
    {u"UYU", 2, u"Peso Uruguayo"},
    {u"UZS", 2, u"Uzbekistan Sum"},
    {u"VED", 2, u"Bolivar Soberano"},
    {u"VES", 2, u"Bolivar Soberano"},
    {u"VND", 0, u"Dong"},
    {u"VUV", 0, u"Vatu"},
    {u"WST", 2, u"Tala"},
    {u"XAF", 0, u"CFA Franc BEAC"},
    {u"XCD", 2, u"East Caribbean Dollar"},
    {u"XCG", 2, u"Caribbean Guilder"},
    {u"XOF", 0, u"CFA Franc BCEAO"},
    {u"XPF", 0, u"CFP Franc"},
    {u"YER", 2, u"Yemeni Rial"},
    {u"ZAR", 2, u"Rand"},
    {u"ZMW", 2, u"Zambian Kwacha"},
    {u"ZWG", 2, u"Zimbabwe Gold"},
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
                {QString::fromUtf16(row.code), row.minorUnits, QString::fromUtf16(row.name)});
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
    return Error::badInput(u"unknown currency code '"_s + shown +
                           u"' (an ISO 4217 code in capitals, such as USD)"_s);
}

} // namespace imdp::core
