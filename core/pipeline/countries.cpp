// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: IMDP Desk developers
#include "core/pipeline/countries.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace imdp::core::countries {

const QStringList &all()
{
    // Sorted, so that lookups can use binary search.
    static const QStringList codes{
        u"AD"_s, u"AE"_s, u"AF"_s, u"AG"_s, u"AI"_s, u"AL"_s, u"AM"_s, u"AO"_s, u"AQ"_s, u"AR"_s,
        u"AS"_s, u"AT"_s, u"AU"_s, u"AW"_s, u"AX"_s, u"AZ"_s, u"BA"_s, u"BB"_s, u"BD"_s, u"BE"_s,
        u"BF"_s, u"BG"_s, u"BH"_s, u"BI"_s, u"BJ"_s, u"BL"_s, u"BM"_s, u"BN"_s, u"BO"_s, u"BQ"_s,
        u"BR"_s, u"BS"_s, u"BT"_s, u"BV"_s, u"BW"_s, u"BY"_s, u"BZ"_s, u"CA"_s, u"CC"_s, u"CD"_s,
        u"CF"_s, u"CG"_s, u"CH"_s, u"CI"_s, u"CK"_s, u"CL"_s, u"CM"_s, u"CN"_s, u"CO"_s, u"CR"_s,
        u"CU"_s, u"CV"_s, u"CW"_s, u"CX"_s, u"CY"_s, u"CZ"_s, u"DE"_s, u"DJ"_s, u"DK"_s, u"DM"_s,
        u"DO"_s, u"DZ"_s, u"EC"_s, u"EE"_s, u"EG"_s, u"EH"_s, u"ER"_s, u"ES"_s, u"ET"_s, u"FI"_s,
        u"FJ"_s, u"FK"_s, u"FM"_s, u"FO"_s, u"FR"_s, u"GA"_s, u"GB"_s, u"GD"_s, u"GE"_s, u"GF"_s,
        u"GG"_s, u"GH"_s, u"GI"_s, u"GL"_s, u"GM"_s, u"GN"_s, u"GP"_s, u"GQ"_s, u"GR"_s, u"GS"_s,
        u"GT"_s, u"GU"_s, u"GW"_s, u"GY"_s, u"HK"_s, u"HM"_s, u"HN"_s, u"HR"_s, u"HT"_s, u"HU"_s,
        u"ID"_s, u"IE"_s, u"IL"_s, u"IM"_s, u"IN"_s, u"IO"_s, u"IQ"_s, u"IR"_s, u"IS"_s, u"IT"_s,
        u"JE"_s, u"JM"_s, u"JO"_s, u"JP"_s, u"KE"_s, u"KG"_s, u"KH"_s, u"KI"_s, u"KM"_s, u"KN"_s,
        u"KP"_s, u"KR"_s, u"KW"_s, u"KY"_s, u"KZ"_s, u"LA"_s, u"LB"_s, u"LC"_s, u"LI"_s, u"LK"_s,
        u"LR"_s, u"LS"_s, u"LT"_s, u"LU"_s, u"LV"_s, u"LY"_s, u"MA"_s, u"MC"_s, u"MD"_s, u"ME"_s,
        u"MF"_s, u"MG"_s, u"MH"_s, u"MK"_s, u"ML"_s, u"MM"_s, u"MN"_s, u"MO"_s, u"MP"_s, u"MQ"_s,
        u"MR"_s, u"MS"_s, u"MT"_s, u"MU"_s, u"MV"_s, u"MW"_s, u"MX"_s, u"MY"_s, u"MZ"_s, u"NA"_s,
        u"NC"_s, u"NE"_s, u"NF"_s, u"NG"_s, u"NI"_s, u"NL"_s, u"NO"_s, u"NP"_s, u"NR"_s, u"NU"_s,
        u"NZ"_s, u"OM"_s, u"PA"_s, u"PE"_s, u"PF"_s, u"PG"_s, u"PH"_s, u"PK"_s, u"PL"_s, u"PM"_s,
        u"PN"_s, u"PR"_s, u"PS"_s, u"PT"_s, u"PW"_s, u"PY"_s, u"QA"_s, u"RE"_s, u"RO"_s, u"RS"_s,
        u"RU"_s, u"RW"_s, u"SA"_s, u"SB"_s, u"SC"_s, u"SD"_s, u"SE"_s, u"SG"_s, u"SH"_s, u"SI"_s,
        u"SJ"_s, u"SK"_s, u"SL"_s, u"SM"_s, u"SN"_s, u"SO"_s, u"SR"_s, u"SS"_s, u"ST"_s, u"SV"_s,
        u"SX"_s, u"SY"_s, u"SZ"_s, u"TC"_s, u"TD"_s, u"TF"_s, u"TG"_s, u"TH"_s, u"TJ"_s, u"TK"_s,
        u"TL"_s, u"TM"_s, u"TN"_s, u"TO"_s, u"TR"_s, u"TT"_s, u"TV"_s, u"TW"_s, u"TZ"_s, u"UA"_s,
        u"UG"_s, u"UM"_s, u"US"_s, u"UY"_s, u"UZ"_s, u"VA"_s, u"VC"_s, u"VE"_s, u"VG"_s, u"VI"_s,
        u"VN"_s, u"VU"_s, u"WF"_s, u"WS"_s, u"YE"_s, u"YT"_s, u"ZA"_s, u"ZM"_s, u"ZW"_s
    };
    return codes;
}

bool isKnown(const QString &code)
{
    return std::binary_search(all().cbegin(), all().cend(), code);
}

} // namespace imdp::core::countries
