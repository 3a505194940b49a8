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
    <message>
        <source>The DGF cap could not be checked: %1</source>
        <translation>Le plafond DGF n’a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>nothing more from the Bank would comply</source>
        <translation>rien de plus de la Banque ne serait conforme</translation>
    </message>
</context>
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
    <name>Currency</name>
    <message>
        <source>Afghani</source>
        <translation>afghani afghan</translation>
    </message>
    <message>
        <source>Algerian Dinar</source>
        <translation>dinar algérien</translation>
    </message>
    <message>
        <source>Argentine Peso</source>
        <translation>peso argentin</translation>
    </message>
    <message>
        <source>Armenian Dram</source>
        <translation>dram arménien</translation>
    </message>
    <message>
        <source>Aruban Florin</source>
        <translation>florin arubais</translation>
    </message>
    <message>
        <source>Australian Dollar</source>
        <translation>dollar australien</translation>
    </message>
    <message>
        <source>Azerbaijan Manat</source>
        <translation>manat azéri</translation>
    </message>
    <message>
        <source>Bahamian Dollar</source>
        <translation>dollar bahaméen</translation>
    </message>
    <message>
        <source>Bahraini Dinar</source>
        <translation>dinar bahreïni</translation>
    </message>
    <message>
        <source>Baht</source>
        <translation>baht thaïlandais</translation>
    </message>
    <message>
        <source>Balboa</source>
        <translation>balboa panaméen</translation>
    </message>
    <message>
        <source>Barbados Dollar</source>
        <translation>dollar barbadien</translation>
    </message>
    <message>
        <source>Belarusian Ruble</source>
        <translation>rouble biélorusse</translation>
    </message>
    <message>
        <source>Belize Dollar</source>
        <translation>dollar bélizéen</translation>
    </message>
    <message>
        <source>Bermudian Dollar</source>
        <translation>dollar bermudien</translation>
    </message>
    <message>
        <source>Bolivar Soberano</source>
        <translation>bolivar souverain</translation>
    </message>
    <message>
        <source>Boliviano</source>
        <translation>boliviano bolivien</translation>
    </message>
    <message>
        <source>Brazilian Real</source>
        <translation>réal brésilien</translation>
    </message>
    <message>
        <source>Brunei Dollar</source>
        <translation>dollar brunéien</translation>
    </message>
    <message>
        <source>Bulgarian Lev</source>
        <translation>lev bulgare</translation>
    </message>
    <message>
        <source>Burundi Franc</source>
        <translation>franc burundais</translation>
    </message>
    <message>
        <source>CFA Franc BCEAO</source>
        <translation>franc CFA (BCEAO)</translation>
    </message>
    <message>
        <source>CFA Franc BEAC</source>
        <translation>franc CFA (BEAC)</translation>
    </message>
    <message>
        <source>CFP Franc</source>
        <translation>franc CFP</translation>
    </message>
    <message>
        <source>Cabo Verde Escudo</source>
        <translation>escudo capverdien</translation>
    </message>
    <message>
        <source>Canadian Dollar</source>
        <translation>dollar canadien</translation>
    </message>
    <message>
        <source>Caribbean Guilder</source>
        <translation>florin caribéen</translation>
    </message>
    <message>
        <source>Cayman Islands Dollar</source>
        <translation>dollar des îles Caïmans</translation>
    </message>
    <message>
        <source>Chilean Peso</source>
        <translation>peso chilien</translation>
    </message>
    <message>
        <source>Colombian Peso</source>
        <translation>peso colombien</translation>
    </message>
    <message>
        <source>Comorian Franc</source>
        <translation>franc comorien</translation>
    </message>
    <message>
        <source>Congolese Franc</source>
        <translation>franc congolais</translation>
    </message>
    <message>
        <source>Convertible Mark</source>
        <translation>mark convertible bosniaque</translation>
    </message>
    <message>
        <source>Cordoba Oro</source>
        <translation>córdoba oro nicaraguayen</translation>
    </message>
    <message>
        <source>Costa Rican Colon</source>
        <translation>colón costaricain</translation>
    </message>
    <message>
        <source>Cuban Peso</source>
        <translation>peso cubain</translation>
    </message>
    <message>
        <source>Czech Koruna</source>
        <translation>couronne tchèque</translation>
    </message>
    <message>
        <source>Dalasi</source>
        <translation>dalasi gambien</translation>
    </message>
    <message>
        <source>Danish Krone</source>
        <translation>couronne danoise</translation>
    </message>
    <message>
        <source>Denar</source>
        <translation>denar macédonien</translation>
    </message>
    <message>
        <source>Djibouti Franc</source>
        <translation>franc djiboutien</translation>
    </message>
    <message>
        <source>Dobra</source>
        <translation>dobra santoméen</translation>
    </message>
    <message>
        <source>Dominican Peso</source>
        <translation>peso dominicain</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>dông vietnamien</translation>
    </message>
    <message>
        <source>East Caribbean Dollar</source>
        <translation>dollar des Caraïbes orientales</translation>
    </message>
    <message>
        <source>Egyptian Pound</source>
        <translation>livre égyptienne</translation>
    </message>
    <message>
        <source>El Salvador Colon</source>
        <translation>colón salvadorien</translation>
    </message>
    <message>
        <source>Ethiopian Birr</source>
        <translation>birr éthiopien</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>Falkland Islands Pound</source>
        <translation>livre des îles Malouines</translation>
    </message>
    <message>
        <source>Fiji Dollar</source>
        <translation>dollar fidjien</translation>
    </message>
    <message>
        <source>Forint</source>
        <translation>forint hongrois</translation>
    </message>
    <message>
        <source>Ghana Cedi</source>
        <translation>cédi ghanéen</translation>
    </message>
    <message>
        <source>Gibraltar Pound</source>
        <translation>livre de Gibraltar</translation>
    </message>
    <message>
        <source>Gourde</source>
        <translation>gourde haïtienne</translation>
    </message>
    <message>
        <source>Guarani</source>
        <translation>guaraní paraguayen</translation>
    </message>
    <message>
        <source>Guinean Franc</source>
        <translation>franc guinéen</translation>
    </message>
    <message>
        <source>Guyana Dollar</source>
        <translation>dollar du Guyana</translation>
    </message>
    <message>
        <source>Hong Kong Dollar</source>
        <translation>dollar de Hong Kong</translation>
    </message>
    <message>
        <source>Hryvnia</source>
        <translation>hryvnia ukrainienne</translation>
    </message>
    <message>
        <source>Iceland Krona</source>
        <translation>couronne islandaise</translation>
    </message>
    <message>
        <source>Indian Rupee</source>
        <translation>roupie indienne</translation>
    </message>
    <message>
        <source>Iranian Rial</source>
        <translation>riyal iranien</translation>
    </message>
    <message>
        <source>Iraqi Dinar</source>
        <translation>dinar irakien</translation>
    </message>
    <message>
        <source>Jamaican Dollar</source>
        <translation>dollar jamaïcain</translation>
    </message>
    <message>
        <source>Jordanian Dinar</source>
        <translation>dinar jordanien</translation>
    </message>
    <message>
        <source>Kenyan Shilling</source>
        <translation>shilling kényan</translation>
    </message>
    <message>
        <source>Kina</source>
        <translation>kina papouan-néo-guinéen</translation>
    </message>
    <message>
        <source>Kuwaiti Dinar</source>
        <translation>dinar koweïtien</translation>
    </message>
    <message>
        <source>Kwanza</source>
        <translation>kwanza angolais</translation>
    </message>
    <message>
        <source>Kyat</source>
        <translation>kyat myanmarais</translation>
    </message>
    <message>
        <source>Lao Kip</source>
        <translation>kip loatien</translation>
    </message>
    <message>
        <source>Lari</source>
        <translation>lari géorgien</translation>
    </message>
    <message>
        <source>Lebanese Pound</source>
        <translation>livre libanaise</translation>
    </message>
    <message>
        <source>Lek</source>
        <translation>lek albanais</translation>
    </message>
    <message>
        <source>Lempira</source>
        <translation>lempira hondurien</translation>
    </message>
    <message>
        <source>Leone</source>
        <translation>leone sierra-léonais</translation>
    </message>
    <message>
        <source>Liberian Dollar</source>
        <translation>dollar libérien</translation>
    </message>
    <message>
        <source>Libyan Dinar</source>
        <translation>dinar libyen</translation>
    </message>
    <message>
        <source>Lilangeni</source>
        <translation>lilangeni swazi</translation>
    </message>
    <message>
        <source>Loti</source>
        <translation>loti lesothan</translation>
    </message>
    <message>
        <source>Malagasy Ariary</source>
        <translation>ariary malgache</translation>
    </message>
    <message>
        <source>Malawi Kwacha</source>
        <translation>kwacha malawite</translation>
    </message>
    <message>
        <source>Malaysian Ringgit</source>
        <translation>ringgit malais</translation>
    </message>
    <message>
        <source>Mauritius Rupee</source>
        <translation>roupie mauricienne</translation>
    </message>
    <message>
        <source>Mexican Peso</source>
        <translation>peso mexicain</translation>
    </message>
    <message>
        <source>Moldovan Leu</source>
        <translation>leu moldave</translation>
    </message>
    <message>
        <source>Moroccan Dirham</source>
        <translation>dirham marocain</translation>
    </message>
    <message>
        <source>Mozambique Metical</source>
        <translation>metical mozambicain</translation>
    </message>
    <message>
        <source>Naira</source>
        <translation>naira nigérian</translation>
    </message>
    <message>
        <source>Nakfa</source>
        <translation>nafka érythréen</translation>
    </message>
    <message>
        <source>Namibia Dollar</source>
        <translation>dollar namibien</translation>
    </message>
    <message>
        <source>Nepalese Rupee</source>
        <translation>roupie népalaise</translation>
    </message>
    <message>
        <source>Netherlands Antillean Guilder</source>
        <translation>florin antillais</translation>
    </message>
    <message>
        <source>New Israeli Sheqel</source>
        <translation>nouveau shekel israélien</translation>
    </message>
    <message>
        <source>New Taiwan Dollar</source>
        <translation>nouveau dollar taïwanais</translation>
    </message>
    <message>
        <source>New Zealand Dollar</source>
        <translation>dollar néo-zélandais</translation>
    </message>
    <message>
        <source>Ngultrum</source>
        <translation>ngultrum bouthanais</translation>
    </message>
    <message>
        <source>North Korean Won</source>
        <translation>won nord-coréen</translation>
    </message>
    <message>
        <source>Norwegian Krone</source>
        <translation>couronne norvégienne</translation>
    </message>
    <message>
        <source>Ouguiya</source>
        <translation>ouguiya mauritanien</translation>
    </message>
    <message>
        <source>Pa&apos;anga</source>
        <translation>pa’anga tongan</translation>
    </message>
    <message>
        <source>Pakistan Rupee</source>
        <translation>roupie pakistanaise</translation>
    </message>
    <message>
        <source>Pataca</source>
        <translation>pataca macanaise</translation>
    </message>
    <message>
        <source>Peso Uruguayo</source>
        <translation>peso uruguayen</translation>
    </message>
    <message>
        <source>Philippine Peso</source>
        <translation>peso philippin</translation>
    </message>
    <message>
        <source>Pound Sterling</source>
        <translation>livre sterling</translation>
    </message>
    <message>
        <source>Pula</source>
        <translation>pula botswanais</translation>
    </message>
    <message>
        <source>Qatari Rial</source>
        <translation>riyal qatari</translation>
    </message>
    <message>
        <source>Quetzal</source>
        <translation>quetzal guatémaltèque</translation>
    </message>
    <message>
        <source>Rand</source>
        <translation>rand sud-africain</translation>
    </message>
    <message>
        <source>Rial Omani</source>
        <translation>riyal omanais</translation>
    </message>
    <message>
        <source>Riel</source>
        <translation>riel cambodgien</translation>
    </message>
    <message>
        <source>Romanian Leu</source>
        <translation>leu roumain</translation>
    </message>
    <message>
        <source>Rufiyaa</source>
        <translation>rufiyaa maldivien</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>roupie indonésienne</translation>
    </message>
    <message>
        <source>Russian Ruble</source>
        <translation>rouble russe</translation>
    </message>
    <message>
        <source>Rwanda Franc</source>
        <translation>franc rwandais</translation>
    </message>
    <message>
        <source>Saint Helena Pound</source>
        <translation>livre de Sainte-Hélène</translation>
    </message>
    <message>
        <source>Saudi Riyal</source>
        <translation>riyal saoudien</translation>
    </message>
    <message>
        <source>Serbian Dinar</source>
        <translation>dinar serbe</translation>
    </message>
    <message>
        <source>Seychelles Rupee</source>
        <translation>roupie des Seychelles</translation>
    </message>
    <message>
        <source>Singapore Dollar</source>
        <translation>dollar de Singapour</translation>
    </message>
    <message>
        <source>Sol</source>
        <translation>sol péruvien</translation>
    </message>
    <message>
        <source>Solomon Islands Dollar</source>
        <translation>dollar des îles Salomon</translation>
    </message>
    <message>
        <source>Som</source>
        <translation>som kirghize</translation>
    </message>
    <message>
        <source>Somali Shilling</source>
        <translation>shilling somalien</translation>
    </message>
    <message>
        <source>Somoni</source>
        <translation>somoni tadjik</translation>
    </message>
    <message>
        <source>South Sudanese Pound</source>
        <translation>livre sud-soudanaise</translation>
    </message>
    <message>
        <source>Sri Lanka Rupee</source>
        <translation>roupie srilankaise</translation>
    </message>
    <message>
        <source>Sudanese Pound</source>
        <translation>livre soudanaise</translation>
    </message>
    <message>
        <source>Surinam Dollar</source>
        <translation>dollar surinamais</translation>
    </message>
    <message>
        <source>Swedish Krona</source>
        <translation>couronne suédoise</translation>
    </message>
    <message>
        <source>Swiss Franc</source>
        <translation>franc suisse</translation>
    </message>
    <message>
        <source>Syrian Pound</source>
        <translation>livre syrienne</translation>
    </message>
    <message>
        <source>Taka</source>
        <translation>taka bangladeshi</translation>
    </message>
    <message>
        <source>Tala</source>
        <translation>tala samoan</translation>
    </message>
    <message>
        <source>Tanzanian Shilling</source>
        <translation>shilling tanzanien</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>tenge kazakh</translation>
    </message>
    <message>
        <source>Trinidad and Tobago Dollar</source>
        <translation>dollar de Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tugrik</source>
        <translation>tugrik mongol</translation>
    </message>
    <message>
        <source>Tunisian Dinar</source>
        <translation>dinar tunisien</translation>
    </message>
    <message>
        <source>Turkish Lira</source>
        <translation>livre turque</translation>
    </message>
    <message>
        <source>Turkmenistan New Manat</source>
        <translation>nouveau manat turkmène</translation>
    </message>
    <message>
        <source>UAE Dirham</source>
        <translation>dirham des Émirats arabes unis</translation>
    </message>
    <message>
        <source>US Dollar</source>
        <translation>dollar des États-Unis</translation>
    </message>
    <message>
        <source>Uganda Shilling</source>
        <translation>shilling ougandais</translation>
    </message>
    <message>
        <source>Uzbekistan Sum</source>
        <translation>sum ouzbek</translation>
    </message>
    <message>
        <source>Vatu</source>
        <translation>vatu vanuatuan</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>won sud-coréen</translation>
    </message>
    <message>
        <source>Yemeni Rial</source>
        <translation>riyal yéménite</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>yen japonais</translation>
    </message>
    <message>
        <source>Yuan Renminbi</source>
        <translation>yuan renminbi chinois</translation>
    </message>
    <message>
        <source>Zambian Kwacha</source>
        <translation>kwacha zambien</translation>
    </message>
    <message>
        <source>Zimbabwe Gold</source>
        <translation>or du Zimbabwe</translation>
    </message>
    <message>
        <source>Zloty</source>
        <translation>zloty polonais</translation>
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
    <name>Dossier</name>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
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
        <translation>Revenus de placement</translation>
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
        <translation>Autre</translation>
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
        <translation>Montant demandé</translation>
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
    <message>
        <source>Weighted mean</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <source>The reviewers disagree: their scores are %1 apart, more than the fund&apos;s %2.</source>
        <translation>Les évaluateurs divergent : leurs notes sont écartées de %1, plus que le seuil du fonds (%2).</translation>
    </message>
    <message>
        <source>Closing residuals waived</source>
        <translation>Reliquats de clôture abandonnés</translation>
    </message>
    <message>
        <source>By funding window</source>
        <translation>Par guichet de financement</translation>
    </message>
    <message>
        <source>Funding window</source>
        <translation>Guichet de financement</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No window</source>
        <translation>Sans guichet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: cannot move from %2 to %3</source>
        <translation>%1 : impossible de passer de « %2 » à « %3 »</translation>
    </message>
    <message>
        <source>%1: cannot move from %2 to %3: %4</source>
        <translation>%1 : impossible de passer de « %2 » à « %3 » : %4</translation>
    </message>
    <message>
        <source>%1: refused: the Bank&apos;s share on the plan basis would be %2 (cap %3): bank %4 of total %5 USD; bank headroom before this change was %6; no amount of non-bank funding can restore compliance (an officer may override with a written justification)</source>
        <translation>%1 : refusé : la part de la Banque sur la base du plan serait de %2 (plafond %3) : Banque %4 sur un total de %5 USD ; marge de la Banque avant ce changement : %6 ; aucun financement hors Banque ne peut rétablir le respect du plafond (un agent peut passer outre avec une justification écrite)</translation>
    </message>
    <message>
        <source>%1: refused: the Bank&apos;s share on the plan basis would be %2 (cap %3): bank %4 of total %5 USD; bank headroom before this change was %6; non-bank funding needed %7 (an officer may override with a written justification)</source>
        <translation>%1 : refusé : la part de la Banque sur la base du plan serait de %2 (plafond %3) : Banque %4 sur un total de %5 USD ; marge de la Banque avant ce changement : %6 ; financement hors Banque nécessaire : %7 (un agent peut passer outre avec une justification écrite)</translation>
    </message>
    <message>
        <source>%field %1 contains %2: only digits, a leading &apos;-&apos; and &apos;%3&apos; are allowed</source>
        <translation>%field %1 contient %2 : seuls les chiffres, un « - » initial et « %3 » sont admis</translation>
    </message>
    <message>
        <source>%field %1 contains %2: write no thousands separators, and &apos;%3&apos; for decimals</source>
        <translation>%field %1 contient %2 : n’écrivez pas de séparateur de milliers, et « %3 » pour les décimales</translation>
    </message>
    <message>
        <source>%field %1 contains %2; write it like %3</source>
        <translation>%field %1 contient %2 ; écrivez-le comme %3</translation>
    </message>
    <message>
        <source>%field %1 contains a control character</source>
        <translation>%field %1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%field %1 contains white space</source>
        <translation>%field %1 contient une espace</translation>
    </message>
    <message>
        <source>%field %1 has a &apos;+&apos;: only a leading &apos;-&apos; is allowed</source>
        <translation>%field %1 contient un « + » : seul un « - » initial est admis</translation>
    </message>
    <message>
        <source>%field %1 has a &apos;-&apos; that is not at the start</source>
        <translation>%field %1 contient un « - » qui n’est pas au début</translation>
    </message>
    <message>
        <source>%field %1 has a group separator after the decimal point; write it like %2</source>
        <translation>%field %1 contient un séparateur de milliers après la virgule ; écrivez-le comme %2</translation>
    </message>
    <message>
        <source>%field %1 has a misplaced group separator; write it like %2</source>
        <translation>%field %1 contient un séparateur de milliers mal placé ; écrivez-le comme %2</translation>
    </message>
    <message>
        <source>%field %1 has an exponent: write the number in full</source>
        <translation>%field %1 contient un exposant : écrivez le nombre en entier</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than %2 allows (%3)</source>
        <translation>%field %1 a plus de décimales que %2 n’en admet (%3)</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than a rate allows (%2)</source>
        <translation>%field %1 a plus de décimales qu’un taux n’en admet (%2)</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than allowed (%2)</source>
        <translation>%field %1 a plus de décimales qu’admis (%2)</translation>
    </message>
    <message>
        <source>%field %1 has more than one &apos;%2&apos;</source>
        <translation>%field %1 contient plus d’un « %2 »</translation>
    </message>
    <message>
        <source>%field %1 has no digit after &apos;%2&apos;</source>
        <translation>%field %1 n’a pas de chiffre après « %2 »</translation>
    </message>
    <message>
        <source>%field %1 has no digit before &apos;%2&apos;</source>
        <translation>%field %1 n’a pas de chiffre avant « %2 »</translation>
    </message>
    <message>
        <source>%field %1 has no digits</source>
        <translation>%field %1 ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>%field %1 is too large (the limit is %2)</source>
        <translation>%field %1 est trop grand (la limite est %2)</translation>
    </message>
    <message>
        <source>%field %1 must be greater than zero (USD per one unit)</source>
        <translation>%field %1 doit être supérieur à zéro (USD pour une unité)</translation>
    </message>
    <message>
        <source>%field is empty</source>
        <translation>%field est vide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: is not valid text (broken UTF-16)</source>
        <translation>%1 : texte non valide (UTF-16 corrompu)</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1 : est obligatoire</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation>%1 : dépasse %2 caractères</translation>
    </message>
    <message>
        <source>%1: contains an invisible character (U+%2, zero-width or byte order mark); type the name again without it</source>
        <translation>%1 : contient un caractère invisible (U+%2, de largeur nulle ou indicateur d&apos;ordre des octets) ; saisissez de nouveau le nom sans lui</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a calendar date</source>
        <translation>%1 : « %2 » n&apos;est pas une date du calendrier</translation>
    </message>
    <message>
        <source>%1: contains a control character</source>
        <translation>%1 : contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1: must be a single line</source>
        <translation>%1 : doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>unknown currency code &apos;%1&apos; (an ISO 4217 code in capitals, such as USD)</source>
        <translation>code de devise inconnu « %1 » (un code ISO 4217 en majuscules, comme USD)</translation>
    </message>
    <message>
        <source>amount is out of range (-2^63 minor units of %1)</source>
        <translation>montant hors limites (-2^63 unités mineures de %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: convert first</source>
        <translation>impossible d&apos;ajouter %1 à %2 : convertissez d&apos;abord</translation>
    </message>
    <message>
        <source>amount overflow: %1 + %2 %3 is beyond the largest amount</source>
        <translation>dépassement : %1 + %2 %3 dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2: convert first</source>
        <translation>impossible de soustraire %1 de %2 : convertissez d&apos;abord</translation>
    </message>
    <message>
        <source>amount overflow: %1 - %2 %3 is beyond the largest amount</source>
        <translation>dépassement : %1 - %2 %3 dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>rate must be greater than zero, not %1</source>
        <translation>le taux doit être supérieur à zéro, et non %1</translation>
    </message>
    <message>
        <source>a USD amount converts at rate 1, not %1</source>
        <translation>un montant en USD se convertit au taux 1, et non %1</translation>
    </message>
    <message>
        <source>converting %1 %2 at %3 gives more USD than an amount can hold</source>
        <translation>convertir %1 %2 au taux %3 donne plus d&apos;USD qu&apos;un montant ne peut en contenir</translation>
    </message>
    <message>
        <source>%field %1 cannot have %2 decimals</source>
        <translation>%field %1 ne peut pas avoir %2 décimales</translation>
    </message>
    <message>
        <source>the DGF cap must be from 0 to 10000 basis points (1500 = 15.00%), got %1</source>
        <translation>le plafond DGF doit être compris entre 0 et 10000 points de base (1500 = 15,00 %), reçu %1</translation>
    </message>
    <message>
        <source>bank funding must not be negative, got %1 USD</source>
        <translation>le financement de la Banque ne peut pas être négatif, reçu %1 USD</translation>
    </message>
    <message>
        <source>non-bank funding must not be negative, got %1 USD</source>
        <translation>le financement hors Banque ne peut pas être négatif, reçu %1 USD</translation>
    </message>
    <message>
        <source>total funding too large: bank %1 + non-bank %2 USD exceeds %3 USD</source>
        <translation>financement total trop élevé : Banque %1 + hors Banque %2 USD dépasse %3 USD</translation>
    </message>
    <message>
        <source>the DGF cap must be a whole number of basis points from 0 to 10000 (1500 = 15.00%), got &quot;%1&quot;</source>
        <translation>le plafond DGF doit être un nombre entier de points de base de 0 à 10000 (1500 = 15,00 %), reçu « %1 »</translation>
    </message>
    <message>
        <source>the fund&apos;s totals exceed the largest amount IMDP Desk can hold</source>
        <translation>les totaux du fonds dépassent le plus grand montant qu’IMDP Desk peut contenir</translation>
    </message>
    <message>
        <source>cap_bps: must be from 0 to 10000</source>
        <translation>cap_bps : doit être compris entre 0 et 10000</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>montant : doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>date: is required</source>
        <translation>date : est obligatoire</translation>
    </message>
    <message>
        <source>%1: %2 USD is above what is available on %3 (%4 USD not allocated)</source>
        <translation>%1 : %2 USD dépasse ce qui est disponible au %3 (%4 USD non alloués)</translation>
    </message>
    <message>
        <source>project: %1 has had no transfer to %2</source>
        <translation>projet : %1 n&apos;a reçu aucun transfert vers %2</translation>
    </message>
    <message>
        <source>fund: &apos;%1&apos; must not contain &apos;—&apos; (it separates the fund from the reference in the journal)</source>
        <translation>fonds : « %1 » ne doit pas contenir « — » (il sépare le fonds de la référence dans le journal)</translation>
    </message>
    <message>
        <source>project: &apos;%1&apos; is not a project of the fund</source>
        <translation>projet : « %1 » n&apos;est pas un projet du fonds</translation>
    </message>
    <message>
        <source>amount: must not be zero</source>
        <translation>montant : ne doit pas être nul</translation>
    </message>
    <message>
        <source>source: &apos;%1&apos; must be donor or bank</source>
        <translation>source : « %1 » doit être donor ou bank</translation>
    </message>
    <message>
        <source>amount: %1 %2 converts to 0.00 USD at %3</source>
        <translation>montant : %1 %2 donne 0,00 USD au taux %3</translation>
    </message>
    <message>
        <source>fee: &apos;%1&apos; is not a number of basis points from 0 to 10000</source>
        <translation>frais : « %1 » n&apos;est pas un nombre de points de base de 0 à 10000</translation>
    </message>
    <message>
        <source>fee: tier &apos;%1&apos; must be AMOUNT=BPS or *=BPS</source>
        <translation>frais : la tranche « %1 » doit être MONTANT=PB ou *=PB</translation>
    </message>
    <message>
        <source>fee: only the last tier may be *</source>
        <translation>frais : seule la dernière tranche peut être *</translation>
    </message>
    <message>
        <source>fee: tier bounds must be positive and increasing</source>
        <translation>frais : les bornes des tranches doivent être positives et croissantes</translation>
    </message>
    <message>
        <source>fee: the last tier must be *=BPS (the rest)</source>
        <translation>frais : la dernière tranche doit être *=PB (le reste)</translation>
    </message>
    <message>
        <source>fee: tiered needs at least one tier</source>
        <translation>frais : un barème par tranches demande au moins une tranche</translation>
    </message>
    <message>
        <source>fee: &apos;%1&apos; must be none, flat:BPS or tiered:AMOUNT=BPS,...,*=BPS</source>
        <translation>frais : « %1 » doit être none, flat:PB ou tiered:MONTANT=PB,...,*=PB</translation>
    </message>
    <message>
        <source>fee_bps: &apos;%1&apos; must be whole basis points from 0 to 10000</source>
        <translation>fee_bps : « %1 » doit être un nombre entier de points de base de 0 à 10000</translation>
    </message>
    <message>
        <source>amount: is required</source>
        <translation>montant : est obligatoire</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos; must be greater than zero</source>
        <translation>montant : « %1 » doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>usd_rate: is required</source>
        <translation>usd_rate : est obligatoire</translation>
    </message>
    <message>
        <source>usd_rate: a USD amount converts at rate 1, not %1</source>
        <translation>usd_rate : un montant en USD se convertit au taux 1, et non %1</translation>
    </message>
    <message>
        <source>instalments: &apos;%1&apos; must be DATE=AMOUNT</source>
        <translation>échéances : « %1 » doit être DATE=MONTANT</translation>
    </message>
    <message>
        <source>%1: the file&apos;s total in %2 is beyond the largest amount</source>
        <translation>%1 : le total du fichier en %2 dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>%1: the file&apos;s fees are beyond the largest amount</source>
        <translation>%1 : les frais du fichier dépassent le plus grand montant</translation>
    </message>
    <message>
        <source>gmg_member: &apos;%1&apos; must be yes or no</source>
        <translation>gmg_member : « %1 » doit être yes ou no</translation>
    </message>
    <message>
        <source>%1: the file&apos;s total is beyond the largest amount</source>
        <translation>%1 : le total du fichier dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>import: unknown kind</source>
        <translation>import : type inconnu</translation>
    </message>
    <message>
        <source>%1: the fund&apos;s totals would pass the limit of %2 USD per account; nothing was written</source>
        <translation>%1 : les totaux du fonds dépasseraient la limite de %2 USD par compte ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>amount: %1 %2 is past the limit of %3 %2 for one amount; nothing was written</source>
        <translation>montant : %1 %2 dépasse la limite de %3 %2 pour un montant ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>amount: the entry would post nothing (0.00 USD)</source>
        <translation>montant : l&apos;écriture ne passerait rien (0,00 USD)</translation>
    </message>
    <message>
        <source>%1: internal error: a %2 entry does not balance; nothing was written</source>
        <translation>%1 : erreur interne : une écriture %2 n&apos;est pas équilibrée ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: internal error: entry %2 does not balance as written; nothing was written</source>
        <translation>%1 : erreur interne : l&apos;écriture %2 n&apos;est pas équilibrée telle qu&apos;écrite ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the fund&apos;s totals are beyond the largest amount</source>
        <translation>les totaux du fonds dépassent le plus grand montant</translation>
    </message>
    <message>
        <source>%1: transfers net of refunds (%2 USD) would exceed the allocation (%3 USD)</source>
        <translation>%1 : les transferts nets des remboursements (%2 USD) dépasseraient l&apos;allocation (%3 USD)</translation>
    </message>
    <message>
        <source>%1: %2 would hold %3 USD, below zero</source>
        <translation>%1 : %2 détiendrait %3 USD, moins que zéro</translation>
    </message>
    <message>
        <source>entry: %1 does not exist</source>
        <translation>écriture : %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>entry %1: is itself a reversal; record the entry again instead</source>
        <translation>écriture %1 : est elle-même une contre-passation ; enregistrez de nouveau l&apos;écriture</translation>
    </message>
    <message>
        <source>entry %1: was already reversed by entry %2</source>
        <translation>écriture %1 : déjà contre-passée par l&apos;écriture %2</translation>
    </message>
    <message>
        <source>entry %1: the opening balances are history brought in from before the fund&apos;s records; correct them with later entries</source>
        <translation>écriture %1 : les soldes d&apos;ouverture sont l&apos;historique d&apos;avant les registres du fonds ; corrigez-les par des écritures ultérieures</translation>
    </message>
    <message>
        <source>entry %1: pledge entries are corrected with pledge amend or pledge cancel</source>
        <translation>écriture %1 : les écritures de promesse se corrigent par pledge amend ou pledge cancel</translation>
    </message>
    <message>
        <source>date: a reversal cannot be dated before the entry it reverses (%1)</source>
        <translation>date : une contre-passation ne peut pas être datée avant l&apos;écriture qu&apos;elle annule (%1)</translation>
    </message>
    <message>
        <source>entry %1: cannot be reversed: allocations would exceed the resources by %2 USD; release an allocation first</source>
        <translation>écriture %1 : ne peut pas être contre-passée : les allocations dépasseraient les ressources de %2 USD ; libérez d&apos;abord une allocation</translation>
    </message>
    <message>
        <source>%1: must be empty for a %2 row</source>
        <translation>%1 : doit être vide pour une ligne %2</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; is not one of %2</source>
        <translation>type : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>amount_usd: is required</source>
        <translation>amount_usd : est obligatoire</translation>
    </message>
    <message>
        <source>amount_usd: &apos;%1&apos; must be greater than zero</source>
        <translation>amount_usd : « %1 » doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>donor: is required for a %1 row</source>
        <translation>donateur : est obligatoire pour une ligne %1</translation>
    </message>
    <message>
        <source>partner: is required for a %1 row</source>
        <translation>partenaire : est obligatoire pour une ligne %1</translation>
    </message>
    <message>
        <source>%1: the file has no opening balance</source>
        <translation>%1 : le fichier n&apos;a aucun solde d&apos;ouverture</translation>
    </message>
    <message>
        <source>reference: a pledge %1 already exists</source>
        <translation>référence : une promesse %1 existe déjà</translation>
    </message>
    <message>
        <source>%1: the projects are allocated %2 USD more than the fund received, earned and kept after fees</source>
        <translation>%1 : les projets ont reçu %2 USD d&apos;allocations de plus que ce que le fonds a reçu, gagné et conservé après frais</translation>
    </message>
    <message>
        <source>%1: the fund would hold %2 USD in cash: more was transferred than received</source>
        <translation>%1 : le fonds détiendrait %2 USD en trésorerie : plus a été transféré que reçu</translation>
    </message>
    <message>
        <source>date: the opening date is required</source>
        <translation>date : la date d&apos;ouverture est obligatoire</translation>
    </message>
    <message>
        <source>opening: the fund already has opening balances as of %1</source>
        <translation>ouverture : le fonds a déjà des soldes d&apos;ouverture au %1</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; does not exist</source>
        <translation>promesse : « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>instalment: a due date is required</source>
        <translation>échéance : une date d&apos;échéance est obligatoire</translation>
    </message>
    <message>
        <source>instalment: %1: the amount must be greater than zero</source>
        <translation>échéance : %1 : le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>instalment: %1 is given twice</source>
        <translation>échéance : %1 est indiquée deux fois</translation>
    </message>
    <message>
        <source>instalment: the instalments must add up to the pledged amount</source>
        <translation>échéance : la somme des échéances doit égaler le montant promis</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; must be prospective, signed or cancelled</source>
        <translation>statut : « %1 » doit être prospective, signed ou cancelled</translation>
    </message>
    <message>
        <source>reference: pledge &apos;%1&apos; is already recorded</source>
        <translation>référence : la promesse « %1 » est déjà enregistrée</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: is already cancelled</source>
        <translation>promesse « %1 » : est déjà annulée</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: has receipts (%2 %3 paid); amend it down to what was paid instead</source>
        <translation>promesse « %1 » : a des encaissements (%2 %3 payés) ; réduisez-la plutôt au montant payé</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: is cancelled; record a new pledge</source>
        <translation>promesse « %1 » : est annulée ; enregistrez une nouvelle promesse</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; must be prospective or signed (cancel a pledge with pledge cancel)</source>
        <translation>statut : « %1 » doit être prospective ou signed (annulez une promesse avec pledge cancel)</translation>
    </message>
    <message>
        <source>instalment: the amount changes; give the new schedule</source>
        <translation>échéance : le montant change ; indiquez le nouvel échéancier</translation>
    </message>
    <message>
        <source>amount: pledge &apos;%1&apos; has %2 %3 paid; it cannot be amended below that</source>
        <translation>montant : la promesse « %1 » a %2 %3 payés ; elle ne peut pas être réduite en dessous</translation>
    </message>
    <message>
        <source>usd_rate: pledge &apos;%1&apos; has receipts cleared at its rate; the rate cannot change</source>
        <translation>usd_rate : la promesse « %1 » a des encaissements réglés à son taux ; le taux ne peut pas changer</translation>
    </message>
    <message>
        <source>status: pledge &apos;%1&apos; has receipts; it stays signed</source>
        <translation>statut : la promesse « %1 » a des encaissements ; elle reste signée</translation>
    </message>
    <message>
        <source>position: %1 is beyond the largest amount</source>
        <translation>situation : %1 dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>at: a date is required</source>
        <translation>at : une date est obligatoire</translation>
    </message>
    <message>
        <source>position: a source&apos;s total is beyond the largest amount</source>
        <translation>situation : le total d&apos;une source dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>project: &apos;%1&apos; must be 2-32 capital letters, digits or dashes</source>
        <translation>projet : « %1 » doit compter 2 à 32 majuscules, chiffres ou tirets</translation>
    </message>
    <message>
        <source>%1: %2 USD is above what is available for allocation on %3 (%4 USD)</source>
        <translation>%1 : %2 USD dépasse ce qui est disponible pour allocation au %3 (%4 USD)</translation>
    </message>
    <message>
        <source>%1: %2 USD is above the unspent allocation (%3 USD)</source>
        <translation>%1 : %2 USD dépasse l&apos;allocation non dépensée (%3 USD)</translation>
    </message>
    <message>
        <source>%1: a tranche of %2 USD is above what is left of the allocation (%3 USD of %4 USD)</source>
        <translation>%1 : une tranche de %2 USD dépasse le reste de l&apos;allocation (%3 USD sur %4 USD)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 USD for this project; %4 USD is more</source>
        <translation>%1 : %2 détient %3 USD pour ce projet ; %4 USD est plus</translation>
    </message>
    <message>
        <source>currency: USD is the base currency; its rate is always 1</source>
        <translation>devise : l&apos;USD est la devise de base ; son taux est toujours 1</translation>
    </message>
    <message>
        <source>rate: %1 on %2 is already recorded</source>
        <translation>taux : %1 au %2 est déjà enregistré</translation>
    </message>
    <message>
        <source>no rate recorded for %1 on or before %2</source>
        <translation>aucun taux enregistré pour %1 au %2 ou avant</translation>
    </message>
    <message>
        <source>reference: receipt &apos;%1&apos; is already recorded</source>
        <translation>référence : l&apos;encaissement « %1 » est déjà enregistré</translation>
    </message>
    <message>
        <source>fee_bps: &apos;%1&apos; must be 0 to 10000 basis points</source>
        <translation>fee_bps : « %1 » doit être de 0 à 10000 points de base</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is not a recorded pledge</source>
        <translation>promesse : « %1 » n&apos;est pas une promesse enregistrée</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is a pledge of %2, not of %3</source>
        <translation>promesse : « %1 » est une promesse de %2, non de %3</translation>
    </message>
    <message>
        <source>currency: pledge &apos;%1&apos; is in %2; a receipt against it must be too</source>
        <translation>devise : la promesse « %1 » est en %2 ; un encaissement sur elle doit l&apos;être aussi</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is %2; only a signed pledge can be paid</source>
        <translation>promesse : « %1 » est %2 ; seule une promesse signée peut être payée</translation>
    </message>
    <message>
        <source>source: %1 is a Bank (DGF) source; its funding is source bank</source>
        <translation>source : %1 est une source Banque (DGF) ; son financement est de source bank</translation>
    </message>
    <message>
        <source>source: %1 is not a Bank (DGF) organisation; its funding is source donor</source>
        <translation>source : %1 n&apos;est pas une organisation Banque (DGF) ; son financement est de source donor</translation>
    </message>
    <message>
        <source>opening: the fund has %1 journal entry dated on or before %2; opening balances come before every entry</source>
        <translation>ouverture : le fonds a %1 écriture datée du %2 ou avant ; les soldes d&apos;ouverture précèdent toute écriture</translation>
    </message>
    <message>
        <source>opening: the fund has %1 journal entries dated on or before %2; opening balances come before every entry</source>
        <translation>ouverture : le fonds a %1 écritures datées du %2 ou avant ; les soldes d&apos;ouverture précèdent toute écriture</translation>
    </message>
    <message>
        <source>entry %1: cannot be reversed: %2</source>
        <translation>écriture %1 : ne peut pas être contre-passée : %2</translation>
    </message>
    <message>
        <source>fee adjustment: %1 USD is more than the fees charged by %2 (%3 USD)</source>
        <translation>ajustement de frais : %1 USD dépasse les frais prélevés au %2 (%3 USD)</translation>
    </message>
    <message>
        <source>fee adjustment: %1 USD is more than the fees charged (%2 USD)</source>
        <translation>ajustement de frais : %1 USD dépasse les frais prélevés (%2 USD)</translation>
    </message>
    <message>
        <source>amount: the pledges of %1 in %2 would total %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>montant : les promesses de %1 en %2 totaliseraient %3 %2, au-delà de la limite de %4 %2 par donateur et par devise ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>amount: the pledges of %1 in %2 would total more than %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>montant : les promesses de %1 en %2 totaliseraient plus de %3 %2, au-delà de la limite de %4 %2 par donateur et par devise ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>amount: the receipts of %1 in %2 would total %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>montant : les encaissements de %1 en %2 totaliseraient %3 %2, au-delà de la limite de %4 %2 par donateur et par devise ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>amount: the receipts of %1 in %2 would total more than %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>montant : les encaissements de %1 en %2 totaliseraient plus de %3 %2, au-delà de la limite de %4 %2 par donateur et par devise ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>fiscal_year_start: the month must be from 1 to 12</source>
        <translation>fiscal_year_start : le mois doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>fiscal_year_start: day %1 does not exist in month %2 every year</source>
        <translation>fiscal_year_start : le jour %1 n&apos;existe pas chaque année dans le mois %2</translation>
    </message>
    <message>
        <source>cap_bps: must be between 0 and 10000</source>
        <translation>cap_bps : doit être compris entre 0 et 10000</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is missing</source>
        <translation>%1 : le paramètre « %2 » manque</translation>
    </message>
    <message>
        <source>organisation: #%1 is not known</source>
        <translation>organisation : #%1 est inconnue</translation>
    </message>
    <message>
        <source>organisation: &apos;%1&apos; is not known</source>
        <translation>organisation : « %1 » est inconnue</translation>
    </message>
    <message>
        <source>name: an organisation called &apos;%1&apos; already exists</source>
        <translation>nom : une organisation nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is not an ISO 3166 alpha-2 country code</source>
        <translation>pays : « %1 » n&apos;est pas un code pays ISO 3166 alpha-2</translation>
    </message>
    <message>
        <source>iati_ref: &apos;%1&apos; is not an IATI organisation identifier (XX-..., e.g. GB-GOV-1)</source>
        <translation>iati_ref : « %1 » n&apos;est pas un identifiant d&apos;organisation IATI (XX-..., p. ex. GB-GOV-1)</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address (name@domain)</source>
        <translation>courriel : « %1 » n&apos;est pas une adresse électronique (nom@domaine)</translation>
    </message>
    <message>
        <source>organisation: %1 cannot be deleted, records refer to it (%2); retire it instead</source>
        <translation>organisation : %1 ne peut pas être supprimée, des enregistrements y renvoient (%2) ; retirez-la plutôt</translation>
    </message>
    <message>
        <source>duplicate: &apos;%1&apos; is not a known organisation</source>
        <translation>doublon : « %1 » n&apos;est pas une organisation connue</translation>
    </message>
    <message>
        <source>into: &apos;%1&apos; is not a known organisation</source>
        <translation>dans : « %1 » n&apos;est pas une organisation connue</translation>
    </message>
    <message>
        <source>duplicate: %1 was already merged into another organisation</source>
        <translation>doublon : %1 a déjà été fusionnée avec une autre organisation</translation>
    </message>
    <message>
        <source>into: &apos;%1&apos; and &apos;%2&apos; are the same organisation</source>
        <translation>dans : « %1 » et « %2 » sont la même organisation</translation>
    </message>
    <message>
        <source>into: on proposal %1, reviewer %2 (%3) would review an application of their own organisation; reassign the review before merging</source>
        <translation>dans : sur la proposition %1, l&apos;évaluateur %2 (%3) évaluerait une demande de sa propre organisation ; réattribuez l&apos;évaluation avant la fusion</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known organisation; add it first (imdp org add, or the Organisations page)</source>
        <translation>%1 : « %2 » n&apos;est pas une organisation connue ; ajoutez-la d&apos;abord (imdp org add, ou la page Organisations)</translation>
    </message>
    <message>
        <source>%1: %2 is retired and is not used on new records; bring it back first (imdp org retire --undo, or the Organisations page)</source>
        <translation>%1 : %2 est retirée et ne sert plus aux nouveaux enregistrements ; rétablissez-la d&apos;abord (imdp org retire --undo, ou la page Organisations)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be 1-8 capital letters or digits</source>
        <translation>%1 : « %2 » doit compter 1 à 8 majuscules ou chiffres</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not exist</source>
        <translation>%1 : « %2 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is used by proposals or windows and is kept</source>
        <translation>%1 : « %2 » est utilisé par des propositions ou des guichets et est conservé</translation>
    </message>
    <message>
        <source>no %1 rate on or before %2 to convert the request to USD</source>
        <translation>aucun taux %1 au %2 ou avant pour convertir la demande en USD</translation>
    </message>
    <message>
        <source>code: objective %1 already exists</source>
        <translation>code : l&apos;objectif %1 existe déjà</translation>
    </message>
    <message>
        <source>objective: &apos;%1&apos; does not exist</source>
        <translation>objectif : « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>code: action area %1 already exists</source>
        <translation>code : le domaine d&apos;action %1 existe déjà</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; does not exist</source>
        <translation>domaine : « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>objectives: &apos;%1&apos; is not an objective of the fund (%2); list them separated by commas, e.g. %3</source>
        <translation>objectifs : « %1 » n&apos;est pas un objectif du fonds (%2) ; séparez-les par des virgules, p. ex. %3</translation>
    </message>
    <message>
        <source>objectives: an objective is listed twice</source>
        <translation>objectifs : un objectif figure deux fois</translation>
    </message>
    <message>
        <source>action_area: &apos;%1&apos; is not an action area of the fund (%2)</source>
        <translation>action_area : « %1 » n&apos;est pas un domaine d&apos;action du fonds (%2)</translation>
    </message>
    <message>
        <source>the window&apos;s requests exceed the largest amount</source>
        <translation>les demandes du guichet dépassent le plus grand montant</translation>
    </message>
    <message>
        <source>window: &apos;%1&apos; does not exist</source>
        <translation>guichet : « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 1-24 capital letters, digits or dashes</source>
        <translation>code : « %1 » doit compter 1 à 24 majuscules, chiffres ou tirets</translation>
    </message>
    <message>
        <source>objectives: a window accepts at least one objective</source>
        <translation>objectifs : un guichet accepte au moins un objectif</translation>
    </message>
    <message>
        <source>areas: an area is listed twice</source>
        <translation>domaines : un domaine figure deux fois</translation>
    </message>
    <message>
        <source>to: %1 is before the opening date %2</source>
        <translation>au : %1 précède la date d&apos;ouverture %2</translation>
    </message>
    <message>
        <source>ceiling: must be above zero</source>
        <translation>plafond : doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>total: must be above zero</source>
        <translation>total : doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>ceiling: %1 is above the window&apos;s total %2</source>
        <translation>plafond : %1 dépasse le total du guichet %2</translation>
    </message>
    <message>
        <source>code: a window %1 already exists</source>
        <translation>code : un guichet %1 existe déjà</translation>
    </message>
    <message>
        <source>objectives: proposal %1 of window %2 serves objective %3; keep it</source>
        <translation>objectifs : la proposition %1 du guichet %2 sert l&apos;objectif %3 ; conservez-le</translation>
    </message>
    <message>
        <source>areas: proposal %1 of window %2 is in action area %3; keep it</source>
        <translation>domaines : la proposition %1 du guichet %2 relève du domaine d&apos;action %3 ; conservez-le</translation>
    </message>
    <message>
        <source>window %1 does not accept objective %2 (it accepts %3)</source>
        <translation>le guichet %1 n’accepte pas l’objectif %2 (il accepte %3)</translation>
    </message>
    <message>
        <source>window %1 does not accept action area %2 (it accepts %3)</source>
        <translation>le guichet %1 n’accepte pas le domaine d’action %2 (il accepte %3)</translation>
    </message>
    <message>
        <source>window %1 opens on %2</source>
        <translation>le guichet %1 ouvre le %2</translation>
    </message>
    <message>
        <source>window %1 closed on %2</source>
        <translation>le guichet %1 a fermé le %2</translation>
    </message>
    <message>
        <source>the request of %1 USD is above window %2&apos;s ceiling of %3 USD</source>
        <translation>la demande de %1 USD dépasse le plafond du guichet %2, %3 USD</translation>
    </message>
    <message>
        <source>window %1&apos;s proposals would ask %2 USD, above its total of %3 USD</source>
        <translation>les propositions du guichet %1 demanderaient %2 USD, au-delà de son total de %3 USD</translation>
    </message>
    <message>
        <source>fiscal-year-start: &apos;%1&apos; must be MM-DD, e.g. 07-01</source>
        <translation>fiscal-year-start : « %1 » doit être MM-JJ, p. ex. 07-01</translation>
    </message>
    <message>
        <source>cap-bps: %1 must be from 0 to 10000</source>
        <translation>cap-bps : %1 doit être compris entre 0 et 10000</translation>
    </message>
    <message>
        <source>fiscal-year-start: needs both the month and the day</source>
        <translation>fiscal-year-start : il faut le mois et le jour</translation>
    </message>
    <message>
        <source>iati-org-ref: &apos;%1&apos; is not an IATI organisation identifier (XX-..., e.g. XM-DAC-41301)</source>
        <translation>iati-org-ref : « %1 » n&apos;est pas un identifiant d&apos;organisation IATI (XX-..., p. ex. XM-DAC-41301)</translation>
    </message>
    <message>
        <source>%1: opened read-only; the settings cannot change</source>
        <translation>%1 : ouvert en lecture seule ; les paramètres ne peuvent pas changer</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; was merged into &apos;%2&apos;; use that one</source>
        <translation>nom : « %1 » a été fusionnée avec « %2 » ; utilisez celle-ci</translation>
    </message>
    <message>
        <source>kind: %1 has pledges or receipts as a %2 source; its kind cannot change between bank and another kind (the DGF cap counts on it)</source>
        <translation>type : %1 a des promesses ou des encaissements comme source %2 ; son type ne peut pas passer entre banque et un autre type (le plafond DGF en dépend)</translation>
    </message>
    <message>
        <source>organisation: %1 is already retired</source>
        <translation>organisation : %1 est déjà retirée</translation>
    </message>
    <message>
        <source>organisation: %1 is not retired</source>
        <translation>organisation : %1 n&apos;est pas retirée</translation>
    </message>
    <message>
        <source>into: %1 is a bank and %2 is not; the DGF cap counts bank resources apart, so they cannot be merged</source>
        <translation>dans : %1 est une banque et %2 non ; le plafond DGF compte à part les ressources de la Banque, elles ne peuvent donc pas être fusionnées</translation>
    </message>
    <message>
        <source>agenda: the requests of the proposals on the agenda add up past the limit of %1 USD for any total; the dossier is not made</source>
        <translation>ordre du jour : les demandes des propositions à l&apos;ordre du jour dépassent la limite de %1 USD pour tout total ; le dossier n&apos;est pas produit</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not one of %2</source>
        <translation>langue : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>meeting %1: cannot %2: %3</source>
        <translation>réunion %1 : impossible %2 : %3</translation>
    </message>
    <message>
        <source>proposal &apos;%1&apos; not found</source>
        <translation>proposition « %1 » introuvable</translation>
    </message>
    <message>
        <source>meeting %1 not found</source>
        <translation>réunion %1 introuvable</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not one of %2</source>
        <translation>statut : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>quorum: %1 must be from 0 (a majority) to 1000</source>
        <translation>quorum : %1 doit être compris entre 0 (la majorité) et 1000</translation>
    </message>
    <message>
        <source>member %1: is not a member serving on %2</source>
        <translation>membre %1 : ne siège pas à %2</translation>
    </message>
    <message>
        <source>decisions: none given</source>
        <translation>décisions : aucune n&apos;est indiquée</translation>
    </message>
    <message>
        <source>constituency: &apos;%1&apos; is not one of %2</source>
        <translation>collège : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not one of %2</source>
        <translation>rôle : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>term start: is required</source>
        <translation>début du mandat : est obligatoire</translation>
    </message>
    <message>
        <source>term end: %1 is before the term start %2</source>
        <translation>fin du mandat : %1 précède le début du mandat %2</translation>
    </message>
    <message>
        <source>role: %1 already chairs the Committee during that term</source>
        <translation>rôle : %1 préside déjà le Comité pendant ce mandat</translation>
    </message>
    <message>
        <source>the meeting is %1 (allowed when %2)</source>
        <translation>la réunion est %1 (possible lorsqu&apos;elle est %2)</translation>
    </message>
    <message>
        <source>become %1</source>
        <translation>de passer à %1</translation>
    </message>
    <message>
        <source>the meeting is %1</source>
        <translation>la réunion est %1</translation>
    </message>
    <message>
        <source>issue its dossier</source>
        <translation>de publier son dossier</translation>
    </message>
    <message>
        <source>no proposal is on the agenda</source>
        <translation>aucune proposition n&apos;est à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>be held</source>
        <translation>de se tenir</translation>
    </message>
    <message>
        <source>its date %1 is still to come</source>
        <translation>sa date du %1 n&apos;est pas encore arrivée</translation>
    </message>
    <message>
        <source>%1 voting member present, quorum is %2</source>
        <translation>%1 membre votant présent, le quorum est de %2</translation>
    </message>
    <message>
        <source>%1 voting members present, quorum is %2</source>
        <translation>%1 membres votants présents, le quorum est de %2</translation>
    </message>
    <message>
        <source>approve its minutes</source>
        <translation>d’approuver son procès-verbal</translation>
    </message>
    <message>
        <source>no decision is recorded on %1</source>
        <translation>aucune décision n&apos;est enregistrée pour %1</translation>
    </message>
    <message>
        <source>put %1 on the agenda</source>
        <translation>d’inscrire %1 à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>the proposal is %1 (allowed when %2)</source>
        <translation>la proposition est %1 (possible lorsqu&apos;elle est %2)</translation>
    </message>
    <message>
        <source>it is already on it</source>
        <translation>elle y figure déjà</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>d’enregistrer les présences</translation>
    </message>
    <message>
        <source>change its agenda</source>
        <translation>de modifier son ordre du jour</translation>
    </message>
    <message>
        <source>record decisions</source>
        <translation>d’enregistrer des décisions</translation>
    </message>
    <message>
        <source>record a decision on %1</source>
        <translation>d’enregistrer une décision sur %1</translation>
    </message>
    <message>
        <source>it is not on the agenda</source>
        <translation>elle n&apos;est pas à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>the meeting already decided %1</source>
        <translation>la réunion a déjà décidé : %1</translation>
    </message>
    <message>
        <source>%1: encoding: is not UTF-8</source>
        <translation>%1 : encodage : n&apos;est pas de l&apos;UTF-8</translation>
    </message>
    <message>
        <source>1: header: the file is empty</source>
        <translation>1 : en-tête : le fichier est vide</translation>
    </message>
    <message>
        <source>1: header: %1</source>
        <translation>1 : en-tête : %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1: is %2, not a regular file; a %3 is read from a file</source>
        <translation>%1 : est %2, pas un fichier ordinaire ; un %3 se lit depuis un fichier</translation>
    </message>
    <message>
        <source>%1: is larger than %2, the limit for a %3</source>
        <translation>%1 : dépasse %2, la limite pour un %3</translation>
    </message>
    <message>
        <source>the file to write is not named</source>
        <translation>le fichier à écrire n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1 : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: is named like a backup of a fund; an output never uses a backup&apos;s name</source>
        <translation>%1 : porte le nom d&apos;une sauvegarde de fonds ; une sortie n&apos;utilise jamais le nom d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>%1: cannot be examined (%2)</source>
        <translation>%1 : ne peut pas être examiné (%2)</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock (%2); an output never takes a locked name</source>
        <translation>%1 : est tenu par un verrou de fonds (%2) ; une sortie ne prend jamais un nom verrouillé</translation>
    </message>
    <message>
        <source>%1: is the lock file of a fund; an output never replaces it</source>
        <translation>%1 : est le fichier de verrou d&apos;un fonds ; une sortie ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1: is the journal of a fund; an output never replaces it</source>
        <translation>%1 : est le journal d&apos;un fonds ; une sortie ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock (%2); an output never replaces it</source>
        <translation>%1 : est tenu par un verrou de fonds (%2) ; une sortie ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock; an output never replaces it</source>
        <translation>%1 : est tenu par un verrou de fonds ; une sortie ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; an output is never written through or over a link (name the file itself)</source>
        <translation>%1 : est un lien symbolique ; une sortie ne s&apos;écrit jamais à travers ni par-dessus un lien (nommez le fichier lui-même)</translation>
    </message>
    <message>
        <source>%1: is a folder; name the file to write</source>
        <translation>%1 : est un dossier ; nommez le fichier à écrire</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a pipe, socket or device); an output never replaces it</source>
        <translation>%1 : n&apos;est pas un fichier ordinaire (tube, socket ou périphérique) ; une sortie ne le remplace jamais</translation>
    </message>
    <message>
        <source>%1: already exists; use --force to replace it</source>
        <translation>%1 : existe déjà ; utilisez --force pour le remplacer</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : ne peut pas être écrit (%2)</translation>
    </message>
    <message>
        <source>%1: is an IMDP fund file; an output never replaces a fund or a backup</source>
        <translation>%1 : est un fichier de fonds IMDP ; une sortie ne remplace jamais un fonds ni une sauvegarde</translation>
    </message>
    <message>
        <source>%1: is an IMDP fund file (through a link); an output never replaces a fund or a backup</source>
        <translation>%1 : est un fichier de fonds IMDP (à travers un lien) ; une sortie ne remplace jamais un fonds ni une sauvegarde</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1 : ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <source>%1: the backup cannot start (%2)</source>
        <translation>%1 : la sauvegarde ne peut pas démarrer (%2)</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation>%1 : la sauvegarde a échoué (%2)</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file</source>
        <translation>%1 : pas un fichier de fonds IMDP</translation>
    </message>
    <message>
        <source>%1: schema version %2 cannot be read by this version</source>
        <translation>%1 : la version de schéma %2 ne peut pas être lue par cette version</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1 : le fichier est endommagé (%2)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: failed the integrity check (%2)</source>
        <translation>%1 : le fichier est endommagé : échec du contrôle d&apos;intégrité (%2)</translation>
    </message>
    <message>
        <source>%1: already exists; IMDP Desk never overwrites a file</source>
        <translation>%1 : existe déjà ; IMDP Desk n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>%1: no SQLite connection to copy from</source>
        <translation>%1 : aucune connexion SQLite d&apos;où copier</translation>
    </message>
    <message>
        <source>keep: must be from 1 to %1 backups</source>
        <translation>keep : doit être compris entre 1 et %1 sauvegardes</translation>
    </message>
    <message>
        <source>every-hours: must be from 1 to %1 hours</source>
        <translation>every-hours : doit être compris entre 1 et %1 heures</translation>
    </message>
    <message>
        <source>%1: opened read-only; the backup settings cannot change</source>
        <translation>%1 : ouvert en lecture seule ; les paramètres de sauvegarde ne peuvent pas changer</translation>
    </message>
    <message>
        <source>%1: already exists; restore with --replace to put the copy in its place (the replaced file is kept aside)</source>
        <translation>%1 : existe déjà ; restaurez avec --replace pour mettre la copie à sa place (le fichier remplacé est mis de côté)</translation>
    </message>
    <message>
        <source>%1: holds an unfinished write (%1-journal); open it once so SQLite completes the rollback, then restore</source>
        <translation>%1 : contient une écriture inachevée (%1-journal) ; ouvrez-le une fois pour que SQLite termine l&apos;annulation, puis restaurez</translation>
    </message>
    <message>
        <source>%1: cannot keep the replaced file aside at %2</source>
        <translation>%1 : impossible de mettre le fichier remplacé de côté dans %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not an IMDP fund file</source>
        <translation>%1 : est un dossier, pas un fichier de fonds IMDP</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a named pipe, socket or device), not an IMDP fund file</source>
        <translation>%1 : n&apos;est pas un fichier ordinaire (tube nommé, socket ou périphérique), pas un fichier de fonds IMDP</translation>
    </message>
    <message>
        <source>%1; the whole command was rolled back and nothing was written</source>
        <translation>%1 ; toute la commande a été annulée et rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver gives no SQLite connection</source>
        <translation>%1 : le pilote SQLite de Qt ne donne aucune connexion SQLite</translation>
    </message>
    <message>
        <source>%1: cannot register imdp_name_key (%2)</source>
        <translation>%1 : impossible d&apos;enregistrer imdp_name_key (%2)</translation>
    </message>
    <message>
        <source>%1: the connection refused the required SQLite settings</source>
        <translation>%1 : la connexion a refusé les réglages SQLite requis</translation>
    </message>
    <message>
        <source>%1: the upgrade would leave a row of %2 without its %3 row; nothing was changed</source>
        <translation>%1 : la mise à niveau laisserait une ligne de %2 sans sa ligne %3 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: foreign keys could not be turned back on</source>
        <translation>%1 : les clés étrangères n&apos;ont pas pu être réactivées</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file (not an SQLite database)</source>
        <translation>%1 : pas un fichier de fonds IMDP (pas une base SQLite)</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file (an SQLite database of another application)</source>
        <translation>%1 : pas un fichier de fonds IMDP (une base SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>%1: written by a newer IMDP Desk (schema version %2; this version reads up to %3)</source>
        <translation>%1 : écrit par une version plus récente d&apos;IMDP Desk (schéma version %2 ; cette version lit jusqu&apos;à %3)</translation>
    </message>
    <message>
        <source>%1: an incomplete IMDP fund file (schema version %2)</source>
        <translation>%1 : un fichier de fonds IMDP incomplet (schéma version %2)</translation>
    </message>
    <message>
        <source>%1: schema version %2 must be upgraded to %3; open it for writing once</source>
        <translation>%1 : la version de schéma %2 doit être mise à niveau vers %3 ; ouvrez-le une fois en écriture</translation>
    </message>
    <message>
        <source>%1: written by a newer IMDP Desk (schema version %2)</source>
        <translation>%1 : écrit par une version plus récente d&apos;IMDP Desk (schéma version %2)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1 : ne peut pas être créé (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be opened to flush it (%2)</source>
        <translation>%1 : ne peut pas être ouvert pour être vidé sur disque (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be flushed to the disk (%2)</source>
        <translation>%1 : ne peut pas être vidé sur le disque (%2)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created (%2)</source>
        <translation>%1 : le dossier ne peut pas être créé (%2)</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1 : existe et n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2 (%3)</source>
        <translation>%1 : impossible de créer un fichier dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1: in use by another program (through another name of this file)</source>
        <translation>%1 : utilisé par un autre programme (sous un autre nom de ce fichier)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (%3)</source>
        <translation>%1 : impossible de créer le fichier de verrou %2 (%3)</translation>
    </message>
    <message>
        <source>%1: locked by %2, but that program (process %3) is no longer running: the lock is stale; break it knowingly with --break-lock</source>
        <translation>%1 : verrouillé par %2, mais ce programme (processus %3) ne tourne plus : le verrou est périmé ; cassez-le sciemment avec --break-lock</translation>
    </message>
    <message>
        <source>%1: in use by %2</source>
        <translation>%1 : utilisé par %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the lock file %2 (%3)</source>
        <translation>%1 : impossible de supprimer le fichier de verrou %2 (%3)</translation>
    </message>
    <message>
        <source>%1: in use (the lock was taken again while breaking it)</source>
        <translation>%1 : utilisé (le verrou a été repris pendant qu&apos;on le cassait)</translation>
    </message>
    <message>
        <source>%1: the file is not open</source>
        <translation>%1 : le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>%1: internal error: not exactly one SQL statement: %2</source>
        <translation>%1 : erreur interne : pas exactement une instruction SQL : %2</translation>
    </message>
    <message>
        <source>%1: internal error: %2 values bound to a statement of %3 parameters: %4</source>
        <translation>%1 : erreur interne : %2 valeurs liées à une instruction de %3 paramètres : %4</translation>
    </message>
    <message>
        <source>cannot watch the rows written (%1)</source>
        <translation>impossible de suivre les lignes écrites (%1)</translation>
    </message>
    <message>
        <source>table %1: rows %2 to %3 were written but cannot be read back</source>
        <translation>table %1 : les lignes %2 à %3 ont été écrites mais ne peuvent pas être relues</translation>
    </message>
    <message>
        <source>table %1: row %2 was written but cannot be read back</source>
        <translation>table %1 : la ligne %2 a été écrite mais ne peut pas être relue</translation>
    </message>
    <message>
        <source>%1: the transaction is already finished</source>
        <translation>%1 : la transaction est déjà terminée</translation>
    </message>
    <message>
        <source>%1: SQLite rolled the transaction back after an error; nothing was written</source>
        <translation>%1 : SQLite a annulé la transaction après une erreur ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: the file is open read-only</source>
        <translation>%1 : le fichier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before the upgrade (%2)</source>
        <translation>%1 : impossible de garder une copie avant la mise à niveau (%2)</translation>
    </message>
    <message>
        <source>%1: the copy did not check out (%2)</source>
        <translation>%1 : la copie n&apos;a pas passé le contrôle (%2)</translation>
    </message>
    <message>
        <source>report: &apos;%1&apos; is not a report (%2)</source>
        <translation>rapport : « %1 » n&apos;est pas un rapport (%2)</translation>
    </message>
    <message>
        <source>narrative: &apos;%1&apos; is not one of %2</source>
        <translation>récit : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>donor &apos;%1&apos; has no pledge or receipt</source>
        <translation>le donateur « %1 » n&apos;a ni promesse ni encaissement</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>la période commence après sa fin</translation>
    </message>
    <message>
        <source>statement: %1 is beyond the largest amount</source>
        <translation>relevé : %1 dépasse le plus grand montant</translation>
    </message>
    <message>
        <source>from: the period starts after it ends</source>
        <translation>du : la période commence après sa fin</translation>
    </message>
    <message>
        <source>proposal %1: no %2 rate on or before %3 to convert its request</source>
        <translation>proposition %1 : aucun taux %2 au %3 ou avant pour convertir sa demande</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no allocation or transfer</source>
        <translation>le projet « %1 » n&apos;a ni allocation ni transfert</translation>
    </message>
    <message>
        <source>%1: cannot be written (cannot create %2)</source>
        <translation>%1 : ne peut pas être écrit (impossible de créer %2)</translation>
    </message>
    <message>
        <source>%1: the total is beyond the largest amount a fund can hold (the file&apos;s figures were altered; run imdp verify)</source>
        <translation>%1 : le total dépasse le plus grand montant qu&apos;un fonds peut contenir (les chiffres du fichier ont été modifiés ; lancez imdp verify)</translation>
    </message>
    <message>
        <source>bank funding after this change is too large: %1 USD changed by %2</source>
        <translation>financement de la Banque trop élevé après cette modification : %1 USD modifié de %2</translation>
    </message>
    <message>
        <source>non-bank funding after this change is too large: %1 USD changed by %2</source>
        <translation>financement hors Banque trop élevé après cette modification : %1 USD modifié de %2</translation>
    </message>
    <message>
        <source>bank funding cannot go below zero: %1 USD changed by %2 would leave %3</source>
        <translation>le financement de la Banque ne peut pas devenir négatif : %1 USD modifié de %2 donnerait %3</translation>
    </message>
    <message>
        <source>non-bank funding cannot go below zero: %1 USD changed by %2 would leave %3</source>
        <translation>le financement hors Banque ne peut pas devenir négatif : %1 USD modifié de %2 donnerait %3</translation>
    </message>
    <message>
        <source>the IATI file could not be written</source>
        <translation>le fichier IATI n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was written</source>
        <translation>%1 : l’import a été annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>setting: &apos;%1&apos; is not a pipeline setting</source>
        <translation>paramètre : « %1 » n’est pas un paramètre du circuit des propositions</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3</source>
        <translation>%1 : doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>proposal: &apos;%1&apos; does not exist</source>
        <translation>proposition : « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation>%1 : impossible %2 : %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>requested: must not be negative</source>
        <translation>montant demandé : ne doit pas être négatif</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>devise : « %1 » n’est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>requested: %1 %2 is past the limit of %3 %2 for one amount</source>
        <translation>montant demandé : %1 %2 dépasse la limite de %3 %2 pour un montant</translation>
    </message>
    <message>
        <source>stage: &apos;%1&apos; must be concept or full</source>
        <translation>étape : « %1 » doit être concept ou full</translation>
    </message>
    <message>
        <source>source: &apos;%1&apos; is not one of %2</source>
        <translation>origine : « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>countries: &apos;%1&apos; is not an ISO 3166 alpha-2 country code</source>
        <translation>pays : « %1 » n’est pas un code de pays ISO 3166 alpha-2</translation>
    </message>
    <message>
        <source>countries: a country is listed twice</source>
        <translation>pays : un pays figure deux fois</translation>
    </message>
    <message>
        <source>end: %1 must be after the start, %2</source>
        <translation>fin : le %1 doit être postérieur au début, le %2</translation>
    </message>
    <message>
        <source>disaggregation: &apos;%1&apos; is not one of %2</source>
        <translation>ventilation : « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>disaggregation_other: describes &apos;other&apos;, which is not listed</source>
        <translation>autre ventilation : décrit « autre », qui n’est pas cochée</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; must not be negative</source>
        <translation>budget : « %1 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; %2 %3 is past the limit of %4 %3 for one amount</source>
        <translation>budget : « %1 » %2 %3 dépasse la limite de %4 %3 pour un montant</translation>
    </message>
    <message>
        <source>budget: the lines add up past the limit of %1 %2</source>
        <translation>budget : le total des lignes dépasse la limite de %1 %2</translation>
    </message>
    <message>
        <source>window: &apos;%1&apos; is not a funding window of the fund</source>
        <translation>guichet : « %1 » n’est pas un guichet de financement du fonds</translation>
    </message>
    <message>
        <source>recommendation: &apos;%1&apos; is not a recorded GFMD recommendation</source>
        <translation>recommandation : « %1 » n’est pas une recommandation du FMMD enregistrée</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 2-32 capital letters, digits or dashes</source>
        <translation>code : « %1 » doit compter de 2 à 32 majuscules, chiffres ou tirets</translation>
    </message>
    <message>
        <source>code: a proposal %1 already exists</source>
        <translation>code : une proposition %1 existe déjà</translation>
    </message>
    <message>
        <source>currency: changing it needs the requested amount and the budget lines in the new currency</source>
        <translation>devise : la changer exige le montant demandé et les lignes budgétaires dans la nouvelle devise</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>de la modifier</translation>
    </message>
    <message>
        <source>a proposal in state %1 is fixed by its decision and terms of reference</source>
        <translation>une proposition à l’état « %1 » est fixée par sa décision et ses termes de référence</translation>
    </message>
    <message>
        <source>a full proposal cannot go back to a concept note</source>
        <translation>une proposition complète ne peut pas redevenir une note conceptuelle</translation>
    </message>
    <message>
        <source>become a full proposal</source>
        <translation>de devenir une proposition complète</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>il manque : %1</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>action area</source>
        <translation>domaine d’action</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>référence de l’origine</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <source>budget lines adding up to the requested amount (they add up past the limit of %1 %2)</source>
        <translation>des lignes budgétaires dont le total est le montant demandé (leur total dépasse la limite de %1 %2)</translation>
    </message>
    <message>
        <source>budget lines adding up to the requested amount (they add up to %1 %2, %3 requested)</source>
        <translation>des lignes budgétaires dont le total est le montant demandé (leur total est de %1 %2, %3 demandés)</translation>
    </message>
    <message>
        <source>data disaggregation (action area A)</source>
        <translation>ventilation des données (domaine d’action A)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tâches</translation>
    </message>
    <message>
        <source>expected results</source>
        <translation>résultats attendus</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a pipeline state</source>
        <translation>état : « %1 » n’est pas un état du circuit des propositions</translation>
    </message>
    <message>
        <source>a concept note must become a full proposal before review</source>
        <translation>une note conceptuelle doit devenir une proposition complète avant l’examen</translation>
    </message>
    <message>
        <source>the screening checklist is not completed (unanswered: %1)</source>
        <translation>la liste de contrôle de la présélection n’est pas complète (sans réponse : %1)</translation>
    </message>
    <message>
        <source>the screening checklist is not met (%1); reject the proposal instead</source>
        <translation>la liste de contrôle de la présélection n’est pas satisfaite (%1) ; rejetez plutôt la proposition</translation>
    </message>
    <message>
        <source>%1 completed review of the %2 required</source>
        <translation>%1 examen terminé sur les %2 requis</translation>
    </message>
    <message>
        <source>%1 completed reviews of the %2 required</source>
        <translation>%1 examens terminés sur les %2 requis</translation>
    </message>
    <message>
        <source>no Committee decision is recorded since it became %1</source>
        <translation>aucune décision du Comité n’est enregistrée depuis son passage à « %1 »</translation>
    </message>
    <message>
        <source>the Committee decided %1 on %2</source>
        <translation>le Comité a décidé « %1 » le %2</translation>
    </message>
    <message>
        <source>no terms of reference are recorded</source>
        <translation>aucun terme de référence n’est enregistré</translation>
    </message>
    <message>
        <source>the terms of reference lack %1</source>
        <translation>il manque aux termes de référence : %1</translation>
    </message>
    <message>
        <source>the terms of reference budget %1 USD exceeds the allocation of %2 USD</source>
        <translation>le budget des termes de référence, %1 USD, dépasse l’allocation de %2 USD</translation>
    </message>
    <message>
        <source>no tranche has been released</source>
        <translation>aucune tranche n’a été versée</translation>
    </message>
    <message>
        <source>no %1 is scheduled</source>
        <translation>aucun rapport « %1 » n’est prévu</translation>
    </message>
    <message>
        <source>reports not received: %1</source>
        <translation>rapports non reçus : %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 attendu le %2</translation>
    </message>
    <message>
        <source>the partner still holds %1 USD unspent, above the %2 USD that may be waived; record its refund with the final financial statement</source>
        <translation>le partenaire détient encore %1 USD non dépensés, au-delà des %2 USD qui peuvent faire l’objet d’une renonciation ; enregistrez son remboursement avec l’état financier final</translation>
    </message>
    <message>
        <source>a note must say why</source>
        <translation>une note doit en donner la raison</translation>
    </message>
    <message>
        <source>the proposal is in state %1 (allowed in %2)</source>
        <translation>la proposition est à l’état « %1 » (possible à l’état : %2)</translation>
    </message>
    <message>
        <source>the proposal is in state %1</source>
        <translation>la proposition est à l’état « %1 »</translation>
    </message>
    <message>
        <source>answer the checklist</source>
        <translation>de répondre à la liste de contrôle</translation>
    </message>
    <message>
        <source>record a Committee decision</source>
        <translation>d’enregistrer une décision du Comité</translation>
    </message>
    <message>
        <source>set terms of reference</source>
        <translation>de fixer les termes de référence</translation>
    </message>
    <message>
        <source>schedule a tranche</source>
        <translation>de prévoir une tranche</translation>
    </message>
    <message>
        <source>schedule a tranche of %1 USD</source>
        <translation>de prévoir une tranche de %1 USD</translation>
    </message>
    <message>
        <source>change tranche %1</source>
        <translation>de modifier la tranche %1</translation>
    </message>
    <message>
        <source>release tranche %1</source>
        <translation>de verser la tranche %1</translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation>de joindre un document</translation>
    </message>
    <message>
        <source>attach &apos;%1&apos;</source>
        <translation>de joindre « %1 »</translation>
    </message>
    <message>
        <source>receive report %1</source>
        <translation>de recevoir le rapport %1</translation>
    </message>
    <message>
        <source>tranches would total %1 USD, above the allocation of %2 USD</source>
        <translation>les tranches totaliseraient %1 USD, au-delà de l’allocation de %2 USD</translation>
    </message>
    <message>
        <source>it was released on %1</source>
        <translation>elle a été versée le %1</translation>
    </message>
    <message>
        <source>it was already released on %1</source>
        <translation>elle a déjà été versée le %1</translation>
    </message>
    <message>
        <source>its conditions are not marked met</source>
        <translation>ses conditions ne sont pas marquées comme remplies</translation>
    </message>
    <message>
        <source>releases would total %1 USD, above the allocation of %2 USD</source>
        <translation>les versements totaliseraient %1 USD, au-delà de l’allocation de %2 USD</translation>
    </message>
    <message>
        <source>the proposal has no terms of reference</source>
        <translation>la proposition n’a pas de termes de référence</translation>
    </message>
    <message>
        <source>terms of reference are not issued (the proposal is in state %1)</source>
        <translation>les termes de référence ne sont pas émis (la proposition est à l’état « %1 »)</translation>
    </message>
    <message>
        <source>a document of that name is attached already</source>
        <translation>un document de ce nom est déjà joint</translation>
    </message>
    <message>
        <source>it was received on %1</source>
        <translation>il a été reçu le %1</translation>
    </message>
    <message>
        <source>item: &apos;%1&apos; is not one of %2</source>
        <translation>point : « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>decision: &apos;%1&apos; is not one of %2</source>
        <translation>décision : « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>amount: an endorsement needs an amount above zero</source>
        <translation>montant : une approbation exige un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>amount: only an endorsement carries an amount</source>
        <translation>montant : seule une approbation porte un montant</translation>
    </message>
    <message>
        <source>conditions: an endorsement with conditions must state them</source>
        <translation>conditions : une approbation sous conditions doit les énoncer</translation>
    </message>
    <message>
        <source>conditions: use endorsed_with_conditions for an endorsement with conditions</source>
        <translation>conditions : utilisez endorsed_with_conditions pour une approbation sous conditions</translation>
    </message>
    <message>
        <source>budget: must not be negative</source>
        <translation>budget : ne doit pas être négatif</translation>
    </message>
    <message>
        <source>amount: a tranche must be above zero</source>
        <translation>montant : une tranche doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>tranche: %1 has no tranche %2</source>
        <translation>tranche : %1 n’a pas de tranche %2</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; must be a file name, not a path</source>
        <translation>nom : « %1 » doit être un nom de fichier, pas un chemin</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; is not a file name</source>
        <translation>nom : « %1 » n’est pas un nom de fichier</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; is %2 MB, above the fund&apos;s limit of %3 MB</source>
        <translation>pièce jointe : « %1 » fait %2 Mo, au-delà de la limite du fonds de %3 Mo</translation>
    </message>
    <message>
        <source>attachment: %1 has no document &apos;%2&apos;</source>
        <translation>pièce jointe : %1 n’a pas de document « %2 »</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; must be recommendation or marketplace</source>
        <translation>type : « %1 » doit être recommendation ou marketplace</translation>
    </message>
    <message>
        <source>text: is required</source>
        <translation>texte : est obligatoire</translation>
    </message>
    <message>
        <source>reference: a recommendation %1 is recorded already</source>
        <translation>référence : une recommandation %1 est déjà enregistrée</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 1-40 lowercase letters, digits or underscores</source>
        <translation>code : « %1 » doit compter de 1 à 40 minuscules, chiffres ou traits de soulignement</translation>
    </message>
    <message>
        <source>anchor: &apos;%1&apos; must be start, end or closing</source>
        <translation>ancrage : « %1 » doit être start, end ou closing</translation>
    </message>
    <message>
        <source>months: offsets and periods must be from 0 to 120</source>
        <translation>mois : les décalages et les périodes doivent aller de 0 à 120</translation>
    </message>
    <message>
        <source>every: only rules anchored on the start repeat</source>
        <translation>période : seules les règles ancrées sur le début se répètent</translation>
    </message>
    <message>
        <source>min: must not be negative</source>
        <translation>minimum : ne doit pas être négatif</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>date : le %1 est dans le futur</translation>
    </message>
    <message>
        <source>expenditure/refund: must not be negative</source>
        <translation>dépenses/remboursement : ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>report: %1 has no outstanding report &apos;%2&apos;</source>
        <translation>rapport : %1 n’a pas de rapport attendu « %2 »</translation>
    </message>
    <message>
        <source>expenditure: only a financial report declares expenditure</source>
        <translation>dépenses : seul un rapport financier déclare des dépenses</translation>
    </message>
    <message>
        <source>refund: only the final financial statement returns a balance</source>
        <translation>remboursement : seul l’état financier final restitue un solde</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1 : position %2 : %3</translation>
    </message>
    <message>
        <source>%1: the default rubric is missing</source>
        <translation>%1 : la grille par défaut manque</translation>
    </message>
    <message>
        <source>rubric: needs 1 to 20 criteria</source>
        <translation>grille : il faut de 1 à 20 critères</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; must be lowercase letters, digits or _</source>
        <translation>critère : « %1 » doit compter des minuscules, des chiffres ou _</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; appears twice</source>
        <translation>critère : « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>weight: %1 of %2 must be from 1 to 100</source>
        <translation>pondération : %1 de %2 doit aller de 1 à 100</translation>
    </message>
    <message>
        <source>call %1: cannot change the rubric: reviews were scored or packages exported against it</source>
        <translation>appel %1 : impossible de modifier la grille : des examens ont été notés ou des paquets exportés avec elle</translation>
    </message>
    <message>
        <source>%1: criterion &apos;%2&apos; is not in the rubric</source>
        <translation>%1 : le critère « %2 » n’est pas dans la grille</translation>
    </message>
    <message>
        <source>%1: criterion &apos;%2&apos; is scored twice</source>
        <translation>%1 : le critère « %2 » est noté deux fois</translation>
    </message>
    <message>
        <source>%1: score %2 of %3 must be from 1 to 5</source>
        <translation>%1 : la note %2 de %3 doit aller de 1 à 5</translation>
    </message>
    <message>
        <source>recommendation: &apos;%1&apos; is not one of %2</source>
        <translation>recommandation : « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>assign %1</source>
        <translation>d’affecter %1</translation>
    </message>
    <message>
        <source>the proposal is reviewed in another call</source>
        <translation>la proposition est examinée dans un autre appel</translation>
    </message>
    <message>
        <source>a review was already recorded in call %1</source>
        <translation>un examen a déjà été enregistré dans l’appel %1</translation>
    </message>
    <message>
        <source>conflict of interest: %1 (an officer may override with a reason)</source>
        <translation>conflit d’intérêts : %1 (un responsable peut passer outre en donnant une raison)</translation>
    </message>
    <message>
        <source>the reviewer&apos;s organisation %1 is the applicant</source>
        <translation>l’organisation de l’examinateur, %1, est le demandeur</translation>
    </message>
    <message>
        <source>the reviewer&apos;s organisation %1 is the partner</source>
        <translation>l’organisation de l’examinateur, %1, est le partenaire</translation>
    </message>
    <message>
        <source>declaration: &apos;%1&apos; must be none or conflict</source>
        <translation>déclaration : « %1 » doit être none ou conflict</translation>
    </message>
    <message>
        <source>note: a declared conflict must say what it is</source>
        <translation>note : un conflit déclaré doit dire en quoi il consiste</translation>
    </message>
    <message>
        <source>%1: %2 is not assigned to it</source>
        <translation>%1 : %2 n’y est pas affecté</translation>
    </message>
    <message>
        <source>%1: cannot record a review: the assignment is blocked by a conflict of interest</source>
        <translation>%1 : impossible d’enregistrer un examen : l’affectation est bloquée par un conflit d’intérêts</translation>
    </message>
    <message>
        <source>score: %1 must be from 1 to 5</source>
        <translation>note : %1 doit aller de 1 à 5</translation>
    </message>
    <message>
        <source>record a review</source>
        <translation>d’enregistrer un examen</translation>
    </message>
    <message>
        <source>the assignment of %1 is blocked by a conflict of interest</source>
        <translation>l’affectation de %1 est bloquée par un conflit d’intérêts</translation>
    </message>
    <message>
        <source>%1: not a valid review package (%2)</source>
        <translation>%1 : pas un paquet d’examen valide (%2)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>no IMDP review package format mark</source>
        <translation>aucune marque de format de paquet d’examen IMDP</translation>
    </message>
    <message>
        <source>package version %1 is not supported</source>
        <translation>la version de paquet %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>the package id, fund id or reviewer is missing</source>
        <translation>l’identifiant du paquet, celui du fonds ou l’examinateur manque</translation>
    </message>
    <message>
        <source>%1 has no rubric</source>
        <translation>%1 n’a pas de grille</translation>
    </message>
    <message>
        <source>a review of &apos;%1&apos;, which the package does not hold</source>
        <translation>un examen de « %1 », que le paquet ne contient pas</translation>
    </message>
    <message>
        <source>declaration &apos;%1&apos;</source>
        <translation>déclaration « %1 »</translation>
    </message>
    <message>
        <source>the score %1 of %2 (%3) is not a whole number</source>
        <translation>la note %1 de %2 (%3) n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: refused: this review package belongs to another fund (%2)</source>
        <translation>%1 : refusé : ce paquet d’examen appartient à un autre fonds (%2)</translation>
    </message>
    <message>
        <source>%1: refused: this fund has no record of exporting this review package</source>
        <translation>%1 : refusé : ce fonds n’a aucune trace de l’export de ce paquet d’examen</translation>
    </message>
    <message>
        <source>%1: refused: the package was altered outside IMDP Desk after export (content hash mismatch)</source>
        <translation>%1 : refusé : le paquet a été modifié hors d’IMDP Desk après l’export (empreinte du contenu différente)</translation>
    </message>
    <message>
        <source>%1: %2: a declared conflict must say what it is (the declaration has no note); nothing was imported</source>
        <translation>%1 : %2 : un conflit déclaré doit dire en quoi il consiste (la déclaration n’a pas de note) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>%1: %2 is no longer assigned to it; nothing was imported</source>
        <translation>%1 : %2 n’y est plus affecté ; rien n’a été importé</translation>
    </message>
    <message>
        <source>import the review of %1</source>
        <translation>d’importer l’examen de %1</translation>
    </message>
    <message>
        <source>the proposal is in state %1 (allowed in %2); nothing was imported</source>
        <translation>la proposition est à l’état « %1 » (possible à l’état : %2) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>the assignment is blocked by a conflict of interest</source>
        <translation>l’affectation est bloquée par un conflit d’intérêts</translation>
    </message>
    <message>
        <source>out: the package name must end with %1</source>
        <translation>sortie : le nom du paquet doit se terminer par %1</translation>
    </message>
    <message>
        <source>%1 has no assignment on a proposal in review</source>
        <translation>%1 n’a aucune affectation sur une proposition en examen</translation>
    </message>
    <message>
        <source>a different review by %1 is already recorded (%2, %3)</source>
        <translation>une autre évaluation de %1 est déjà enregistrée (%2, %3)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>recorded in the office</source>
        <translation>saisie au bureau</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>issue d’un dossier</translation>
    </message>
    <message>
        <source>a different conflict-of-interest declaration is recorded</source>
        <translation>une autre déclaration de conflit d’intérêts est enregistrée</translation>
    </message>
    <message>
        <source>declares a conflict of interest</source>
        <translation>déclare un conflit d’intérêts</translation>
    </message>
    <message>
        <source>completed review, weighted mean %1</source>
        <translation>évaluation terminée, moyenne pondérée %1</translation>
    </message>
    <message>
        <source>unfinished review (%1 of %2 criteria)</source>
        <translation>évaluation inachevée (%1 sur %2 critères)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1: unknown column (expected %2)</source>
        <translation>%1 : colonne inconnue (attendues : %2)</translation>
    </message>
    <message>
        <source>%1: the column is given twice</source>
        <translation>%1 : la colonne figure deux fois</translation>
    </message>
    <message>
        <source>%1: missing column</source>
        <translation>%1 : colonne manquante</translation>
    </message>
    <message>
        <source>row: has %1 fields; the header has %2</source>
        <translation>ligne : a %1 champs ; l’en-tête en a %2</translation>
    </message>
    <message>
        <source>reference: &apos;%1&apos; is also on line %2</source>
        <translation>référence : « %1 » figure aussi à la ligne %2</translation>
    </message>
    <message>
        <source>a quote must be doubled inside a quoted field</source>
        <translation>un guillemet doit être doublé dans un champ entre guillemets</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets)</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>du texte après le guillemet fermant</translation>
    </message>
    <message>
        <source>unbalanced quote: the quoted field opened on line %1 never closes</source>
        <translation>guillemet non fermé : le champ ouvert à la ligne %1 ne se ferme jamais</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... et %1 de plus</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1, ligne %2 : renvoie à une ligne %3 absente</translation>
    </message>
    <message>
        <source>audit row %1: deleted (the next row present is %2)</source>
        <translation>ligne d&apos;audit %1 : supprimée (la ligne suivante présente est la %2)</translation>
    </message>
    <message>
        <source>audit row %1: inserted or replaced (it does not chain to row %2)</source>
        <translation>ligne d&apos;audit %1 : insérée ou remplacée (elle ne s&apos;enchaîne pas à la ligne %2)</translation>
    </message>
    <message>
        <source>audit row %1: altered (its content no longer matches its hash)</source>
        <translation>ligne d&apos;audit %1 : modifiée (son contenu ne correspond plus à son empreinte)</translation>
    </message>
    <message>
        <source>the schema of version %1 cannot be built to compare with</source>
        <translation>le schéma de la version %1 ne peut pas être construit pour la comparaison</translation>
    </message>
    <message>
        <source>the file&apos;s schema cannot be read: %1</source>
        <translation>le schéma du fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>%1 is missing (dropped)</source>
        <translation>%1 est absent (supprimé)</translation>
    </message>
    <message>
        <source>%1 differs from schema version %2 (altered)</source>
        <translation>%1 diffère de la version %2 du schéma (modifié)</translation>
    </message>
    <message>
        <source>%1 is not part of schema version %2 (added outside the application)</source>
        <translation>%1 ne fait pas partie de la version %2 du schéma (ajouté hors de l&apos;application)</translation>
    </message>
    <message>
        <source>audit chain ends at row %1, but row %2 with head %3 was seen on %4 (its tail was deleted outside the application)</source>
        <translation>la chaîne d&apos;audit s&apos;arrête à la ligne %1, mais la ligne %2 de tête %3 a été vue le %4 (sa fin a été supprimée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>audit row %1 is not the one seen on %2 (head %3): the chain was rewritten outside the application</source>
        <translation>la ligne d&apos;audit %1 n&apos;est pas celle vue le %2 (tête %3) : la chaîne a été réécrite hors de l&apos;application</translation>
    </message>
    <message>
        <source>audit row %1: its record of the rows written cannot be read</source>
        <translation>ligne d&apos;audit %1 : son relevé des lignes écrites est illisible</translation>
    </message>
    <message>
        <source>audit row %1: its record of %2 row %3 cannot be read</source>
        <translation>ligne d&apos;audit %1 : son relevé de %2, ligne %3, est illisible</translation>
    </message>
    <message>
        <source>%1 row %2: deleted outside the application (inserted by audit row %3)</source>
        <translation>%1, ligne %2 : supprimée hors de l&apos;application (insérée par la ligne d&apos;audit %3)</translation>
    </message>
    <message>
        <source>%1 row %2: audit row %3 changed it, but no audit row inserted it (inserted outside the application)</source>
        <translation>%1, ligne %2 : la ligne d&apos;audit %3 l&apos;a modifiée, mais aucune ligne d&apos;audit ne l&apos;a insérée (insérée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application between audit rows %3 and %4</source>
        <translation>%1, ligne %2 : modifiée hors de l&apos;application entre les lignes d&apos;audit %3 et %4</translation>
    </message>
    <message>
        <source>%1 row %2: inserted with no audit row (added outside the application)</source>
        <translation>%1, ligne %2 : insérée sans ligne d&apos;audit (ajoutée hors de l&apos;application)</translation>
    </message>
    <message>
        <source>%1 row %2: deleted outside the application (last written by audit row %3)</source>
        <translation>%1, ligne %2 : supprimée hors de l&apos;application (écrite en dernier par la ligne d&apos;audit %3)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application (last written by audit row %3)</source>
        <translation>%1, ligne %2 : modifiée hors de l&apos;application (écrite en dernier par la ligne d&apos;audit %3)</translation>
    </message>
    <message>
        <source>%1 rows %2 to %3: altered outside the application (no longer the rows audit row %4 wrote)</source>
        <translation>%1, lignes %2 à %3 : modifiées hors de l&apos;application (ce ne sont plus les lignes écrites par la ligne d&apos;audit %4)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application (written by audit row %3)</source>
        <translation>%1, ligne %2 : modifiée hors de l&apos;application (écrite par la ligne d&apos;audit %3)</translation>
    </message>
    <message>
        <source>%1: removed %2 temporary file(s) left by an interrupted command: %3</source>
        <translation>%1 : %2 fichier(s) temporaire(s) laissé(s) par une commande interrompue supprimé(s) : %3</translation>
    </message>
    <message>
        <source>%1: is on a network share (%2), where file locking is unreliable: copy it to a local disk to work on it</source>
        <translation>%1 : se trouve sur un partage réseau (%2), où le verrouillage des fichiers n&apos;est pas fiable : copiez-le sur un disque local pour y travailler</translation>
    </message>
    <message>
        <source>%1; opened read-only, nothing will be written</source>
        <translation>%1 ; ouvert en lecture seule, rien ne sera écrit</translation>
    </message>
    <message>
        <source>%1: the scheduled whole-file check is running; read-only until it passes</source>
        <translation>%1 : la vérification périodique du fichier entier est en cours ; lecture seule jusqu&apos;à ce qu&apos;elle réussisse</translation>
    </message>
    <message>
        <source>%1: failed the integrity check (%2)</source>
        <translation>%1 : a échoué à la vérification d&apos;intégrité (%2)</translation>
    </message>
    <message>
        <source>%1: failed the foreign-key check (%2 row %3 refers to a missing %4 row)</source>
        <translation>%1 : a échoué à la vérification des clés étrangères (%2, ligne %3 : renvoie à une ligne %4 absente)</translation>
    </message>
    <message>
        <source>%1: the whole-file check was cancelled</source>
        <translation>%1 : la vérification du fichier entier a été annulée</translation>
    </message>
    <message>
        <source>%1: its schema differs from the one schema version %2 defines: %3 (changed outside the application; `imdp verify` lists every difference)</source>
        <translation>%1 : son schéma diffère de celui que définit la version %2 du schéma : %3 (modifié hors de l&apos;application ; `imdp verify` énumère chaque différence)</translation>
    </message>
    <message>
        <source>%1: its schema differs from the one schema version %2 defines: %3, and %4 more difference(s) (changed outside the application; `imdp verify` lists every difference)</source>
        <translation>%1 : son schéma diffère de celui que définit la version %2 du schéma : %3, et %4 autre(s) différence(s) (modifié hors de l&apos;application ; `imdp verify` énumère chaque différence)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
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
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Residual waived at financial closing</source>
        <translation>Reliquat abandonné à la clôture financière</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Commission de l’agent administratif</translation>
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
        <source>Allocations to projects (memo)</source>
        <translation>Allocations aux projets (pour mémoire)</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Solde détenu par les partenaires</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banque (DGF)</translation>
    </message>
    <message>
        <source>Bank (DGF) resources</source>
        <translation>Ressources de la Banque (DGF)</translation>
    </message>
    <message>
        <source>Bank charge</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Budget complete</source>
        <translation>Budget complet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cash held by the trustee</source>
        <translation>Trésorerie détenue par le fiduciaire</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>Réunions du Comité</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Rapport d’achèvement</translation>
    </message>
    <message>
        <source>Contributions by donors</source>
        <translation>Contributions des donateurs</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Ajournée</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>Pays en développement</translation>
    </message>
    <message>
        <source>Direct cost</source>
        <translation>Coût direct</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>Ne pas recommander</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documents complets</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation>Dossier diffusé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Niveau d’instruction</translation>
    </message>
    <message>
        <source>Eligible applicant</source>
        <translation>Demandeur admissible</translation>
    </message>
    <message>
        <source>End of the activity</source>
        <translation>Fin de l’activité</translation>
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
        <source>Ethnic origin</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Exchange differences</source>
        <translation>Différences de change</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Expenditure reported by partners</source>
        <translation>Dépenses déclarées par les partenaires</translation>
    </message>
    <message>
        <source>Fee adjustment</source>
        <translation>Ajustement de la commission</translation>
    </message>
    <message>
        <source>Final financial report</source>
        <translation>Rapport financier final</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Rapport narratif final</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Rapport financier</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Close sur le plan financier</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <source>GFMD Marketplace</source>
        <translation>Marketplace du FMMD</translation>
    </message>
    <message>
        <source>GFMD recommendation</source>
        <translation>Recommandation du FMMD</translation>
    </message>
    <message>
        <source>GMG agency</source>
        <translation>Agence du GMG</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Interest remitted by a partner</source>
        <translation>Intérêts reversés par un partenaire</translation>
    </message>
    <message>
        <source>Interest remitted by partners</source>
        <translation>Intérêts reversés par les partenaires</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Produits des placements</translation>
    </message>
    <message>
        <source>Marketplace item</source>
        <translation>Élément du Marketplace</translation>
    </message>
    <message>
        <source>Matches an action area</source>
        <translation>Relève d’un domaine d’action</translation>
    </message>
    <message>
        <source>Matches the fund&apos;s objectives</source>
        <translation>Conforme aux objectifs du fonds</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Procès-verbal approuvé</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>No duplicate funding</source>
        <translation>Pas de double financement</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Non recommandée</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Soldes d’ouverture</translation>
    </message>
    <message>
        <source>Operational closing</source>
        <translation>Clôture opérationnelle</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Close sur le plan opérationnel</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Autre partie prenante</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organisation partenaire</translation>
    </message>
    <message>
        <source>Plan (funding requested)</source>
        <translation>Plan (financement demandé)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
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
        <source>Pledged (signed)</source>
        <translation>Promis (signé)</translation>
    </message>
    <message>
        <source>Pledges receivable</source>
        <translation>Promesses à recevoir</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Rapport d’avancement</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Prospective</source>
        <translation>Envisagée</translation>
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
        <source>Receipt</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Received (paid in)</source>
        <translation>Reçu (versé)</translation>
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
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandée</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refunds from partners (memo)</source>
        <translation>Remboursements des partenaires (pour mémoire)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Resources allocated, control (memo)</source>
        <translation>Ressources allouées, contrôle (pour mémoire)</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Contrepassation</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
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
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Start of the activity</source>
        <translation>Début de l’activité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Terms of reference issued</source>
        <translation>Mandat établi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Transfer to another fund</source>
        <translation>Transfert à un autre fonds</translation>
    </message>
    <message>
        <source>Transfers net of refunds, control (memo)</source>
        <translation>Transferts nets des remboursements, contrôle (pour mémoire)</translation>
    </message>
    <message>
        <source>Transfers to other funds</source>
        <translation>Transferts à d’autres fonds</translation>
    </message>
    <message>
        <source>Transfers to partners (memo)</source>
        <translation>Transferts aux partenaires (pour mémoire)</translation>
    </message>
    <message>
        <source>UN / international agency</source>
        <translation>Organisme des Nations Unies / international</translation>
    </message>
    <message>
        <source>UN regional commission</source>
        <translation>Commission régionale des Nations Unies</translation>
    </message>
    <message>
        <source>Under implementation</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>affectée</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>déclaré : %1</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>signalé : %1</translation>
    </message>
    <message>
        <source>flagged: %1; overridden: %2</source>
        <translation>signalé : %1 ; levée : %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
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
        <source>Information, research and analysis</source>
        <translation>Information, recherche et analyse</translation>
    </message>
    <message>
        <source>Capacity to assess and manage</source>
        <translation>Capacité d’évaluation et de gestion</translation>
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
    <name>PipelineModels</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Conditions remplies</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Reçu le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 members, %2 voting</source>
        <translation>%1 membres, dont %2 votants</translation>
    </message>
    <message>
        <source>%1 of %2 acted on</source>
        <translation>%1 sur %2 suivies d’effet</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 projets</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 rapports</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 règles</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 étapes</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>A project answering several recommendations is counted, with its allocation, under each of them, so this table adds up to more than the funded activities.</source>
        <translation>Un projet qui répond à plusieurs recommandations est compté, avec son allocation, sous chacune d’elles ; ce tableau totalise donc plus que les activités financées.</translation>
    </message>
    <message>
        <source>A proposal serving several objectives is counted under each of them, so the objective table adds up to more than the number of proposals. Requested amounts in other currencies are converted at the latest recorded rate.</source>
        <translation>Une proposition qui sert plusieurs objectifs est comptée sous chacun d’eux ; le tableau par objectif totalise donc plus que le nombre de propositions. Les montants demandés en d’autres monnaies sont convertis au dernier taux enregistré.</translation>
    </message>
    <message>
        <source>A. Information, research and analysis</source>
        <translation>A. Information, recherche et analyse</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Domaine d’action</translation>
    </message>
    <message>
        <source>Administrative agent</source>
        <translation>Agent administratif</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Commission de l’agent administratif</translation>
    </message>
    <message>
        <source>Administrative agent fees</source>
        <translation>Commission de l’agent administratif</translation>
    </message>
    <message>
        <source>Allocated (USD)</source>
        <translation>Alloué (USD)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <source>Amounts in US dollars, from the journal. Reports due: the reporting obligations falling due on or before the date; overdue: due before it and not received by then.</source>
        <translation>Montants en dollars des États-Unis, tirés du journal. Rapports dus : les obligations de rapport échues à la date ou avant ; en retard : échues avant cette date et non reçues à celle-ci.</translation>
    </message>
    <message>
        <source>As a percentage of deposits</source>
        <translation>En pourcentage des dépôts</translation>
    </message>
    <message>
        <source>As a percentage of transfers</source>
        <translation>En pourcentage des transferts</translation>
    </message>
    <message>
        <source>As at</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>B. Capacity to assess and manage</source>
        <translation>B. Capacité d’évaluation et de gestion</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Solde détenu par les partenaires</translation>
    </message>
    <message>
        <source>Balance with partners</source>
        <translation>Solde auprès des partenaires</translation>
    </message>
    <message>
        <source>Balance with the administrative agent</source>
        <translation>Solde auprès de l’agent administratif</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Soldes</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Bank resources (DGF)</source>
        <translation>Ressources de la Banque (DGF)</translation>
    </message>
    <message>
        <source>Bank resources (DGF): %1</source>
        <translation>Ressources de la Banque (DGF) : %1</translation>
    </message>
    <message>
        <source>Bank resources and the cap</source>
        <translation>Ressources de la Banque et plafond</translation>
    </message>
    <message>
        <source>Bank share</source>
        <translation>Part de la Banque</translation>
    </message>
    <message>
        <source>Both parts, with the cap table</source>
        <translation>Les deux parties, avec le tableau du plafond</translation>
    </message>
    <message>
        <source>By action area</source>
        <translation>Par domaine d’action</translation>
    </message>
    <message>
        <source>By funding window</source>
        <translation>Par guichet de financement</translation>
    </message>
    <message>
        <source>By objective</source>
        <translation>Par objectif</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Par projet</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par origine</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Par état</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Renforcement des capacités</translation>
    </message>
    <message>
        <source>Closing balance held by the fund</source>
        <translation>Solde de clôture détenu par le fonds</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Groupe représenté</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Contributions by donor</source>
        <translation>Contributions par donateur</translation>
    </message>
    <message>
        <source>Contributions from donors</source>
        <translation>Contributions des donateurs</translation>
    </message>
    <message>
        <source>Contributions: %1</source>
        <translation>Contributions : %1</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>À compter de</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Cumulative to the end of the period. Delivery rate: expenditure as a share of transfers.</source>
        <translation>Cumul à la fin de la période. Taux d’exécution : dépenses en pourcentage des transferts.</translation>
    </message>
    <message>
        <source>DGF application: formal request</source>
        <translation>Demande au DGF : demande officielle</translation>
    </message>
    <message>
        <source>DGF application: preliminary proposal</source>
        <translation>Demande au DGF : proposition préliminaire</translation>
    </message>
    <message>
        <source>DGF partners</source>
        <translation>Partenaires DGF</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Empreinte des données</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux d’exécution</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <source>Donor statement</source>
        <translation>Relevé par donateur</translation>
    </message>
    <message>
        <source>Donors other than the Bank with a pledge that is not cancelled, in US dollars at the pledges&apos; recorded rates.</source>
        <translation>Donateurs autres que la Banque ayant une annonce non annulée, en dollars des États-Unis aux taux enregistrés des annonces.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Each project&apos;s transfers net of refunds are attributed to donors in proportion to what each donor paid in up to the date, in cents; the cents left over go to the largest remainders, so each project&apos;s column adds up exactly to its net transfers.</source>
        <translation>Les transferts nets des remboursements de chaque projet sont attribués aux donateurs au prorata de leurs versements à la date, au centime ; les centimes restants vont aux plus forts restes, de sorte que chaque projet totalise exactement ses transferts nets.</translation>
    </message>
    <message>
        <source>Each proposal needs %1 completed reviews against this rubric before it can be recommended to the Committee; reviews of one proposal whose means differ by more than %2 points are flagged.</source>
        <translation>Chaque proposition doit recevoir %1 évaluations complètes selon cette grille avant de pouvoir être recommandée au Comité ; les évaluations d’une même proposition dont les moyennes diffèrent de plus de %2 points sont signalées.</translation>
    </message>
    <message>
        <source>Early December %1</source>
        <translation>Début décembre %1</translation>
    </message>
    <message>
        <source>Evaluation mechanisms</source>
        <translation>Mécanismes d’évaluation</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Expenditure reported</source>
        <translation>Dépenses déclarées</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Follow-up of GFMD recommendations</source>
        <translation>Suivi des recommandations du FMMD</translation>
    </message>
    <message>
        <source>Formal request</source>
        <translation>Demande officielle</translation>
    </message>
    <message>
        <source>From an allocation of</source>
        <translation>À partir d’une allocation de</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Fund earned interest and investment income</source>
        <translation>Intérêts et revenus de placement du fonds</translation>
    </message>
    <message>
        <source>Funded activities</source>
        <translation>Activités financées</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Projets financés</translation>
    </message>
    <message>
        <source>Funding requested: every pledge not cancelled, prospective ones included, at its recorded rate, by fiscal year of its date. The Bank&apos;s resources may not exceed the cap: 10000 × bank ≤ cap × total, in whole cents. The share is rounded down to 0.01%.</source>
        <translation>Financement demandé : toutes les annonces non annulées, annonces prévisionnelles comprises, au taux enregistré, par exercice de leur date. Les ressources de la Banque ne peuvent dépasser le plafond : 10000 × Banque ≤ plafond × total, en centimes entiers. La part est arrondie à 0,01 % par défaut.</translation>
    </message>
    <message>
        <source>Funding window</source>
        <translation>Guichet de financement</translation>
    </message>
    <message>
        <source>Funds and results</source>
        <translation>Fonds et résultats</translation>
    </message>
    <message>
        <source>GFMD recommendations answered</source>
        <translation>Recommandations du FMMD traitées</translation>
    </message>
    <message>
        <source>GMG member</source>
        <translation>Membre du GMG</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Governance structure</source>
        <translation>Structure de gouvernance</translation>
    </message>
    <message>
        <source>Governance structure: Oversight Committee and evaluation mechanisms</source>
        <translation>Structure de gouvernance : Comité de surveillance et mécanismes d’évaluation</translation>
    </message>
    <message>
        <source>Held by partner</source>
        <translation>Détenu par le partenaire</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Instalments in arrears</source>
        <translation>Échéances en retard</translation>
    </message>
    <message>
        <source>Interest income received from partners</source>
        <translation>Intérêts reçus des partenaires</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Produits des placements</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>March to May %1</source>
        <translation>De mars à mai %1</translation>
    </message>
    <message>
        <source>Members of the Global Migration Group and the organisations named as implementing partner of a proposal (withdrawn ones aside).</source>
        <translation>Membres du Groupe mondial sur la migration et organisations désignées comme partenaire d’exécution d’une proposition (hors propositions retirées).</translation>
    </message>
    <message>
        <source>Mid-January %1</source>
        <translation>Mi-janvier %1</translation>
    </message>
    <message>
        <source>Months after</source>
        <translation>Mois après</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next GFMD meeting</source>
        <translation>Prochaine réunion du FMMD</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No report has been received yet.</source>
        <translation>Aucun rapport n’a encore été reçu.</translation>
    </message>
    <message>
        <source>Not yet released</source>
        <translation>Non encore versé</translation>
    </message>
    <message>
        <source>Not yet transferred</source>
        <translation>Pas encore transféré</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Opening balance held by the fund</source>
        <translation>Solde d’ouverture détenu par le fonds</translation>
    </message>
    <message>
        <source>Opening balances as of %1</source>
        <translation>Soldes d’ouverture au %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other cash movements</source>
        <translation>Autres mouvements de trésorerie</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Autres financements</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Over the period, balances are the period&apos;s net movement; cumulatively, the balances held. Expenditure reported includes residuals waived at financial closing. Each percentage is rounded once to 0.1%, half away from zero.</source>
        <translation>Sur la période, les soldes sont le mouvement net de la période ; en cumul, les soldes détenus. Les dépenses déclarées comprennent les reliquats abandonnés à la clôture financière. Chaque pourcentage est arrondi une seule fois à 0,1 %, au plus proche (les demis en s’éloignant de zéro).</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Oversight Committee</source>
        <translation>Comité de surveillance</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partners report against these rules; the fund tracks each report&apos;s due date and receipt. Every (months) 0: once.</source>
        <translation>Les partenaires rendent compte selon ces règles ; le fonds suit l’échéance et la réception de chaque rapport. Puis tous les (mois) 0 : une seule fois.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period: %1. Cumulative: from the fund&apos;s first entry to %2.</source>
        <translation>Période : %1. Cumul : de la première écriture du fonds au %2.</translation>
    </message>
    <message>
        <source>Pipeline report</source>
        <translation>Rapport sur les propositions</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Policy coherence</source>
        <translation>Cohérence des politiques</translation>
    </message>
    <message>
        <source>Potential donors</source>
        <translation>Donateurs potentiels</translation>
    </message>
    <message>
        <source>Potential donors, DGF partners, substantive basis</source>
        <translation>Donateurs potentiels, partenaires DGF, fondement de la proposition</translation>
    </message>
    <message>
        <source>Preliminary proposal</source>
        <translation>Proposition préliminaire</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project financial summary</source>
        <translation>Situation financière des projets</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Projects the Oversight Committee has endorsed, in their state today. Countries are ISO 3166 codes.</source>
        <translation>Projets approuvés par le Comité de surveillance, dans leur état actuel. Les pays sont désignés par leur code ISO 3166.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Prospective pledges</source>
        <translation>Annonces prévisionnelles</translation>
    </message>
    <message>
        <source>Quorum: %1 voting members.</source>
        <translation>Quorum : %1 membres votants.</translation>
    </message>
    <message>
        <source>Quorum: a majority of the voting members.</source>
        <translation>Quorum : la majorité des membres votants.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Recommendations acted on</source>
        <translation>Recommandations suivies d’effet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Refunds from partners</source>
        <translation>Remboursements des partenaires</translation>
    </message>
    <message>
        <source>Refunds received from partners</source>
        <translation>Remboursements reçus des partenaires</translation>
    </message>
    <message>
        <source>Refunds to the fund</source>
        <translation>Remboursements au fonds</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report on results</source>
        <translation>Compte rendu des résultats</translation>
    </message>
    <message>
        <source>Report to the Global Forum on funded activities</source>
        <translation>Rapport au Forum mondial sur les activités financées</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Obligations de rapport</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Rapports dus</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Rapports reçus</translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <translation>Demandé (USD)</translation>
    </message>
    <message>
        <source>Residual waived</source>
        <translation>Reliquat abandonné</translation>
    </message>
    <message>
        <source>Results of the funded activities</source>
        <translation>Résultats des activités financées</translation>
    </message>
    <message>
        <source>Results reported</source>
        <translation>Résultats communiqués</translation>
    </message>
    <message>
        <source>Review by the World Bank</source>
        <translation>Examen par la Banque mondiale</translation>
    </message>
    <message>
        <source>Review criterion</source>
        <translation>Critère d’examen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Signed pledges</source>
        <translation>Annonces signées</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Sources et emplois des fonds</translation>
    </message>
    <message>
        <source>Sources are shown as a share of total sources (deposits), uses as a share of total uses (transfers and fees). Each percentage is rounded once to 0.01%, half away from zero, so a column may add up to 99.99% or 100.01%.</source>
        <translation>Les sources sont exprimées en part du total des sources (dépôts), les emplois en part du total des emplois (transferts et commissions). Chaque pourcentage est arrondi une fois à 0,01 %, au plus proche (0,005 vers le haut) ; une colonne peut donc totaliser 99,99 % ou 100,01 %.</translation>
    </message>
    <message>
        <source>Sources of funds</source>
        <translation>Sources des fonds</translation>
    </message>
    <message>
        <source>Sources, uses and balance of funds</source>
        <translation>Sources, utilisations et solde des fonds</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Sub-total transfers</source>
        <translation>Sous-total des transferts</translation>
    </message>
    <message>
        <source>Substantive basis</source>
        <translation>Fondement de la proposition</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Then every (months)</source>
        <translation>Puis tous les (mois)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total balance of funds</source>
        <translation>Solde total des fonds</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total des dépenses</translation>
    </message>
    <message>
        <source>Total funding requested</source>
        <translation>Financement total demandé</translation>
    </message>
    <message>
        <source>Total resources</source>
        <translation>Total des ressources</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Total des sources</translation>
    </message>
    <message>
        <source>Total sources of funds</source>
        <translation>Total des sources</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total des emplois</translation>
    </message>
    <message>
        <source>Total uses of funds</source>
        <translation>Total des utilisations</translation>
    </message>
    <message>
        <source>Transfer to %1 for %2</source>
        <translation>Transfert à %1 pour %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Transfers received</source>
        <translation>Transferts reçus</translation>
    </message>
    <message>
        <source>Transfers to other funds</source>
        <translation>Transferts à d’autres fonds</translation>
    </message>
    <message>
        <source>Transfers to partners</source>
        <translation>Transferts aux partenaires</translation>
    </message>
    <message>
        <source>Use of funds</source>
        <translation>Utilisation des fonds</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Contenu du rapport</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where the money went</source>
        <translation>Emploi des contributions</translation>
    </message>
    <message>
        <source>Whole fund</source>
        <translation>Ensemble du fonds</translation>
    </message>
    <message>
        <source>Within the cap</source>
        <translation>Dans le plafond</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>[NOT YET WRITTEN] The secretariat has not written this text. Record it with: imdp dgf text FILE %1 --file TEXT.txt</source>
        <translation>[PAS ENCORE RÉDIGÉ] Le secrétariat n’a pas encore rédigé ce texte. Enregistrez-le avec : imdp dgf text FICHIER %1 --file TEXTE.txt</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Annonces de contribution</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Each receipt in US dollars at the rate of the day it was received.</source>
        <translation>Chaque encaissement en dollars des États-Unis au taux du jour où il a été reçu.</translation>
    </message>
    <message>
        <source>Instalment schedule</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Pledges and their instalments in US dollars at the pledge&apos;s rate.</source>
        <translation>Les annonces et leurs échéances en dollars des États-Unis au taux de l’annonce.</translation>
    </message>
    <message>
        <source>Transferred to partners to date</source>
        <translation>Transféré aux partenaires à ce jour</translation>
    </message>
    <message>
        <source>Less refunded by partners to date</source>
        <translation>Moins les remboursements des partenaires à ce jour</translation>
    </message>
    <message>
        <source>Less expenditure reported by partners to date</source>
        <translation>Moins les dépenses déclarées par les partenaires à ce jour</translation>
    </message>
    <message>
        <source>Less residuals waived at financial closing to date</source>
        <translation>Moins les reliquats abandonnés à la clôture financière à ce jour</translation>
    </message>
    <message>
        <source>Expenditure reported by partners in the period: %1 USD.</source>
        <translation>Dépenses déclarées par les partenaires au cours de la période : %1 USD.</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>imdp::cli</name>
    <message>
        <source>needs %1 more from other donors</source>
        <translation>il faut %1 de plus d’autres donateurs</translation>
    </message>
    <message>
        <source>no other funding can restore compliance</source>
        <translation>aucun autre financement ne peut rétablir la conformité</translation>
    </message>
    <message>
        <source>Bank headroom unlimited</source>
        <translation>marge de la Banque illimitée</translation>
    </message>
    <message>
        <source>Bank headroom %1</source>
        <translation>marge de la Banque %1</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>base</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>complies</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>marge</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>DGF cap: Bank resources at most %1 of total funding (%2 bps). Amounts in USD.</source>
        <translation>Plafond DGF : ressources de la Banque au plus %1 du financement total (%2 pb). Montants en USD.</translation>
    </message>
    <message>
        <source>
What if: Bank %1, other %2</source>
        <translation>
Simulation : Banque %1, autres %2</translation>
    </message>
    <message>
        <source>
Fiscal year %1 (%2 to %3)</source>
        <translation>
Exercice %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>imdp: %1: %2 more problem(s) not shown</source>
        <translation>imdp : %1 : %2 autre(s) problème(s) non affiché(s)</translation>
    </message>
    <message>
        <source>imdp: %1: nothing %2 (%3 bad row%4)</source>
        <translation>imdp : %1 : rien %2 (%3 ligne%4 erronée%4)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number</source>
        <translation>%1 : « %2 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not be negative</source>
        <translation>%1 : « %2 » ne doit pas être négatif</translation>
    </message>
    <message>
        <source>%1: %2 (see %1 --help)</source>
        <translation>%1 : %2 (voir %1 --help)</translation>
    </message>
    <message>
        <source>%1: expects %2 (see %1 --help)</source>
        <translation>%1 : attend %2 (voir %1 --help)</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>alloué</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transféré</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>held_by_partner</source>
        <translation>détenu par le partenaire</translation>
    </message>
    <message>
        <source>unspent_allocation</source>
        <translation>allocation non dépensée</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>prospective</source>
        <translation>envisagé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>restant dû</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>arriérés</translation>
    </message>
    <message>
        <source>income</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>commissions</translation>
    </message>
    <message>
        <source>exchange_differences</source>
        <translation>écarts de change</translation>
    </message>
    <message>
        <source>partner_interest</source>
        <translation>intérêts des partenaires</translation>
    </message>
    <message>
        <source>transfers_to_funds</source>
        <translation>transferts à des fonds</translation>
    </message>
    <message>
        <source>direct_costs</source>
        <translation>coûts directs</translation>
    </message>
    <message>
        <source>bank_charges</source>
        <translation>frais bancaires</translation>
    </message>
    <message>
        <source>held_by_partners</source>
        <translation>détenu par les partenaires</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>trésorerie</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>investment_income</source>
        <translation>produits des placements</translation>
    </message>
    <message>
        <source>total_sources</source>
        <translation>total des ressources</translation>
    </message>
    <message>
        <source>transfers_to_partners</source>
        <translation>transferts aux partenaires</translation>
    </message>
    <message>
        <source>subtotal_transfers</source>
        <translation>sous-total des transferts</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>remboursements</translation>
    </message>
    <message>
        <source>partner_expenditure</source>
        <translation>dépenses des partenaires</translation>
    </message>
    <message>
        <source>partner_total_expenses</source>
        <translation>total des dépenses des partenaires</translation>
    </message>
    <message>
        <source>total_uses</source>
        <translation>total des emplois</translation>
    </message>
    <message>
        <source>balance_with_agent</source>
        <translation>solde chez l’agent</translation>
    </message>
    <message>
        <source>balance_with_partners</source>
        <translation>solde chez les partenaires</translation>
    </message>
    <message>
        <source>total_balance</source>
        <translation>solde total</translation>
    </message>
    <message>
        <source>agent_balance_bps_of_deposits</source>
        <translation>solde de l’agent, pb des dépôts</translation>
    </message>
    <message>
        <source>partner_balance_bps_of_transfers</source>
        <translation>solde des partenaires, pb des transferts</translation>
    </message>
    <message>
        <source>total_balance_bps_of_deposits</source>
        <translation>solde total, pb des dépôts</translation>
    </message>
    <message>
        <source>imdp: warning: </source>
        <translation>imdp : avertissement : </translation>
    </message>
    <message>
        <source>imdp: broke the lock of %1 (recorded in the audit trail)</source>
        <translation>imdp : verrou de %1 levé (consigné dans la piste d’audit)</translation>
    </message>
    <message>
        <source>meeting: &apos;%1&apos; must be a meeting number (see meeting list)</source>
        <translation>meeting : « %1 » doit être un numéro de réunion (voir meeting list)</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>Added member %1: %2 (%3, %4)</source>
        <translation>Membre %1 ajouté : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>collège</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>term</source>
        <translation>mandat</translation>
    </message>
    <message>
        <source>Added meeting %1 on %2</source>
        <translation>Réunion %1 ajoutée le %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; not found</source>
        <translation>membre « %1 » introuvable</translation>
    </message>
    <message>
        <source>Recorded attendance at meeting %1: %2 of %3 voting members, quorum %4%5</source>
        <translation>Présence enregistrée à la réunion %1 : %2 membres votants sur %3, quorum %4%5</translation>
    </message>
    <message>
        <source> (met)</source>
        <translation> (atteint)</translation>
    </message>
    <message>
        <source> (not met)</source>
        <translation> (non atteint)</translation>
    </message>
    <message>
        <source>Meeting %1 on %2 at %3: %4; %5 of %6 voting members present, quorum %7</source>
        <translation>Réunion %1 le %2 à %3 : %4 ; %5 membres votants présents sur %6, quorum %7</translation>
    </message>
    <message>
        <source>quorum: &apos;%1&apos; must be a whole number</source>
        <translation>quorum : « %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>Quorum: a majority of the voting members</source>
        <translation>Quorum : la majorité des membres votants</translation>
    </message>
    <message>
        <source>Quorum: %1 voting members</source>
        <translation>Quorum : %1 membres votants</translation>
    </message>
    <message>
        <source>Meeting %1 decided on %2: %3</source>
        <translation>Réunion %1, décision sur %2 : %3</translation>
    </message>
    <message>
        <source>out: the PDF to write is required</source>
        <translation>out : le PDF à écrire est requis</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not one of %2</source>
        <translation>lang : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>paper: &apos;%1&apos; is not a4 or letter</source>
        <translation>paper : « %1 » n’est ni a4 ni letter</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>%1 écrit (%2 pages)</translation>
    </message>
    <message>
        <source>instalment: &apos;%1&apos; must be DATE=AMOUNT</source>
        <translation>instalment : « %1 » doit être de la forme DATE=MONTANT</translation>
    </message>
    <message>
        <source>amount: is required</source>
        <translation>amount : est requis</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1 %2 %3 from %4: %5 USD</source>
        <translation>%1 %2 %3 de %4 : %5 USD</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Importerait</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>recettes</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>annonces de contribution</translation>
    </message>
    <message>
        <source>Would create organisations</source>
        <translation>Organisations qui seraient créées</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>Nouvelles organisations</translation>
    </message>
    <message>
        <source>Dry run: nothing was written</source>
        <translation>Essai à blanc : rien n’a été écrit</translation>
    </message>
    <message>
        <source>Pledge %1 recorded: %2 %3 = %4 USD (%5)</source>
        <translation>Annonce %1 enregistrée : %2 %3 = %4 USD (%5)</translation>
    </message>
    <message>
        <source>Pledge %1 cancelled: entry %2</source>
        <translation>Annonce %1 annulée : écriture %2</translation>
    </message>
    <message>
        <source>Pledge %1 amended: %2 %3 = %4 USD (%5)%6</source>
        <translation>Annonce %1 modifiée : %2 %3 = %4 USD (%5)%6</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, écriture %1</translation>
    </message>
    <message>
        <source>, nothing to post</source>
        <translation>, rien à comptabiliser</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  paid %9</source>
        <translation>%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  versé %9</translation>
    </message>
    <message>
        <source>fee_bps: a number of basis points is required</source>
        <translation>fee_bps : un nombre de points de base est requis</translation>
    </message>
    <message>
        <source>Receipt %1 recorded: entry %2, %3 USD, fee %4 USD</source>
        <translation>Recette %1 enregistrée : écriture %2, %3 USD, commission %4 USD</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5 @ %6 = %7 USD  fee %8%9</source>
        <translation>%1  %2  %3  %4 %5 @ %6 = %7 USD  commission %8%9</translation>
    </message>
    <message>
        <source>  (reversed)</source>
        <translation>  (contrepassée)</translation>
    </message>
    <message>
        <source>Income of %1 USD recorded: entry %2</source>
        <translation>Produit de %1 USD enregistré : écriture %2</translation>
    </message>
    <message>
        <source>Interest of %1 USD remitted by %2 for %3: entry %4</source>
        <translation>Intérêts de %1 USD reversés par %2 pour %3 : écriture %4</translation>
    </message>
    <message>
        <source>Transferred %1 USD to %2: entry %3</source>
        <translation>%1 USD transférés à %2 : écriture %3</translation>
    </message>
    <message>
        <source>Direct cost of %1 USD recorded: entry %2</source>
        <translation>Coût direct de %1 USD enregistré : écriture %2</translation>
    </message>
    <message>
        <source>Bank charge of %1 USD recorded: entry %2</source>
        <translation>Frais bancaires de %1 USD enregistrés : écriture %2</translation>
    </message>
    <message>
        <source>Fee adjusted by %1 USD: entry %2</source>
        <translation>Commission ajustée de %1 USD : écriture %2</translation>
    </message>
    <message>
        <source>Allocated %1 USD to %2: entry %3</source>
        <translation>%1 USD alloués à %2 : écriture %3</translation>
    </message>
    <message>
        <source>Released %1 USD of %2: entry %3</source>
        <translation>%1 USD de %2 libérés : écriture %3</translation>
    </message>
    <message>
        <source>Transferred %1 USD to %2 for %3: entry %4</source>
        <translation>%1 USD transférés à %2 pour %3 : écriture %4</translation>
    </message>
    <message>
        <source>Expenditure of %1 USD by %2 on %3: entry %4</source>
        <translation>Dépense de %1 USD par %2 sur %3 : écriture %4</translation>
    </message>
    <message>
        <source>Refund of %1 USD from %2 for %3: entry %4</source>
        <translation>Remboursement de %1 USD par %2 pour %3 : écriture %4</translation>
    </message>
    <message>
        <source>entry: &apos;%1&apos; is not an entry number</source>
        <translation>entry : « %1 » n’est pas un numéro d’écriture</translation>
    </message>
    <message>
        <source>Entry %1 reversed by entry %2</source>
        <translation>Écriture %1 contrepassée par l’écriture %2</translation>
    </message>
    <message>
        <source>Rate %1 on %2: %3 USD</source>
        <translation>Taux %1 au %2 : %3 USD</translation>
    </message>
    <message>
        <source>Administrative agent fee: %1</source>
        <translation>Commission de l’agent administratif : %1</translation>
    </message>
    <message>
        <source>%1: --name and --demo cannot be combined (the demo fund has its own name)</source>
        <translation>%1 : --name et --demo ne peuvent pas être combinés (le fonds de démonstration a son propre nom)</translation>
    </message>
    <message>
        <source>Created %1: %2</source>
        <translation>%1 créé : %2</translation>
    </message>
    <message>
        <source>Fund:            %1</source>
        <translation>Fonds :             %1</translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation>Fichier :           %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <source>SQLite version:  %1</source>
        <translation>Version de SQLite : %1</translation>
    </message>
    <message>
        <source>Created:         %1</source>
        <translation>Créé le :           %1</translation>
    </message>
    <message>
        <source>Fingerprint:     %1</source>
        <translation>Empreinte :         %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be greater than zero</source>
        <translation>%1 : « %2 » doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Project %1 (USD)</source>
        <translation>Projet %1 (USD)</translation>
    </message>
    <message>
        <source>Fund position at %1 (USD)</source>
        <translation>Situation du fonds au %1 (USD)</translation>
    </message>
    <message>
        <source>By donor:</source>
        <translation>Par donateur :</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>By fiscal year:</source>
        <translation>Par exercice :</translation>
    </message>
    <message>
        <source>  FY%1 (%2 to %3): pledged %4, received %5, allocated %6, transferred %7</source>
        <translation>  Ex. %1 (du %2 au %3) : annoncé %4, reçu %5, alloué %6, transféré %7</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (motif : %1)</translation>
    </message>
    <message>
        <source> [reversed by #%1]</source>
        <translation> [contrepassée par n° %1]</translation>
    </message>
    <message>
        <source>Total (zero when the books balance)</source>
        <translation>Total (zéro si les comptes sont équilibrés)</translation>
    </message>
    <message>
        <source>name: is required (--name NAME)</source>
        <translation>name : est requis (--name NOM)</translation>
    </message>
    <message>
        <source>kind: is required (--kind KIND)</source>
        <translation>kind : est requis (--kind TYPE)</translation>
    </message>
    <message>
        <source>Added organisation %1</source>
        <translation>Organisation %1 ajoutée</translation>
    </message>
    <message>
        <source>name: use --rename NEW to change the name</source>
        <translation>name : utilisez --rename NOUVEAU pour changer le nom</translation>
    </message>
    <message>
        <source>gmg: --gmg and --no-gmg cannot be combined</source>
        <translation>gmg : --gmg et --no-gmg ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>organisation: &apos;%1&apos; is not known</source>
        <translation>organisation : « %1 » est inconnue</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommée en %2</translation>
    </message>
    <message>
        <source>Updated organisation %1</source>
        <translation>Organisation %1 mise à jour</translation>
    </message>
    <message>
        <source>%1 is in use again</source>
        <translation>%1 est de nouveau en usage</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 retirée</translation>
    </message>
    <message>
        <source>into: is required (--into KEPT)</source>
        <translation>into : est requis (--into CONSERVÉE)</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 fusionnée dans %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; is not one of %2</source>
        <translation>kind : « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>No organisations.</source>
        <translation>Aucune organisation.</translation>
    </message>
    <message>
        <source>imdp: %1: nothing imported (%2 bad row%3)</source>
        <translation>imdp : %1 : rien importé (%2 ligne%3 erronée%3)</translation>
    </message>
    <message>
        <source>Imported %1 organisations from %2</source>
        <translation>%1 organisations importées depuis %2</translation>
    </message>
    <message>
        <source>%1: is required (--%1 YYYY-MM-DD)</source>
        <translation>%1 : est requis (--%1 AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1 : ne doit pas être négatif</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency : « %1 » n’est pas un code ISO 4217</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; must be CATEGORY=AMOUNT</source>
        <translation>budget : « %1 » doit être de la forme CATÉGORIE=MONTANT</translation>
    </message>
    <message>
        <source>Added %1 (draft)</source>
        <translation>%1 ajoutée (brouillon)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 mise à jour</translation>
    </message>
    <message>
        <source>State:        %1 (%2)</source>
        <translation>État :           %1 (%2)</translation>
    </message>
    <message>
        <source>concept note</source>
        <translation>note conceptuelle</translation>
    </message>
    <message>
        <source>full proposal</source>
        <translation>proposition complète</translation>
    </message>
    <message>
        <source>Applicant:    %1</source>
        <translation>Demandeur :      %1</translation>
    </message>
    <message>
        <source>Partner:      %1</source>
        <translation>Partenaire :     %1</translation>
    </message>
    <message>
        <source>Source:       %1 %2</source>
        <translation>Origine :        %1 %2</translation>
    </message>
    <message>
        <source>Objectives:   %1   Action area: %2</source>
        <translation>Objectifs :     %1   Domaine d’action : %2</translation>
    </message>
    <message>
        <source>Window:       %1</source>
        <translation>Guichet :        %1</translation>
    </message>
    <message>
        <source>Countries:    %1</source>
        <translation>Pays :           %1</translation>
    </message>
    <message>
        <source>Dates:        %1 to %2</source>
        <translation>Dates :          du %1 au %2</translation>
    </message>
    <message>
        <source>Requested:    %1 %2</source>
        <translation>Demandé :        %1 %2</translation>
    </message>
    <message>
        <source>Data by:      %1</source>
        <translation>Données par :    %1</translation>
    </message>
    <message>
        <source>Answers:      %1</source>
        <translation>Répond à :       %1</translation>
    </message>
    <message>
        <source>Summary:      %1</source>
        <translation>Résumé :         %1</translation>
    </message>
    <message>
        <source>  budget  %1 %2</source>
        <translation>  budget   %1 %2</translation>
    </message>
    <message>
        <source>  check   %1 %2</source>
        <translation>  contrôle %1 %2</translation>
    </message>
    <message>
        <source>met  </source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>  review  %1/5 %2%3</source>
        <translation>  examen   %1/5 %2%3</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incomplet)</translation>
    </message>
    <message>
        <source>Decision:     %1 %2 USD on %3 %4</source>
        <translation>Décision :       %1 %2 USD le %3 %4</translation>
    </message>
    <message>
        <source>ToR:          %1, %2 to %3, budget %4 USD</source>
        <translation>TdR :            %1, du %2 au %3, budget %4 USD</translation>
    </message>
    <message>
        <source>  tranche %1 %2 USD %3 %4</source>
        <translation>  tranche  %1 %2 USD %3 %4</translation>
    </message>
    <message>
        <source>released </source>
        <translation>libérée le </translation>
    </message>
    <message>
        <source>conditions met</source>
        <translation>conditions remplies</translation>
    </message>
    <message>
        <source>conditions open</source>
        <translation>conditions en attente</translation>
    </message>
    <message>
        <source>  report  #%1 %2 due %3 %4</source>
        <translation>  rapport  n° %1 %2 dû le %3 %4</translation>
    </message>
    <message>
        <source>received </source>
        <translation>reçu le </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>  file    %1 (%2 bytes)</source>
        <translation>  fichier  %1 (%2 octets)</translation>
    </message>
    <message>
        <source>  moved   %1 %2 -&gt; %3 by %4 %5</source>
        <translation>  passage  %1 %2 -&gt; %3 par %4 %5</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a pipeline state</source>
        <translation>state : « %1 » n’est pas un état du circuit des propositions</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; is %2 MB, above the fund&apos;s limit of %3 MB</source>
        <translation>attachment : « %1 » fait %2 Mo, au-delà de la limite du fonds de %3 Mo</translation>
    </message>
    <message>
        <source>Attached %1 to %2 (%3 bytes)</source>
        <translation>%1 joint à %2 (%3 octets)</translation>
    </message>
    <message>
        <source>%1 has no attachment</source>
        <translation>%1 n’a aucune pièce jointe</translation>
    </message>
    <message>
        <source>%1  %2 bytes  %3  %4</source>
        <translation>%1  %2 octets  %3  %4</translation>
    </message>
    <message>
        <source>out: a path is required</source>
        <translation>out : un chemin est requis</translation>
    </message>
    <message>
        <source>attachment: %1 has no document &apos;%2&apos;%3</source>
        <translation>attachment : %1 n’a pas de document « %2 »%3</translation>
    </message>
    <message>
        <source> (it has none)</source>
        <translation> (il n’en a aucun)</translation>
    </message>
    <message>
        <source> (see imdp proposal attachments)</source>
        <translation> (voir imdp proposal attachments)</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; of %2 does not match the SHA-256 recorded when it was attached; run imdp verify</source>
        <translation>attachment : « %1 » de %2 ne correspond pas au SHA-256 enregistré lors de l’ajout ; lancez imdp verify</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes) to %3</source>
        <translation>%1 écrit (%2 octets) dans %3</translation>
    </message>
    <message>
        <source>score: &apos;%1&apos; must be a whole number from 1 to 5</source>
        <translation>score : « %1 » doit être un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>Recorded the review of %1 by %2</source>
        <translation>Examen de %1 par %2 enregistré</translation>
    </message>
    <message>
        <source>Recorded the decision on %1: %2</source>
        <translation>Décision sur %1 enregistrée : %2</translation>
    </message>
    <message>
        <source>reviews-required: must be a whole number</source>
        <translation>reviews-required : doit être un nombre entier</translation>
    </message>
    <message>
        <source>attachment-limit-mb: must be from 1 to 512</source>
        <translation>attachment-limit-mb : doit être compris entre 1 et 512</translation>
    </message>
    <message>
        <source>Reviews required:   %1</source>
        <translation>Examens requis :     %1</translation>
    </message>
    <message>
        <source>Closing waiver:     %1 USD</source>
        <translation>Abandon à la clôture : %1 USD</translation>
    </message>
    <message>
        <source>Attachment limit:   %1 bytes</source>
        <translation>Limite des pièces jointes : %1 octets</translation>
    </message>
    <message>
        <source>Terms of reference of %1 are complete</source>
        <translation>Les termes de référence de %1 sont complets</translation>
    </message>
    <message>
        <source>Terms of reference of %1 saved; still missing: %2</source>
        <translation>Termes de référence de %1 enregistrés ; il manque encore : %2</translation>
    </message>
    <message>
        <source>tranche: &apos;%1&apos; must be a tranche number (1, 2, ...)</source>
        <translation>tranche : « %1 » doit être un numéro de tranche (1, 2, …)</translation>
    </message>
    <message>
        <source>Scheduled tranche %1 of %2: %3 USD</source>
        <translation>Tranche %1 de %2 planifiée : %3 USD</translation>
    </message>
    <message>
        <source>Tranche %1 of %2: conditions %3</source>
        <translation>Tranche %1 de %2 : conditions %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplies</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplies</translation>
    </message>
    <message>
        <source>Released tranche %1 of %2 on %3</source>
        <translation>Tranche %1 de %2 libérée le %3</translation>
    </message>
    <message>
        <source>Received report %1 of %2 on %3</source>
        <translation>Rapport %1 de %2 reçu le %3</translation>
    </message>
    <message>
        <source>%1: must be a whole number of months</source>
        <translation>%1 : doit être un nombre entier de mois</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1 : %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a report (%3)</source>
        <translation>%1 : « %2 » n’est pas un rapport (%3)</translation>
    </message>
    <message>
        <source>%1: --out PATH is required</source>
        <translation>%1 : --out CHEMIN est requis</translation>
    </message>
    <message>
        <source>%1: --format: expected pdf, xlsx or csv</source>
        <translation>%1 : --format : pdf, xlsx ou csv attendu</translation>
    </message>
    <message>
        <source>%1: --lang: expected en, fr or es</source>
        <translation>%1 : --lang : en, fr ou es attendu</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>%1 écrit (%2, %3)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a narrative (%3)</source>
        <translation>%1 : « %2 » n’est pas un texte narratif (%3)</translation>
    </message>
    <message>
        <source>%1: give the text with --text TEXT or --file PATH (one of them)</source>
        <translation>%1 : donnez le texte avec --text TEXTE ou --file CHEMIN (l’un des deux)</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1 : n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Cleared the %1 narrative</source>
        <translation>Texte narratif %1 effacé</translation>
    </message>
    <message>
        <source>Recorded the %1 narrative</source>
        <translation>Texte narratif %1 enregistré</translation>
    </message>
    <message>
        <source>Sources, uses and balance of funds, %1 to %2 (USD)</source>
        <translation>Ressources, emplois et solde des fonds, du %1 au %2 (USD)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>cumulé</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; must be CODE:WEIGHT:LABEL</source>
        <translation>criterion : « %1 » doit être de la forme CODE:POIDS:LIBELLÉ</translation>
    </message>
    <message>
        <source>Assigned %1 to %2 (%3)</source>
        <translation>%1 attribuée à %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded the declaration of %1 on %2: %3</source>
        <translation>Déclaration de %1 sur %2 enregistrée : %3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>in_progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>attribué</translation>
    </message>
    <message>
        <source> (flagged: %1; override: %2)</source>
        <translation> (signalé : %1 ; dérogation : %2)</translation>
    </message>
    <message>
        <source>review export: --reviewer and --out are required</source>
        <translation>review export : --reviewer et --out sont requis</translation>
    </message>
    <message>
        <source>Exported %1 proposal(s) and %2 attachment(s) for %3 to %4 (hash %5)</source>
        <translation>%1 proposition(s) et %2 pièce(s) jointe(s) exportée(s) pour %3 dans %4 (empreinte %5)</translation>
    </message>
    <message>
        <source>conflict: %1: %2</source>
        <translation>conflit : %1 : %2</translation>
    </message>
    <message>
        <source>imdp: %1: %2 conflict(s); nothing was imported (--accept-changes replaces them)</source>
        <translation>imdp : %1 : %2 conflit(s) ; rien n’a été importé (--accept-changes les remplace)</translation>
    </message>
    <message>
        <source>Nothing new: the fund already holds this package&apos;s reviews</source>
        <translation>Rien de nouveau : le fonds contient déjà les examens de ce paquet</translation>
    </message>
    <message>
        <source>Imported %1 change(s) from %2</source>
        <translation>%1 modification(s) importée(s) de %2</translation>
    </message>
    <message>
        <source>Proposal       Reviews  Mean  Spread</source>
        <translation>Proposition    Examens  Moy.  Écart</translation>
    </message>
    <message>
        <source>  spread above %1</source>
        <translation>  écart supérieur à %1</translation>
    </message>
    <message>
        <source>Reviewer                 Completed</source>
        <translation>Examinateur              Terminés</translation>
    </message>
    <message>
        <source> (%1 conflict(s))</source>
        <translation> (%1 conflit(s))</translation>
    </message>
    <message>
        <source>Name:                     %1</source>
        <translation>Nom :                          %1</translation>
    </message>
    <message>
        <source>DGF cap:                  %1 bps</source>
        <translation>Plafond DGF :                  %1 pb</translation>
    </message>
    <message>
        <source>Fiscal year starts:       %1 (MM-DD)</source>
        <translation>Début de l’exercice :          %1 (MM-JJ)</translation>
    </message>
    <message>
        <source>Administrative fee:       %1</source>
        <translation>Commission administrative :    %1</translation>
    </message>
    <message>
        <source>Reviews required:         %1</source>
        <translation>Examens requis :               %1</translation>
    </message>
    <message>
        <source>Quorum:                   %1</source>
        <translation>Quorum :                       %1</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>la majorité</translation>
    </message>
    <message>
        <source>Closing waiver:           %1 USD</source>
        <translation>Abandon à la clôture :         %1 USD</translation>
    </message>
    <message>
        <source>Attachment limit:         %1 bytes</source>
        <translation>Limite des pièces jointes :    %1 octets</translation>
    </message>
    <message>
        <source>Review spread threshold:  %1 points</source>
        <translation>Seuil d’écart des examens :    %1 points</translation>
    </message>
    <message>
        <source>IATI organisation:        %1</source>
        <translation>Organisation IATI :            %1</translation>
    </message>
    <message>
        <source>Backups:                  keep %1, every %2 hours</source>
        <translation>Sauvegardes :                  %1 conservées, toutes les %2 heures</translation>
    </message>
    <message>
        <source>%1: is required (--%1)</source>
        <translation>%1 : est requis (--%1)</translation>
    </message>
    <message>
        <source>Added objective %1: %2</source>
        <translation>Objectif %1 ajouté : %2</translation>
    </message>
    <message>
        <source>objective: &apos;%1&apos; does not exist</source>
        <translation>objective : « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objectif %1 : %2</translation>
    </message>
    <message>
        <source>Added action area %1: %2</source>
        <translation>Domaine d’action %1 ajouté : %2</translation>
    </message>
    <message>
        <source>Action area %1: %2</source>
        <translation>Domaine d’action %1 : %2</translation>
    </message>
    <message>
        <source>%1: must be above zero</source>
        <translation>%1 : doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>Opened window %1: %2</source>
        <translation>Guichet %1 ouvert : %2</translation>
    </message>
    <message>
        <source>Changed window %1: %2</source>
        <translation>Guichet %1 modifié : %2</translation>
    </message>
    <message>
        <source>    objectives %1; areas %2; open %3 to %4; ceiling %5; total %6; %7 proposal(s) asking %8 USD</source>
        <translation>    objectifs %1 ; domaines %2 ; ouvert du %3 au %4 ; plafond %5 ; total %6 ; %7 proposition(s) demandant %8 USD</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Opening balances as of %1: %2 rows from %3</source>
        <translation>Soldes d’ouverture au %1 : %2 lignes depuis %3</translation>
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
        <source>This change would put the plan basis beyond the DGF cap: saving will ask for an override with a written justification.</source>
        <translation>Ce changement porterait la base du plan au-delà du plafond DGF : l’enregistrement demandera une dérogation avec justification écrite.</translation>
    </message>
    <message>
        <source>US dollars per one unit of the currency, with up to 10 decimals</source>
        <translation>Dollars US pour une unité de la devise, jusqu’à 10 décimales</translation>
    </message>
    <message>
        <source>&amp;Rate (USD per unit):</source>
        <translation>&amp;Taux (USD par unité) :</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Échéances :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;f :</translation>
    </message>
    <message>
        <source>Receipts were cleared at this rate: it can no longer change</source>
        <translation>Des recettes ont été imputées à ce taux : il ne peut plus changer</translation>
    </message>
    <message>
        <source>Change: the amount, rate, status and instalments are as recorded</source>
        <translation>Changement : le montant, le taux, le statut et les échéances sont ceux déjà enregistrés</translation>
    </message>
    <message>
        <source>Pledge %1 cancelled</source>
        <translation>Promesse %1 annulée</translation>
    </message>
    <message>
        <source>Pledge %1 amended: %2</source>
        <translation>Promesse %1 modifiée : %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AreaDialog</name>
    <message>
        <source>Add Action Area</source>
        <translation>Ajouter un domaine d’action</translation>
    </message>
    <message>
        <source>Edit Action Area</source>
        <translation>Modifier le domaine d’action</translation>
    </message>
    <message>
        <source>e.g. C</source>
        <translation>p. ex. C</translation>
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
        <source>Code: enter 1-8 capital letters or digits</source>
        <translation>Code : saisissez 1 à 8 majuscules ou chiffres</translation>
    </message>
    <message>
        <source>Title: enter the action area&apos;s title</source>
        <translation>Titre : saisissez le titre du domaine d’action</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AssignDialog</name>
    <message>
        <source>Assign Reviewer</source>
        <translation>Affecter un évaluateur</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Nom de l’évaluateur</translation>
    </message>
    <message>
        <source>Only to assign a reviewer flagged by a conflict of interest</source>
        <translation>Uniquement pour affecter un évaluateur signalé pour conflit d’intérêts</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition :</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>É&amp;valuateur :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle :</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;organisation:</source>
        <translation>&amp;Organisation de l’évaluateur :</translation>
    </message>
    <message>
        <source>&amp;Call (rubric):</source>
        <translation>&amp;Appel (grille) :</translation>
    </message>
    <message>
        <source>O&amp;verride reason:</source>
        <translation>Motif de la &amp;dérogation :</translation>
    </message>
    <message>
        <source>A reviewer from the applicant&apos;s or the partner&apos;s organisation is refused unless you give a reason to override; the reason is kept in the audit trail.</source>
        <translation>Un évaluateur de l’organisation du demandeur ou du partenaire est refusé, sauf si vous motivez une dérogation ; le motif est conservé dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Proposal: the fund has no proposal to review</source>
        <translation>Proposition : le fonds n’a aucune proposition à évaluer</translation>
    </message>
    <message>
        <source>Reviewer: enter the reviewer&apos;s name</source>
        <translation>Évaluateur : saisissez le nom de l’évaluateur</translation>
    </message>
    <message>
        <source>Call: enter the call whose rubric applies</source>
        <translation>Appel : saisissez l’appel dont la grille s’applique</translation>
    </message>
    <message>
        <source>%1 assigned to review %2</source>
        <translation>%1 chargé(e) d’évaluer %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::BoardStrip</name>
    <message>
        <source>%1 (click to unfold)</source>
        <translation>%1 (cliquer pour déplier)</translation>
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
    <message>
        <source>Add &amp;Member…</source>
        <translation>Ajouter un &amp;membre…</translation>
    </message>
    <message>
        <source>Committee member added</source>
        <translation>Membre du Comité ajouté</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Décisions enregistrées</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Export PDF annulé ; aucun fichier n’a été écrit.</translation>
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
    <message>
        <source>The Committee meetings could not be read: %1</source>
        <translation>Les réunions du Comité n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The DGF cap figures could not be read: %1</source>
        <translation>Les chiffres du plafond DGF n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The proposals could not be counted: %1</source>
        <translation>Les propositions n’ont pas pu être comptées : %1</translation>
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
        <source>%1: the allocation: %2</source>
        <translation>%1 : l&apos;allocation : %2</translation>
    </message>
    <message>
        <source>Every proposal on the agenda already has its decision.</source>
        <translation>Chaque proposition de l&apos;ordre du jour a déjà sa décision.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DeclareDialog</name>
    <message>
        <source>Declare Conflict of Interest</source>
        <translation>Déclarer un conflit d’intérêts</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d’intérêts</translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation>Aucun conflit d’intérêts</translation>
    </message>
    <message>
        <source>What the conflict is</source>
        <translation>La nature du conflit</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Affectation :</translation>
    </message>
    <message>
        <source>&amp;Declaration:</source>
        <translation>&amp;Déclaration :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>A declared conflict withdraws the reviewer from this proposal: a review already recorded no longer counts.</source>
        <translation>Un conflit déclaré retire l’évaluateur de cette proposition : une évaluation déjà enregistrée ne compte plus.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DgfNarrativesDialog</name>
    <message>
        <source>DGF Application Narratives</source>
        <translation>Textes de la demande au DGF</translation>
    </message>
    <message>
        <source>The texts the DGF application prints. Figures, donors, partners, Committee members and the rubric come from the fund&apos;s records; a text left empty prints as &quot;not yet written&quot;.</source>
        <translation>Les textes imprimés dans la demande au DGF. Les chiffres, les donateurs, les partenaires, les membres du Comité et la grille d&apos;évaluation proviennent des données du fonds ; un texte laissé vide est imprimé comme « pas encore rédigé ».</translation>
    </message>
    <message>
        <source>Substantive basis
(preliminary proposal)</source>
        <translation>Fondement de la demande
(proposition préliminaire)</translation>
    </message>
    <message>
        <source>Governance structure
(formal request)</source>
        <translation>Structure de gouvernance
(demande officielle)</translation>
    </message>
    <message>
        <source>Evaluation mechanisms
(formal request)</source>
        <translation>Mécanismes d&apos;évaluation
(demande officielle)</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DiscardGuard</name>
    <message>
        <source>Discard the changes you made in “%1”?</source>
        <translation>Abandonner les modifications faites dans « %1 » ?</translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (point here to read them all)</source>
        <translation>
            <numerusform>…et %n autre (pointez ici pour toutes les lire)</numerusform>
            <numerusform>…et %n autres (pointez ici pour toutes les lire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundSession</name>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundSettingsDialog</name>
    <message>
        <source>Fund Settings</source>
        <translation>Paramètres du fonds</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>The DGF cap: Bank resources at most this share of total funding, in basis points (1500 = 15%).</source>
        <translation>Le plafond DGF : les ressources de la Banque au plus cette part du financement total, en points de base (1500 = 15 %).</translation>
    </message>
    <message>
        <source>DGF &amp;cap:</source>
        <translation>&amp;Plafond DGF :</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts:</source>
        <translation>&amp;Début de l’exercice :</translation>
    </message>
    <message>
        <source>none; flat:100 (1% of each receipt); or tiers, e.g. tiered:1000000.00=200,*=100</source>
        <translation>none ; flat:100 (1 % de chaque encaissement) ; ou des tranches, p. ex. tiered:1000000.00=200,*=100</translation>
    </message>
    <message>
        <source>Administrative &amp;fee:</source>
        <translation>&amp;Commission administrative :</translation>
    </message>
    <message>
        <source>&amp;IATI identifier:</source>
        <translation>Identifiant &amp;IITA :</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Sauvegardes conservées :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Backup &amp;every:</source>
        <translation>Sauvegarde &amp;toutes les :</translation>
    </message>
    <message>
        <source>Pipeline and Committee</source>
        <translation>Portefeuille et Comité</translation>
    </message>
    <message>
        <source>&amp;Reviews required:</source>
        <translation>&amp;Évaluations requises :</translation>
    </message>
    <message>
        <source>Review s&amp;pread flagged above:</source>
        <translation>É&amp;cart d’évaluation signalé au-delà de :</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>la majorité</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum :</translation>
    </message>
    <message>
        <source>Closing &amp;waiver (USD):</source>
        <translation>Reliquat a&amp;bandonné à la clôture (USD) :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Attachment limit:</source>
        <translation>&amp;Taille maximale des pièces jointes :</translation>
    </message>
    <message>
        <source>The plan basis already holds %1% Bank resources, above a cap of %2%. Saving is allowed; new Bank pledges will be refused until other funding restores compliance.</source>
        <translation>La base du plan compte déjà %1 % de ressources de la Banque, au-dessus d’un plafond de %2 %. L’enregistrement est permis ; les nouvelles annonces de la Banque seront refusées jusqu’à ce que d’autres financements rétablissent la conformité.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Impossible d’enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Closing waiver: %1</source>
        <translation>Reliquat abandonné à la clôture : %1</translation>
    </message>
    <message>
        <source>Review spread: %1</source>
        <translation>Écart d’évaluation : %1</translation>
    </message>
    <message>
        <source>Fund settings saved</source>
        <translation>Paramètres du fonds enregistrés</translation>
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
        <source>Instalments (arrears in red)</source>
        <translation>Échéances (retards en rouge)</translation>
    </message>
    <message>
        <source>Other &amp;Lines</source>
        <translation>Autres &amp;lignes</translation>
    </message>
    <message>
        <source>1 row imported from %1.</source>
        <translation>1 ligne importée depuis %1.</translation>
    </message>
    <message>
        <source>%1 rows imported from %2.</source>
        <translation>%1 lignes importées depuis %2.</translation>
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
    <message>
        <source>Import Organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>New organisations it would create (%1): %2. Check them for typos; a name already in the directory is used as it is.</source>
        <translation>Nouvelles organisations qui seraient créées (%1) : %2. Vérifiez-en l’orthographe ; un nom déjà dans le répertoire est utilisé tel quel.</translation>
    </message>
    <message>
        <source>%1 organisation(s) would be added to the directory. Nothing has been written yet.</source>
        <translation>%1 organisation(s) seraient ajoutées au répertoire. Rien n’a encore été écrit.</translation>
    </message>
    <message>
        <source>Import Opening Balances</source>
        <translation>Importer les soldes d’ouverture</translation>
    </message>
    <message>
        <source>Reading and checking every row. Nothing is written.</source>
        <translation>Lecture et vérification de chaque ligne. Rien n’est écrit.</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing has been written.</source>
        <translation>Aperçu annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Importing. Cancel stops it and writes nothing.</source>
        <translation>Import en cours. Annuler l’arrête et n’écrit rien.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing has been written.</source>
        <translation>Import annulé. Rien n’a été écrit.</translation>
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
    <message>
        <source>Investment income recorded: %1</source>
        <translation>Revenus de placement enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::InstalmentEditor</name>
    <message>
        <source>A&amp;dd Instalment</source>
        <translation>A&amp;jouter une échéance</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>No schedule: the pledge is due as a whole.</source>
        <translation>Sans échéancier : la promesse est due en une fois.</translation>
    </message>
    <message>
        <source>Instalment %1: enter an amount</source>
        <translation>Échéance %1 : saisissez un montant</translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>Échéance %1 : %2</translation>
    </message>
    <message>
        <source>Sum %1 %2: the whole pledge is scheduled.</source>
        <translation>Total %1 %2 : toute la promesse est échelonnée.</translation>
    </message>
    <message>
        <source>Sum %1 of %2 %3: %4 left to schedule.</source>
        <translation>Total %1 sur %2 %3 : %4 reste à échelonner.</translation>
    </message>
    <message>
        <source>Sum %1 of %2 %3: %4 more than pledged.</source>
        <translation>Total %1 sur %2 %3 : %4 de plus que la promesse.</translation>
    </message>
    <message>
        <source>Sum %1 %2.</source>
        <translation>Total %1 %2.</translation>
    </message>
    <message>
        <source>Instalments: %1</source>
        <translation>Échéances : %1</translation>
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
    <message>
        <source>the totals could not be read</source>
        <translation>les totaux n’ont pas pu être lus</translation>
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
        <translation>Aucune ligne d’écriture ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>1 posting · debits %1 · credits %2</source>
        <translation>1 ligne d’écriture · débits %1 · crédits %2</translation>
    </message>
    <message>
        <source>%1 postings · debits %2 · credits %3</source>
        <translation>%1 lignes d’écriture · débits %2 · crédits %3</translation>
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
        <translation>1 ligne d’écriture · totaux en cours de calcul…</translation>
    </message>
    <message>
        <source>%1 postings · totals being added up…</source>
        <translation>%1 lignes d’écriture · totaux en cours de calcul…</translation>
    </message>
    <message>
        <source>Record &amp;Transfer…</source>
        <translation>Enregistrer un &amp;transfert…</translation>
    </message>
    <message>
        <source>A tranche to a project&apos;s partner, within the project&apos;s allocation.</source>
        <translation>Une tranche versée au partenaire d’un projet, dans la limite de l’allocation du projet.</translation>
    </message>
    <message>
        <source>Entry %1 reversed by entry %2</source>
        <translation>Écriture %1 contrepassée par l’écriture %2</translation>
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
        <source>Cannot open the fund</source>
        <translation>Impossible d’ouvrir le fonds</translation>
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
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Fund &amp;Settings…</source>
        <translation>&amp;Paramètres du fonds…</translation>
    </message>
    <message>
        <source>Import Opening &amp;Balances…</source>
        <translation>Importer les soldes d’&amp;ouverture…</translation>
    </message>
    <message>
        <source>Import Opening Balances</source>
        <translation>Importer les soldes d’ouverture</translation>
    </message>
    <message>
        <source>Balances as of (YYYY-MM-DD):</source>
        <translation>Soldes au (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking the whole file (scheduled check); read-only until it passes</source>
        <translation>Vérification du fichier entier (vérification programmée) ; lecture seule jusqu’à ce qu’elle réussisse</translation>
    </message>
    <message>
        <source>The scheduled check found a problem</source>
        <translation>La vérification programmée a trouvé un problème</translation>
    </message>
    <message>
        <source>Ob&amp;jectives and Areas…</source>
        <translation>Ob&amp;jectifs et domaines…</translation>
    </message>
    <message>
        <source>Funding &amp;Windows…</source>
        <translation>&amp;Guichets de financement…</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Opening balances as of %1 imported from %2.</source>
        <translation>Soldes d’ouverture au %1 importés depuis %2.</translation>
    </message>
    <message>
        <source>&amp;Verify Fund…</source>
        <translation>&amp;Vérifier le fonds…</translation>
    </message>
</context>
<context>
    <name>imdp::ui::MemberDialog</name>
    <message>
        <source>Observer (does not vote)</source>
        <translation>Observateur (ne vote pas)</translation>
    </message>
    <message>
        <source>Add Committee Member</source>
        <translation>Ajouter un membre du Comité</translation>
    </message>
    <message>
        <source>e.g. Ms. Ana Ortiz</source>
        <translation>p. ex. Mme Ana Ortiz</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Collège :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Mandat &amp;du :</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Mandat &amp;au :</translation>
    </message>
    <message>
        <source>One chair at a time: a second chair whose term overlaps is refused.</source>
        <translation>Un seul président à la fois : un second président dont le mandat chevauche est refusé.</translation>
    </message>
    <message>
        <source>Name: enter the member&apos;s name</source>
        <translation>Nom : saisissez le nom du membre</translation>
    </message>
    <message>
        <source>Organisation: choose or type the State or organisation represented</source>
        <translation>Organisation : choisissez ou saisissez l’État ou l’organisation représenté</translation>
    </message>
    <message>
        <source>Term to: before the term&apos;s start</source>
        <translation>Mandat au : avant le début du mandat</translation>
    </message>
</context>
<context>
    <name>imdp::ui::NewFundWizard</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New Fund</source>
        <translation>Nouveau fonds</translation>
    </message>
    <message>
        <source>Name and file</source>
        <translation>Nom et fichier</translation>
    </message>
    <message>
        <source>Each fund is one file. Choose its name and where to keep it.</source>
        <translation>Chaque fonds est un fichier. Choisissez son nom et son emplacement.</translation>
    </message>
    <message>
        <source>&amp;Name of the fund:</source>
        <translation>&amp;Nom du fonds :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>IMDP funds (*.imdp)</source>
        <translation>Fonds IMDP (*.imdp)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Fiscal year, cap and fee</source>
        <translation>Exercice, plafond et commission</translation>
    </message>
    <message>
        <source>These can be changed later in File › Fund Settings…</source>
        <translation>Modifiables plus tard dans Fichier › Paramètres du fonds…</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts:</source>
        <translation>&amp;Début de l’exercice :</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>DGF &amp;cap:</source>
        <translation>&amp;Plafond DGF :</translation>
    </message>
    <message>
        <source>none; flat:100 (1% of each receipt); or tiers, e.g. tiered:1000000.00=200,*=100</source>
        <translation>none ; flat:100 (1 % de chaque encaissement) ; ou des tranches, p. ex. tiered:1000000.00=200,*=100</translation>
    </message>
    <message>
        <source>Administrative &amp;fee:</source>
        <translation>&amp;Commission administrative :</translation>
    </message>
    <message>
        <source>The DGF cap is in basis points: 1500 means Bank resources may be at most 15% of the total funding.</source>
        <translation>Le plafond DGF est en points de base : 1500 signifie que les ressources de la Banque peuvent atteindre au plus 15 % du financement total.</translation>
    </message>
    <message>
        <source>Objectives and action areas</source>
        <translation>Objectifs et domaines d’action</translation>
    </message>
    <message>
        <source>Proposals serve these objectives and fall in these areas. Edit, add or remove rows; titles can change later.</source>
        <translation>Les propositions servent ces objectifs et relèvent de ces domaines. Modifiez, ajoutez ou retirez des lignes ; les titres pourront changer plus tard.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titre (anglais)</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Titre (français)</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Titre (espagnol)</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objectifs :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Action areas:</source>
        <translation>Domaines d’action :</translation>
    </message>
    <message>
        <source>Organisations (optional)</source>
        <translation>Organisations (facultatif)</translation>
    </message>
    <message>
        <source>An organisations CSV file (columns name,kind and optionally short_name,gmg_member,country,iati_ref,contact,email) to start the directory with. Imported whole or not at all; leave empty to add organisations later.</source>
        <translation>Un fichier CSV d’organisations (colonnes name,kind et, au choix, short_name,gmg_member,country,iati_ref,contact,email) pour commencer l’annuaire. Importé en entier ou pas du tout ; laissez vide pour ajouter les organisations plus tard.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Organisations CSV</source>
        <translation>CSV des organisations</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is corrected:
%1</source>
        <translation>Rien ne sera importé tant que le fichier n’est pas corrigé :
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) will be added with the fund:</source>
        <translation>
            <numerusform>%n organisation sera ajoutée avec le fonds :</numerusform>
            <numerusform>%n organisations seront ajoutées avec le fonds :</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the preview</source>
        <translation>impossible de créer un dossier temporaire pour l’aperçu</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ObjectiveDialog</name>
    <message>
        <source>Add Objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ex. 4</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Titre (&amp;anglais) :</translation>
    </message>
    <message>
        <source>Title (&amp;French):</source>
        <translation>Titre (&amp;français) :</translation>
    </message>
    <message>
        <source>Title (&amp;Spanish):</source>
        <translation>Titre (&amp;espagnol) :</translation>
    </message>
    <message>
        <source>A code never changes once added; the titles can be edited later.</source>
        <translation>Un code ne change jamais une fois ajouté ; les titres peuvent être modifiés plus tard.</translation>
    </message>
    <message>
        <source>Code: enter 1-8 capital letters or digits</source>
        <translation>Code : saisissez 1 à 8 majuscules ou chiffres</translation>
    </message>
    <message>
        <source>Title (English): enter the objective&apos;s title</source>
        <translation>Titre (anglais) : saisissez le titre de l’objectif</translation>
    </message>
</context>
<context>
    <name>imdp::ui::OrganisationDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>e.g. Kingdom of Sweden</source>
        <translation>p. ex. Royaume de Suède</translation>
    </message>
    <message>
        <source>e.g. UNDP</source>
        <translation>p. ex. PNUD</translation>
    </message>
    <message>
        <source>A member of the Global Migration Group</source>
        <translation>Membre du Groupe mondial sur la migration</translation>
    </message>
    <message>
        <source>ISO code, e.g. SE; empty for an international body</source>
        <translation>Code ISO, p. ex. SE ; vide pour un organisme international</translation>
    </message>
    <message>
        <source>e.g. SE-0-2021005464</source>
        <translation>p. ex. SE-0-2021005464</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nom a&amp;brégé :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;IATI identifier:</source>
        <translation>Identifiant &amp;IITA :</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Personne de c&amp;ontact :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Name: enter the organisation&apos;s name</source>
        <translation>Nom : saisissez le nom de l’organisation</translation>
    </message>
    <message>
        <source>Kind: choose what kind of organisation it is</source>
        <translation>Type : choisissez le type d’organisation</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
</context>
<context>
    <name>imdp::ui::OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>GMG</source>
        <translation>GMG</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesses</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Encaissements</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Project entries</source>
        <translation>Écritures de projet</translation>
    </message>
    <message>
        <source>Committee/reviews</source>
        <translation>Comité/évaluations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Search name, short name or country</source>
        <translation>Rechercher un nom, un nom abrégé ou un pays</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Afficher les retirées</translation>
    </message>
    <message>
        <source>No organisation yet. Add the fund&apos;s donors, partners and applicants, or import them from a CSV file.</source>
        <translation>Aucune organisation pour l’instant. Ajoutez les donateurs, partenaires et demandeurs du fonds, ou importez-les depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 shown of %2 organisations (%3 retired).</source>
        <translation>%1 affichées sur %2 organisations (%3 retirées).</translation>
    </message>
    <message>
        <source>Bring &amp;Back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Merge Organisation</source>
        <translation>Fusionner l’organisation</translation>
    </message>
    <message>
        <source>Merge &lt;b&gt;%1&lt;/b&gt;, a duplicate, into the organisation kept. Every record of %1 (pledges, receipts, proposals, project entries, committee and reviews) moves to it, and %1 is kept only as another name for it.</source>
        <translation>Fusionner &lt;b&gt;%1&lt;/b&gt;, un doublon, dans l’organisation conservée. Tous les enregistrements de %1 (promesses, encaissements, propositions, écritures de projet, comité et évaluations) y sont transférés, et %1 n’est plus qu’un autre nom de celle-ci.</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Delete Organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Delete %1 from the directory?</source>
        <translation>Supprimer %1 du répertoire ?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Import Organisations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Organisation %1 added</source>
        <translation>Organisation %1 ajoutée</translation>
    </message>
    <message>
        <source>Organisation %1 saved</source>
        <translation>Organisation %1 enregistrée</translation>
    </message>
    <message>
        <source>Organisation %1 brought back</source>
        <translation>Organisation %1 rétablie</translation>
    </message>
    <message>
        <source>Organisation %1 retired</source>
        <translation>Organisation %1 retirée</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionnée avec %2</translation>
    </message>
    <message>
        <source>Organisation %1 deleted</source>
        <translation>Organisation %1 supprimée</translation>
    </message>
    <message>
        <source>1 organisation imported from %1.</source>
        <translation>1 organisation importée depuis %1.</translation>
    </message>
    <message>
        <source>%1 organisations imported from %2.</source>
        <translation>%1 organisations importées depuis %2.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PackageImportDialog</name>
    <message>
        <source>Import Review Package</source>
        <translation>Importer un dossier d’évaluation</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Accept Incoming Changes</source>
        <translation>&amp;Accepter les modifications reçues</translation>
    </message>
    <message>
        <source>Replaces the reviews already recorded with the package&apos;s; the replaced reviews are kept in the audit trail.</source>
        <translation>Remplace les évaluations déjà enregistrées par celles du dossier ; les évaluations remplacées sont conservées dans la piste d’audit.</translation>
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
        <source>replace</source>
        <translation>remplacement</translation>
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
        <source>%1 review(s) already recorded differ from the package of %2 (marked CONFLICT). Nothing has been written. Accept Incoming Changes replaces them with the package&apos;s; the replaced reviews stay in the audit trail.</source>
        <translation>%1 évaluation(s) déjà enregistrée(s) diffèrent du dossier de %2 (marquées CONFLIT). Rien n’a été écrit. « Accepter les modifications reçues » les remplace par celles du dossier ; les évaluations remplacées restent dans la piste d’audit.</translation>
    </message>
    <message>
        <source>Importing the package of %1 writes %2 change(s). Nothing has been written yet.</source>
        <translation>Importer le dossier de %1 écrit %2 modification(s). Rien n’a encore été écrit.</translation>
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
    <message>
        <source>All windows</source>
        <translation>Tous les guichets</translation>
    </message>
    <message>
        <source>&amp;States</source>
        <translation>É&amp;tats</translation>
    </message>
    <message>
        <source>Choose the states the board shows</source>
        <translation>Choisir les états affichés sur le tableau</translation>
    </message>
    <message>
        <source>Show &amp;All States</source>
        <translation>Afficher &amp;tous les états</translation>
    </message>
    <message>
        <source>The fund is open read-only.</source>
        <translation>Le fonds est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Fold this empty column</source>
        <translation>Replier cette colonne vide</translation>
    </message>
    <message>
        <source>Proposal %1 moved to %2</source>
        <translation>Proposition %1 déplacée vers %2</translation>
    </message>
    <message>
        <source>No proposal yet. &lt;b&gt;New Proposal…&lt;/b&gt; adds the first; it starts as a draft and moves from column to column.</source>
        <translation>Aucune proposition pour l’instant. &lt;b&gt;Nouvelle proposition…&lt;/b&gt; ajoute la première ; elle commence comme brouillon et passe de colonne en colonne.</translation>
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
        <source>USD value: %1</source>
        <translation>Contre-valeur en USD : %1</translation>
    </message>
    <message>
        <source>Beyond the DGF cap on the plan basis (%1 of %2): saving will ask for an override with a written justification.</source>
        <translation>Au-delà du plafond DGF sur la base du plan (%1 sur %2) : l’enregistrement demandera une dérogation avec justification écrite.</translation>
    </message>
    <message>
        <source>Pledge %1 recorded: %2</source>
        <translation>Promesse %1 enregistrée : %2</translation>
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
    <name>imdp::ui::ProgrammeDialog</name>
    <message>
        <source>Objectives, Areas and Funding Windows</source>
        <translation>Objectifs, domaines et guichets de financement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Titre (anglais)</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Titre (français)</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Titre (espagnol)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Ceiling (USD)</source>
        <translation>Plafond (USD)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>&amp;Add Objective…</source>
        <translation>&amp;Ajouter un objectif…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Add Area…</source>
        <translation>&amp;Ajouter un domaine…</translation>
    </message>
    <message>
        <source>&amp;Open Window…</source>
        <translation>&amp;Ouvrir un guichet…</translation>
    </message>
    <message>
        <source>Ob&amp;jectives</source>
        <translation>Ob&amp;jectifs</translation>
    </message>
    <message>
        <source>Action A&amp;reas</source>
        <translation>Domaines d’a&amp;ction</translation>
    </message>
    <message>
        <source>Funding &amp;Windows</source>
        <translation>&amp;Guichets de financement</translation>
    </message>
    <message>
        <source>Codes never change. An objective or area that a proposal or a window uses is kept: it can be retitled, not removed.</source>
        <translation>Les codes ne changent jamais. Un objectif ou un domaine utilisé par une proposition ou un guichet est conservé : il peut être renommé, pas retiré.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <source>Remove objective %1? Nothing uses it yet.</source>
        <translation>Retirer l’objectif %1 ? Rien ne l’utilise encore.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove Action Area</source>
        <translation>Retirer le domaine d’action</translation>
    </message>
    <message>
        <source>Remove action area %1? Nothing uses it yet.</source>
        <translation>Retirer le domaine d’action %1 ? Rien ne l’utilise encore.</translation>
    </message>
    <message>
        <source>Edit Funding Window</source>
        <translation>Modifier le guichet de financement</translation>
    </message>
    <message>
        <source>Programme saved</source>
        <translation>Programme enregistré</translation>
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
        <source>Action a&amp;rea:</source>
        <translation>Domaine d’a&amp;ction :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
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
        <translation>De&amp;vise :</translation>
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
        <source>Choose the applicant.</source>
        <translation>Choisissez le demandeur.</translation>
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
        <source>Discard the unsaved changes to this proposal?</source>
        <translation>Abandonner les modifications non enregistrées de cette proposition ?</translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — retirée</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Separated by commas, from: %1</source>
        <translation>Séparés par des virgules, parmi : %1</translation>
    </message>
    <message>
        <source>Funding &amp;window:</source>
        <translation>&amp;Guichet de financement :</translation>
    </message>
    <message>
        <source>The lines add up past the limit of %1 %2.</source>
        <translation>Les lignes totalisent plus que la limite de %1 %2.</translation>
    </message>
    <message>
        <source>Proposal %1 saved</source>
        <translation>Proposition %1 enregistrée</translation>
    </message>
</context>
<context>
    <name>imdp::ui::RecordsBrowser</name>
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
        <source>No reviewer is assigned to this proposal.</source>
        <translation>Aucun évaluateur n’est affecté à cette proposition.</translation>
    </message>
    <message>
        <source>%1 of %2 reviews completed (call %3).</source>
        <translation>%1 évaluation(s) terminée(s) sur %2 (appel %3).</translation>
    </message>
    <message>
        <source>Weighted mean: %1; spread between reviewers: %2.</source>
        <translation>Moyenne pondérée : %1 ; écart entre évaluateurs : %2.</translation>
    </message>
    <message>
        <source>The spread is above the fund&apos;s threshold: the reviewers disagree.</source>
        <translation>L’écart dépasse le seuil du fonds : les évaluateurs divergent.</translation>
    </message>
    <message>
        <source>%1 assignment(s) blocked by a conflict of interest.</source>
        <translation>%1 affectation(s) bloquée(s) par un conflit d’intérêts.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>A single overall score, given without the rubric</source>
        <translation>Une note globale unique, donnée sans la grille</translation>
    </message>
    <message>
        <source>Tranche %1 of %2 released: %3 USD</source>
        <translation>Tranche %1 de %2 versée : %3 USD</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 de %2 reçu</translation>
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
    <message>
        <source>empty: the fund&apos;s rule; 0: fee-exempt</source>
        <translation>vide : la règle du fonds ; 0 : exonéré</translation>
    </message>
    <message>
        <source>Own &amp;fee (basis points):</source>
        <translation>&amp;Commission propre (points de base) :</translation>
    </message>
    <message>
        <source>Own fee: whole basis points from 0 to 10000, or empty</source>
        <translation>Commission propre : points de base entiers de 0 à 10000, ou vide</translation>
    </message>
    <message>
        <source>Receipt %1 recorded: %2</source>
        <translation>Encaissement %1 enregistré : %2</translation>
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
    <message>
        <source>Report to the Global Forum on funded activities</source>
        <translation>Rapport au Forum mondial sur les activités financées</translation>
    </message>
    <message>
        <source>DGF application: preliminary proposal</source>
        <translation>Demande au DGF : proposition préliminaire</translation>
    </message>
    <message>
        <source>DGF application: formal request</source>
        <translation>Demande au DGF : demande officielle</translation>
    </message>
    <message>
        <source>DGF Narratives…</source>
        <translation>Textes DGF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>1 DGF application narrative saved</source>
        <translation>1 texte de la demande DGF enregistré</translation>
    </message>
    <message>
        <source>%1 DGF application narratives saved</source>
        <translation>%1 textes de la demande DGF enregistrés</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Export PDF annulé ; aucun fichier n’a été écrit.</translation>
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
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
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
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Domaine d’action</translation>
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
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Data disaggregation</source>
        <translation>Ventilation des données</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>1 — Poor</source>
        <translation>1 — Insuffisant</translation>
    </message>
    <message>
        <source>2 — Fair</source>
        <translation>2 — Passable</translation>
    </message>
    <message>
        <source>3 — Good</source>
        <translation>3 — Bien</translation>
    </message>
    <message>
        <source>4 — Very good</source>
        <translation>4 — Très bien</translation>
    </message>
    <message>
        <source>5 — Excellent</source>
        <translation>5 — Excellent</translation>
    </message>
    <message>
        <source>%1: Note: say what the conflict of interest is; a declared conflict needs a note.</source>
        <translation>%1 : Note : indiquez la nature du conflit d’intérêts ; un conflit déclaré exige une note.</translation>
    </message>
    <message>
        <source>What the conflict is (required)</source>
        <translation>La nature du conflit (obligatoire)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>1 Poor, 2 Fair, 3 Good, 4 Very good, 5 Excellent</source>
        <translation>1 Insuffisant, 2 Passable, 3 Bien, 4 Très bien, 5 Excellent</translation>
    </message>
    <message>
        <source>%1
Close without saving?</source>
        <translation>%1
Fermer sans enregistrer ?</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
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
        <translation>Statut</translation>
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
        <source>Nothing new: the fund already holds this package&apos;s reviews.</source>
        <translation>Rien de nouveau : le fonds contient déjà les évaluations de ce dossier.</translation>
    </message>
    <message>
        <source>Imported the reviews of %1.</source>
        <translation>Évaluations de %1 importées.</translation>
    </message>
    <message>
        <source>Assign reviewers to proposals and record their conflicts of interest. Reviewers score offline in a review package holding only their assignments: export a package for a reviewer, and import it when it comes back.</source>
        <translation>Affectez des évaluateurs aux propositions et enregistrez leurs conflits d’intérêts. Les évaluateurs notent hors ligne dans un dossier d’évaluation qui ne contient que leurs affectations : exportez un dossier pour un évaluateur, et importez-le à son retour.</translation>
    </message>
    <message>
        <source>Assign Reviewer…</source>
        <translation>Affecter un évaluateur…</translation>
    </message>
    <message>
        <source>Declare Conflict…</source>
        <translation>Déclarer un conflit…</translation>
    </message>
    <message>
        <source>Edit Rubric…</source>
        <translation>Modifier la grille…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Imported the reviews of %1, replacing %2 recorded review(s) with the package&apos;s.</source>
        <translation>Évaluations de %1 importées ; %2 évaluation(s) enregistrée(s) remplacée(s) par celles du dossier.</translation>
    </message>
    <message>
        <source>Declare Conflict of Interest</source>
        <translation>Déclarer un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Select the assignment the declaration is about.</source>
        <translation>Sélectionnez l’affectation concernée par la déclaration.</translation>
    </message>
    <message>
        <source>Declaration of %1 on %2 recorded.</source>
        <translation>Déclaration de %1 sur %2 enregistrée.</translation>
    </message>
    <message>
        <source>Rubric saved.</source>
        <translation>Grille enregistrée.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::RubricDialog</name>
    <message>
        <source>Edit Rubric</source>
        <translation>Modifier la grille</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Appel :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Supprimer le critère</translation>
    </message>
    <message>
        <source>Scores are weighted by the criteria&apos;s weights, relative to each other. Once a review is scored or a package exported for the call, its rubric is fixed.</source>
        <translation>Les notes sont pondérées par les poids des critères, les uns par rapport aux autres. Dès qu’une évaluation est notée ou un dossier exporté pour l’appel, sa grille est figée.</translation>
    </message>
    <message>
        <source>Call: enter the call whose rubric this is</source>
        <translation>Appel : saisissez l’appel auquel cette grille s’applique</translation>
    </message>
    <message>
        <source>Criteria: a rubric needs at least one criterion</source>
        <translation>Critères : une grille doit compter au moins un critère</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Critère %1</translation>
    </message>
    <message>
        <source>%1: enter a code (e.g. relevance)</source>
        <translation>%1 : saisissez un code (p. ex. relevance)</translation>
    </message>
    <message>
        <source>%1: the code %2 is used twice</source>
        <translation>%1 : le code %2 est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1: enter what the criterion assesses</source>
        <translation>%1 : indiquez ce que le critère évalue</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to 100</source>
        <translation>%1 : le poids doit être un nombre entier de 1 à 100</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>imdp::ui::StatementLineDialog</name>
    <message>
        <source>Interest Remitted by a Partner</source>
        <translation>Intérêts reversés par un partenaire</translation>
    </message>
    <message>
        <source>Transfer to Another Fund</source>
        <translation>Transfert à un autre fonds</translation>
    </message>
    <message>
        <source>Direct Costs</source>
        <translation>Coûts directs</translation>
    </message>
    <message>
        <source>Bank Charges</source>
        <translation>Frais bancaires</translation>
    </message>
    <message>
        <source>Fee Adjustment</source>
        <translation>Ajustement de la commission</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>e.g. IMDP-26-001</source>
        <translation>p. ex. IMDP-26-001</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>P&amp;artenaire :</translation>
    </message>
    <message>
        <source>the receiving trust fund&apos;s name</source>
        <translation>le nom du fonds bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>Facturer davantage</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rembourser</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Montant (USD) :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;éférence :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif :</translation>
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
        <source>Project: give the project the interest was earned on</source>
        <translation>Projet : indiquez le projet sur lequel les intérêts ont été gagnés</translation>
    </message>
    <message>
        <source>Partner: choose the partner that remitted the interest</source>
        <translation>Partenaire : choisissez le partenaire qui a reversé les intérêts</translation>
    </message>
    <message>
        <source>Fund: give the name of the fund receiving the transfer</source>
        <translation>Fonds : indiquez le nom du fonds qui reçoit le transfert</translation>
    </message>
    <message>
        <source>Reason: say why the fee is adjusted</source>
        <translation>Motif : dites pourquoi la commission est ajustée</translation>
    </message>
    <message>
        <source>Adds %1 to what is available for allocation.</source>
        <translation>Ajoute %1 à ce qui est disponible pour allocation.</translation>
    </message>
    <message>
        <source>Takes %1 from what is available for allocation.</source>
        <translation>Retire %1 de ce qui est disponible pour allocation.</translation>
    </message>
    <message>
        <source>%1 recorded: %2</source>
        <translation>Enregistré (%1) : %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::TransferDialog</name>
    <message>
        <source>Record Transfer</source>
        <translation>Enregistrer un transfert</translation>
    </message>
    <message>
        <source>transfer order, bank</source>
        <translation>ordre de virement, banque</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>P&amp;artenaire :</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te :</translation>
    </message>
    <message>
        <source>A&amp;mount (USD):</source>
        <translation>&amp;Montant (USD) :</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Réfé&amp;rence :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>%1: allocated %2 USD, transferred %3 USD; %4 USD can still be transferred.</source>
        <translation>%1 : alloué %2 USD, transféré %3 USD ; %4 USD peuvent encore être transférés.</translation>
    </message>
    <message>
        <source>Project: choose the project</source>
        <translation>Projet : choisissez le projet</translation>
    </message>
    <message>
        <source>Partner: choose the partner receiving the tranche</source>
        <translation>Partenaire : choisissez le partenaire qui reçoit la tranche</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Transfer to %1 for %2 recorded: %3</source>
        <translation>Transfert à %1 pour %2 enregistré : %3</translation>
    </message>
</context>
<context>
    <name>imdp::ui::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>imdp::ui::WindowDialog</name>
    <message>
        <source>Open Funding Window</source>
        <translation>Ouvrir un guichet de financement</translation>
    </message>
    <message>
        <source>Edit Funding Window</source>
        <translation>Modifier le guichet de financement</translation>
    </message>
    <message>
        <source>e.g. W2008-1</source>
        <translation>p. ex. W2008-1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>facultatif, p. ex. %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
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
        <source>&amp;Opens on:</source>
        <translation>&amp;Ouvre le :</translation>
    </message>
    <message>
        <source>C&amp;loses on:</source>
        <translation>&amp;Ferme le :</translation>
    </message>
    <message>
        <source>O&amp;bjectives accepted:</source>
        <translation>O&amp;bjectifs acceptés :</translation>
    </message>
    <message>
        <source>&amp;Areas accepted:</source>
        <translation>&amp;Domaines acceptés :</translation>
    </message>
    <message>
        <source>Ceiling per &amp;proposal (USD):</source>
        <translation>Plafond par &amp;proposition (USD) :</translation>
    </message>
    <message>
        <source>Total for the &amp;window (USD):</source>
        <translation>Total du &amp;guichet (USD) :</translation>
    </message>
    <message>
        <source>No area ticked: every area is accepted. A proposal is refused at submission when the window does not accept its objectives or area, is not open that day, or when it asks more than the ceilings.</source>
        <translation>Aucun domaine coché : tous les domaines sont acceptés. Une proposition est refusée à la soumission si le guichet n’accepte pas ses objectifs ou son domaine, n’est pas ouvert ce jour-là, ou si elle demande plus que les plafonds.</translation>
    </message>
    <message>
        <source>Code: enter 1-24 capital letters, digits or dashes</source>
        <translation>Code : saisissez 1 à 24 majuscules, chiffres ou tirets</translation>
    </message>
    <message>
        <source>Title: enter the window&apos;s title</source>
        <translation>Titre : saisissez le titre du guichet</translation>
    </message>
    <message>
        <source>Closes on: before the opening date</source>
        <translation>Ferme le : avant la date d’ouverture</translation>
    </message>
    <message>
        <source>Objectives: tick at least one objective the window accepts</source>
        <translation>Objectifs : cochez au moins un objectif accepté par le guichet</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ceiling: above the window&apos;s total</source>
        <translation>Plafond : supérieur au total du guichet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk : administration des subventions du fonds PIMD.</translation>
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
        <source>The fund file, or a review package, to open.</source>
        <translation>Le fichier du fonds, ou un dossier d’évaluation, à ouvrir.</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Mode évaluation</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PdfJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>imdp::ui::VerifyDialog</name>
    <message>
        <source>Verify Fund</source>
        <translation>Vérifier le fonds</translation>
    </message>
    <message>
        <source>Checks that %1 holds together: every page of the file, the audit chain, the balances and every row written. It only reads; the fund stays usable meanwhile.</source>
        <translation>Vérifie que %1 est cohérent : chaque page du fichier, la chaîne d&apos;audit, les soldes et chaque ligne écrite. La vérification ne fait que lire ; le fonds reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>clés étrangères</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>journal balances</source>
        <translation>équilibre des écritures</translation>
    </message>
    <message>
        <source>stored balances</source>
        <translation>soldes enregistrés</translation>
    </message>
    <message>
        <source>project balances</source>
        <translation>soldes des projets</translation>
    </message>
    <message>
        <source>ledger imports</source>
        <translation>imports du grand livre</translation>
    </message>
    <message>
        <source>statement lines</source>
        <translation>lignes de relevé</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>schéma</translation>
    </message>
    <message>
        <source>audit anchor</source>
        <translation>ancrage d&apos;audit</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Check %1 of %2: %3…</source>
        <translation>Vérification %1 sur %2 : %3…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>The fund could not be verified: %1</source>
        <translation>Le fonds n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Cancelled: the checks stopped before the end, so they prove nothing either way. Nothing was changed.</source>
        <translation>Annulé : les vérifications se sont arrêtées avant la fin et ne prouvent donc rien. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: every check holds (%n audit row(s)).</source>
        <translation>
            <numerusform>Vérifié : chaque vérification est satisfaite (%n ligne d&apos;audit).</numerusform>
            <numerusform>Vérifié : chaque vérification est satisfaite (%n lignes d&apos;audit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) found problems: the file was changed outside IMDP Desk or is damaged. Keep a copy of it and restore the last good backup.</source>
        <translation>
            <numerusform>%n vérification a trouvé des problèmes : le fichier a été modifié hors d&apos;IMDP Desk ou est endommagé. Gardez-en une copie et restaurez la dernière sauvegarde saine.</numerusform>
            <numerusform>%n vérifications ont trouvé des problèmes : le fichier a été modifié hors d&apos;IMDP Desk ou est endommagé. Gardez-en une copie et restaurez la dernière sauvegarde saine.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>correct : %1</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>problèmes : %1</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Tête de la chaîne d&apos;audit : %1</translation>
    </message>
</context>
</TS>
