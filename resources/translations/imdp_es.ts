<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BoardColumn</name>
    <message>
        <source>Overdue report</source>
        <translation>Informe atrasado</translation>
    </message>
</context>
<context>
    <name>Cap</name>
    <message>
        <source>US$ %1</source>
        <translation>%1 US$</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No funding on this basis yet</source>
        <translation>Aún no hay financiación en esta base</translation>
    </message>
    <message>
        <source>The cap allows any amount from the Bank</source>
        <translation>El límite permite cualquier importe del Banco</translation>
    </message>
    <message>
        <source>No amount from other donors can restore compliance</source>
        <translation>Ningún importe de otros donantes puede restablecer el cumplimiento</translation>
    </message>
    <message>
        <source>%1 more from other donors is needed</source>
        <translation>Se necesitan %1 más de otros donantes</translation>
    </message>
    <message>
        <source>Exactly at the cap: nothing more from the Bank would comply</source>
        <translation>Exactamente en el límite: nada más del Banco cumpliría</translation>
    </message>
    <message>
        <source>%1 more from the Bank would still comply</source>
        <translation>%1 más del Banco seguirían cumpliendo</translation>
    </message>
    <message>
        <source>The DGF cap refuses this change. On the plan basis the Bank&apos;s share would be %1 (cap %2): %3 from the Bank out of %4 in total.

Before this change: %5.
After it: %6.</source>
        <translation>El límite DGF rechaza este cambio. En la base del plan, la parte del Banco sería %1 (límite %2): %3 del Banco de un total de %4.

Antes de este cambio: %5.
Después: %6.</translation>
    </message>
    <message>
        <source>Refused by the DGF cap</source>
        <translation>Rechazado por el límite DGF</translation>
    </message>
    <message>
        <source>The DGF cap could not be checked: %1</source>
        <translation>No se pudo comprobar el límite DGF: %1</translation>
    </message>
    <message>
        <source>nothing more from the Bank would comply</source>
        <translation>nada más del Banco cumpliría</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Asignación (USD)</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Afghani</source>
        <translation>afgani</translation>
    </message>
    <message>
        <source>Algerian Dinar</source>
        <translation>dinar argelino</translation>
    </message>
    <message>
        <source>Argentine Peso</source>
        <translation>peso argentino</translation>
    </message>
    <message>
        <source>Armenian Dram</source>
        <translation>dram</translation>
    </message>
    <message>
        <source>Aruban Florin</source>
        <translation>florín arubeño</translation>
    </message>
    <message>
        <source>Australian Dollar</source>
        <translation>dólar australiano</translation>
    </message>
    <message>
        <source>Azerbaijan Manat</source>
        <translation>manat azerbaiyano</translation>
    </message>
    <message>
        <source>Bahamian Dollar</source>
        <translation>dólar bahameño</translation>
    </message>
    <message>
        <source>Bahraini Dinar</source>
        <translation>dinar bareiní</translation>
    </message>
    <message>
        <source>Baht</source>
        <translation>bat</translation>
    </message>
    <message>
        <source>Balboa</source>
        <translation>balboa panameño</translation>
    </message>
    <message>
        <source>Barbados Dollar</source>
        <translation>dólar barbadense</translation>
    </message>
    <message>
        <source>Belarusian Ruble</source>
        <translation>rublo bielorruso</translation>
    </message>
    <message>
        <source>Belize Dollar</source>
        <translation>dólar beliceño</translation>
    </message>
    <message>
        <source>Bermudian Dollar</source>
        <translation>dólar bermudeño</translation>
    </message>
    <message>
        <source>Bolivar Soberano</source>
        <translation>bolívar soberano</translation>
    </message>
    <message>
        <source>Boliviano</source>
        <translation>boliviano</translation>
    </message>
    <message>
        <source>Brazilian Real</source>
        <translation>real brasileño</translation>
    </message>
    <message>
        <source>Brunei Dollar</source>
        <translation>dólar bruneano</translation>
    </message>
    <message>
        <source>Bulgarian Lev</source>
        <translation>leva búlgara</translation>
    </message>
    <message>
        <source>Burundi Franc</source>
        <translation>franco burundés</translation>
    </message>
    <message>
        <source>CFA Franc BCEAO</source>
        <translation>franco CFA de África Occidental</translation>
    </message>
    <message>
        <source>CFA Franc BEAC</source>
        <translation>franco CFA de África Central</translation>
    </message>
    <message>
        <source>CFP Franc</source>
        <translation>franco CFP</translation>
    </message>
    <message>
        <source>Cabo Verde Escudo</source>
        <translation>escudo de Cabo Verde</translation>
    </message>
    <message>
        <source>Canadian Dollar</source>
        <translation>dólar canadiense</translation>
    </message>
    <message>
        <source>Caribbean Guilder</source>
        <translation>florín caribeño</translation>
    </message>
    <message>
        <source>Cayman Islands Dollar</source>
        <translation>dólar de las Islas Caimán</translation>
    </message>
    <message>
        <source>Chilean Peso</source>
        <translation>peso chileno</translation>
    </message>
    <message>
        <source>Colombian Peso</source>
        <translation>peso colombiano</translation>
    </message>
    <message>
        <source>Comorian Franc</source>
        <translation>franco comorense</translation>
    </message>
    <message>
        <source>Congolese Franc</source>
        <translation>franco congoleño</translation>
    </message>
    <message>
        <source>Convertible Mark</source>
        <translation>marco convertible de Bosnia y Herzegovina</translation>
    </message>
    <message>
        <source>Cordoba Oro</source>
        <translation>córdoba oro</translation>
    </message>
    <message>
        <source>Costa Rican Colon</source>
        <translation>colón costarricense</translation>
    </message>
    <message>
        <source>Cuban Peso</source>
        <translation>peso cubano</translation>
    </message>
    <message>
        <source>Czech Koruna</source>
        <translation>corona checa</translation>
    </message>
    <message>
        <source>Dalasi</source>
        <translation>dalasi</translation>
    </message>
    <message>
        <source>Danish Krone</source>
        <translation>corona danesa</translation>
    </message>
    <message>
        <source>Denar</source>
        <translation>dinar macedonio</translation>
    </message>
    <message>
        <source>Djibouti Franc</source>
        <translation>franco yibutiano</translation>
    </message>
    <message>
        <source>Dobra</source>
        <translation>dobra</translation>
    </message>
    <message>
        <source>Dominican Peso</source>
        <translation>peso dominicano</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>dong</translation>
    </message>
    <message>
        <source>East Caribbean Dollar</source>
        <translation>dólar del Caribe Oriental</translation>
    </message>
    <message>
        <source>Egyptian Pound</source>
        <translation>libra egipcia</translation>
    </message>
    <message>
        <source>El Salvador Colon</source>
        <translation>colón salvadoreño</translation>
    </message>
    <message>
        <source>Ethiopian Birr</source>
        <translation>bir</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>euro</translation>
    </message>
    <message>
        <source>Falkland Islands Pound</source>
        <translation>libra malvinense</translation>
    </message>
    <message>
        <source>Fiji Dollar</source>
        <translation>dólar fiyiano</translation>
    </message>
    <message>
        <source>Forint</source>
        <translation>forinto húngaro</translation>
    </message>
    <message>
        <source>Ghana Cedi</source>
        <translation>cedi</translation>
    </message>
    <message>
        <source>Gibraltar Pound</source>
        <translation>libra gibraltareña</translation>
    </message>
    <message>
        <source>Gourde</source>
        <translation>gurde haitiano</translation>
    </message>
    <message>
        <source>Guarani</source>
        <translation>guaraní paraguayo</translation>
    </message>
    <message>
        <source>Guinean Franc</source>
        <translation>franco guineano</translation>
    </message>
    <message>
        <source>Guyana Dollar</source>
        <translation>dólar guyanés</translation>
    </message>
    <message>
        <source>Hong Kong Dollar</source>
        <translation>dólar hongkonés</translation>
    </message>
    <message>
        <source>Hryvnia</source>
        <translation>grivna</translation>
    </message>
    <message>
        <source>Iceland Krona</source>
        <translation>corona islandesa</translation>
    </message>
    <message>
        <source>Indian Rupee</source>
        <translation>rupia india</translation>
    </message>
    <message>
        <source>Iranian Rial</source>
        <translation>rial iraní</translation>
    </message>
    <message>
        <source>Iraqi Dinar</source>
        <translation>dinar iraquí</translation>
    </message>
    <message>
        <source>Jamaican Dollar</source>
        <translation>dólar jamaicano</translation>
    </message>
    <message>
        <source>Jordanian Dinar</source>
        <translation>dinar jordano</translation>
    </message>
    <message>
        <source>Kenyan Shilling</source>
        <translation>chelín keniano</translation>
    </message>
    <message>
        <source>Kina</source>
        <translation>kina</translation>
    </message>
    <message>
        <source>Kuwaiti Dinar</source>
        <translation>dinar kuwaití</translation>
    </message>
    <message>
        <source>Kwanza</source>
        <translation>kuanza</translation>
    </message>
    <message>
        <source>Kyat</source>
        <translation>kiat</translation>
    </message>
    <message>
        <source>Lao Kip</source>
        <translation>kip</translation>
    </message>
    <message>
        <source>Lari</source>
        <translation>lari</translation>
    </message>
    <message>
        <source>Lebanese Pound</source>
        <translation>libra libanesa</translation>
    </message>
    <message>
        <source>Lek</source>
        <translation>lek</translation>
    </message>
    <message>
        <source>Lempira</source>
        <translation>lempira hondureño</translation>
    </message>
    <message>
        <source>Leone</source>
        <translation>leone</translation>
    </message>
    <message>
        <source>Liberian Dollar</source>
        <translation>dólar liberiano</translation>
    </message>
    <message>
        <source>Libyan Dinar</source>
        <translation>dinar libio</translation>
    </message>
    <message>
        <source>Lilangeni</source>
        <translation>lilangeni</translation>
    </message>
    <message>
        <source>Loti</source>
        <translation>loti lesotense</translation>
    </message>
    <message>
        <source>Malagasy Ariary</source>
        <translation>ariari</translation>
    </message>
    <message>
        <source>Malawi Kwacha</source>
        <translation>kuacha malauí</translation>
    </message>
    <message>
        <source>Malaysian Ringgit</source>
        <translation>ringit</translation>
    </message>
    <message>
        <source>Mauritius Rupee</source>
        <translation>rupia mauriciana</translation>
    </message>
    <message>
        <source>Mexican Peso</source>
        <translation>peso mexicano</translation>
    </message>
    <message>
        <source>Moldovan Leu</source>
        <translation>leu moldavo</translation>
    </message>
    <message>
        <source>Moroccan Dirham</source>
        <translation>dírham marroquí</translation>
    </message>
    <message>
        <source>Mozambique Metical</source>
        <translation>metical</translation>
    </message>
    <message>
        <source>Naira</source>
        <translation>naira</translation>
    </message>
    <message>
        <source>Nakfa</source>
        <translation>nakfa</translation>
    </message>
    <message>
        <source>Namibia Dollar</source>
        <translation>dólar namibio</translation>
    </message>
    <message>
        <source>Nepalese Rupee</source>
        <translation>rupia nepalí</translation>
    </message>
    <message>
        <source>Netherlands Antillean Guilder</source>
        <translation>florín antillano</translation>
    </message>
    <message>
        <source>New Israeli Sheqel</source>
        <translation>nuevo séquel israelí</translation>
    </message>
    <message>
        <source>New Taiwan Dollar</source>
        <translation>nuevo dólar taiwanés</translation>
    </message>
    <message>
        <source>New Zealand Dollar</source>
        <translation>dólar neozelandés</translation>
    </message>
    <message>
        <source>Ngultrum</source>
        <translation>gultrum</translation>
    </message>
    <message>
        <source>North Korean Won</source>
        <translation>won norcoreano</translation>
    </message>
    <message>
        <source>Norwegian Krone</source>
        <translation>corona noruega</translation>
    </message>
    <message>
        <source>Ouguiya</source>
        <translation>uguiya</translation>
    </message>
    <message>
        <source>Pa&apos;anga</source>
        <translation>paanga</translation>
    </message>
    <message>
        <source>Pakistan Rupee</source>
        <translation>rupia pakistaní</translation>
    </message>
    <message>
        <source>Pataca</source>
        <translation>pataca de Macao</translation>
    </message>
    <message>
        <source>Peso Uruguayo</source>
        <translation>peso uruguayo</translation>
    </message>
    <message>
        <source>Philippine Peso</source>
        <translation>peso filipino</translation>
    </message>
    <message>
        <source>Pound Sterling</source>
        <translation>libra esterlina</translation>
    </message>
    <message>
        <source>Pula</source>
        <translation>pula</translation>
    </message>
    <message>
        <source>Qatari Rial</source>
        <translation>rial catarí</translation>
    </message>
    <message>
        <source>Quetzal</source>
        <translation>quetzal guatemalteco</translation>
    </message>
    <message>
        <source>Rand</source>
        <translation>rand</translation>
    </message>
    <message>
        <source>Rial Omani</source>
        <translation>rial omaní</translation>
    </message>
    <message>
        <source>Riel</source>
        <translation>riel</translation>
    </message>
    <message>
        <source>Romanian Leu</source>
        <translation>leu rumano</translation>
    </message>
    <message>
        <source>Rufiyaa</source>
        <translation>rufiya</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>rupia indonesia</translation>
    </message>
    <message>
        <source>Russian Ruble</source>
        <translation>rublo ruso</translation>
    </message>
    <message>
        <source>Rwanda Franc</source>
        <translation>franco ruandés</translation>
    </message>
    <message>
        <source>Saint Helena Pound</source>
        <translation>libra de Santa Elena</translation>
    </message>
    <message>
        <source>Saudi Riyal</source>
        <translation>rial saudí</translation>
    </message>
    <message>
        <source>Serbian Dinar</source>
        <translation>dinar serbio</translation>
    </message>
    <message>
        <source>Seychelles Rupee</source>
        <translation>rupia seychellense</translation>
    </message>
    <message>
        <source>Singapore Dollar</source>
        <translation>dólar singapurense</translation>
    </message>
    <message>
        <source>Sol</source>
        <translation>sol peruano</translation>
    </message>
    <message>
        <source>Solomon Islands Dollar</source>
        <translation>dólar salomonense</translation>
    </message>
    <message>
        <source>Som</source>
        <translation>som</translation>
    </message>
    <message>
        <source>Somali Shilling</source>
        <translation>chelín somalí</translation>
    </message>
    <message>
        <source>Somoni</source>
        <translation>somoni tayiko</translation>
    </message>
    <message>
        <source>South Sudanese Pound</source>
        <translation>libra sursudanesa</translation>
    </message>
    <message>
        <source>Sri Lanka Rupee</source>
        <translation>rupia esrilanquesa</translation>
    </message>
    <message>
        <source>Sudanese Pound</source>
        <translation>libra sudanesa</translation>
    </message>
    <message>
        <source>Surinam Dollar</source>
        <translation>dólar surinamés</translation>
    </message>
    <message>
        <source>Swedish Krona</source>
        <translation>corona sueca</translation>
    </message>
    <message>
        <source>Swiss Franc</source>
        <translation>franco suizo</translation>
    </message>
    <message>
        <source>Syrian Pound</source>
        <translation>libra siria</translation>
    </message>
    <message>
        <source>Taka</source>
        <translation>taka</translation>
    </message>
    <message>
        <source>Tala</source>
        <translation>tala</translation>
    </message>
    <message>
        <source>Tanzanian Shilling</source>
        <translation>chelín tanzano</translation>
    </message>
    <message>
        <source>Tenge</source>
        <translation>tengue kazajo</translation>
    </message>
    <message>
        <source>Trinidad and Tobago Dollar</source>
        <translation>dólar de Trinidad y Tobago</translation>
    </message>
    <message>
        <source>Tugrik</source>
        <translation>tugrik</translation>
    </message>
    <message>
        <source>Tunisian Dinar</source>
        <translation>dinar tunecino</translation>
    </message>
    <message>
        <source>Turkish Lira</source>
        <translation>lira turca</translation>
    </message>
    <message>
        <source>Turkmenistan New Manat</source>
        <translation>manat turcomano</translation>
    </message>
    <message>
        <source>UAE Dirham</source>
        <translation>dírham de los Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>US Dollar</source>
        <translation>dólar estadounidense</translation>
    </message>
    <message>
        <source>Uganda Shilling</source>
        <translation>chelín ugandés</translation>
    </message>
    <message>
        <source>Uzbekistan Sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>Vatu</source>
        <translation>vatu</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>won surcoreano</translation>
    </message>
    <message>
        <source>Yemeni Rial</source>
        <translation>rial yemení</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>yen</translation>
    </message>
    <message>
        <source>Yuan Renminbi</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Zambian Kwacha</source>
        <translation>kuacha zambiano</translation>
    </message>
    <message>
        <source>Zimbabwe Gold</source>
        <translation>oro de Zimbabue</translation>
    </message>
    <message>
        <source>Zloty</source>
        <translation>esloti</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>An officer may record it anyway with a written justification, which is kept in the audit trail and listed in dossiers.</source>
        <translation>Un responsable puede registrarlo de todos modos con una justificación escrita, que se conserva en el registro de auditoría y figura en los expedientes.</translation>
    </message>
    <message>
        <source>Record with override…</source>
        <translation>Registrar con excepción…</translation>
    </message>
    <message>
        <source>Override the DGF cap</source>
        <translation>Excepción al límite DGF</translation>
    </message>
    <message>
        <source>Written justification for recording this beyond the cap:</source>
        <translation>Justificación escrita para registrar esto por encima del límite:</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Oversight Committee, meeting %1</source>
        <translation>Comité de Supervisión, reunión %1</translation>
    </message>
    <message>
        <source>Observers&apos; edition (redacted)</source>
        <translation>Edición para observadores (censurada)</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Distribuido el %1</translation>
    </message>
    <message>
        <source>Confidential — for Committee members only</source>
        <translation>Confidencial — solo para los miembros del Comité</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <translation>Solicitado (USD)</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>Total requested</source>
        <translation>Total solicitado</translation>
    </message>
    <message>
        <source>The fund&apos;s position</source>
        <translation>Situación del fondo</translation>
    </message>
    <message>
        <source>Figures in US dollars as recorded on %1, at the rates of the day each contribution was recorded.</source>
        <translation>Cifras en dólares de los Estados Unidos registradas al %1, al tipo de cambio del día en que se registró cada contribución.</translation>
    </message>
    <message>
        <source>Sources and uses</source>
        <translation>Fuentes y usos</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Importe (USD)</translation>
    </message>
    <message>
        <source>Contributions received from donors</source>
        <translation>Contribuciones recibidas de los donantes</translation>
    </message>
    <message>
        <source>Resources received from the World Bank (DGF)</source>
        <translation>Recursos recibidos del Banco Mundial (DGF)</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Rendimientos de inversión</translation>
    </message>
    <message>
        <source>Less administrative agent fees</source>
        <translation>Menos los honorarios del agente administrativo</translation>
    </message>
    <message>
        <source>Less allocations to projects</source>
        <translation>Menos las asignaciones a proyectos</translation>
    </message>
    <message>
        <source>Available for allocation</source>
        <translation>Disponible para asignación</translation>
    </message>
    <message>
        <source>Requested at this meeting</source>
        <translation>Solicitado en esta reunión</translation>
    </message>
    <message>
        <source>Transferred to partners</source>
        <translation>Transferido a los asociados</translation>
    </message>
    <message>
        <source>Held by partners</source>
        <translation>En poder de los asociados</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Contributions by donor</source>
        <translation>Contribuciones por donante</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prospective pledges not yet signed: %1.</source>
        <translation>Compromisos previstos aún no firmados: %1.</translation>
    </message>
    <message>
        <source>The DGF cap</source>
        <translation>El tope del DGF</translation>
    </message>
    <message>
        <source>Resources from the World Bank&apos;s Development Grant Facility may not exceed %1 of the fund&apos;s total funding. The share is shown on three bases: the funding plan (every pledge not cancelled), signed pledges, and receipts.</source>
        <translation>Los recursos del Mecanismo de Donaciones para el Desarrollo del Banco Mundial no pueden superar el %1 de la financiación total del fondo. La proporción se muestra sobre tres bases: el plan de financiación (todo compromiso no cancelado), los compromisos firmados y los ingresos.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banco (DGF)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Bank headroom</source>
        <translation>Margen del Banco</translation>
    </message>
    <message>
        <source>Funding plan</source>
        <translation>Plan de financiación</translation>
    </message>
    <message>
        <source>Signed pledges</source>
        <translation>Compromisos firmados</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>above the cap</source>
        <translation>por encima del tope</translation>
    </message>
    <message>
        <source>Overrides of the cap</source>
        <translation>Excepciones al tope</translation>
    </message>
    <message>
        <source>No override of the cap has been recorded.</source>
        <translation>No se ha registrado ninguna excepción al tope.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Share after</source>
        <translation>Proporción después</translation>
    </message>
    <message>
        <source>Item %1: %2 %3</source>
        <translation>Punto %1: %2 %3</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Asociado en la ejecución</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>por designar</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Area of action</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Importe (%1)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Puntuación (1–5)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Reviewer %1</source>
        <translation>Evaluador %1</translation>
    </message>
    <message>
        <source>No completed review is recorded.</source>
        <translation>No hay ninguna evaluación completada.</translation>
    </message>
    <message>
        <source>Reviewers&apos; names and comments are withheld from this edition.</source>
        <translation>Los nombres y comentarios de los evaluadores no figuran en esta edición.</translation>
    </message>
    <message>
        <source>Secretariat recommendation</source>
        <translation>Recomendación de la secretaría</translation>
    </message>
    <message>
        <source>Decision sheet</source>
        <translation>Hoja de decisión</translation>
    </message>
    <message>
        <source>The Committee, having considered %1:</source>
        <translation>El Comité, habiendo examinado %1:</translation>
    </message>
    <message>
        <source>endorses it, allocating US$ ____________</source>
        <translation>lo aprueba y asigna US$ ____________</translation>
    </message>
    <message>
        <source>endorses it with conditions, allocating US$ ____________; conditions:</source>
        <translation>lo aprueba con condiciones y asigna US$ ____________; condiciones:</translation>
    </message>
    <message>
        <source>defers its decision</source>
        <translation>aplaza su decisión</translation>
    </message>
    <message>
        <source>rejects it</source>
        <translation>lo rechaza</translation>
    </message>
    <message>
        <source>Chair of the Committee — date</source>
        <translation>Presidencia del Comité — fecha</translation>
    </message>
    <message>
        <source>Annex: funded projects</source>
        <translation>Anexo: proyectos financiados</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Tranche</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Desembolsado el</translation>
    </message>
    <message>
        <source>not released</source>
        <translation>no desembolsado</translation>
    </message>
    <message>
        <source>No project is funded yet.</source>
        <translation>Todavía no se financia ningún proyecto.</translation>
    </message>
    <message>
        <source>Tranches</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>No tranche is scheduled.</source>
        <translation>No hay ningún tramo previsto.</translation>
    </message>
    <message>
        <source>Overdue reports</source>
        <translation>Informes atrasados</translation>
    </message>
    <message>
        <source>No report is overdue.</source>
        <translation>Ningún informe está atrasado.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <source>Dossier for decision</source>
        <translation>Expediente para decisión</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Voting members present: %1 of %2; quorum: %3 (%4).</source>
        <translation>Miembros con voto presentes: %1 de %2; quórum: %3 (%4).</translation>
    </message>
    <message>
        <source>met</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Asignación (USD)</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decisión</translation>
    </message>
    <message>
        <source>Total allocated</source>
        <translation>Total asignado</translation>
    </message>
    <message>
        <source>Secretariat — date</source>
        <translation>Secretaría — fecha</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Media ponderada</translation>
    </message>
    <message>
        <source>The reviewers disagree: their scores are %1 apart, more than the fund&apos;s %2.</source>
        <translation>Los evaluadores discrepan: sus puntuaciones distan %1, más que el umbral del fondo (%2).</translation>
    </message>
    <message>
        <source>Closing residuals waived</source>
        <translation>Saldos residuales condonados al cierre</translation>
    </message>
    <message>
        <source>By funding window</source>
        <translation>Por ventanilla de financiación</translation>
    </message>
    <message>
        <source>Funding window</source>
        <translation>Ventanilla de financiación</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No window</source>
        <translation>Sin ventanilla</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: cannot move from %2 to %3</source>
        <translation>%1: no se puede pasar de «%2» a «%3»</translation>
    </message>
    <message>
        <source>%1: cannot move from %2 to %3: %4</source>
        <translation>%1: no se puede pasar de «%2» a «%3»: %4</translation>
    </message>
    <message>
        <source>%1: refused: the Bank&apos;s share on the plan basis would be %2 (cap %3): bank %4 of total %5 USD; bank headroom before this change was %6; no amount of non-bank funding can restore compliance (an officer may override with a written justification)</source>
        <translation>%1: rechazado: la parte del Banco sobre la base del plan sería del %2 (límite %3): Banco %4 de un total de %5 USD; margen del Banco antes de este cambio: %6; ninguna financiación ajena al Banco puede restablecer el cumplimiento (un oficial puede autorizarlo con una justificación escrita)</translation>
    </message>
    <message>
        <source>%1: refused: the Bank&apos;s share on the plan basis would be %2 (cap %3): bank %4 of total %5 USD; bank headroom before this change was %6; non-bank funding needed %7 (an officer may override with a written justification)</source>
        <translation>%1: rechazado: la parte del Banco sobre la base del plan sería del %2 (límite %3): Banco %4 de un total de %5 USD; margen del Banco antes de este cambio: %6; financiación ajena al Banco necesaria: %7 (un oficial puede autorizarlo con una justificación escrita)</translation>
    </message>
    <message>
        <source>%field %1 contains %2: only digits, a leading &apos;-&apos; and &apos;%3&apos; are allowed</source>
        <translation>%field %1 contiene %2: solo se admiten cifras, un «-» inicial y «%3»</translation>
    </message>
    <message>
        <source>%field %1 contains %2: write no thousands separators, and &apos;%3&apos; for decimals</source>
        <translation>%field %1 contiene %2: no escriba separadores de miles, y «%3» para los decimales</translation>
    </message>
    <message>
        <source>%field %1 contains %2; write it like %3</source>
        <translation>%field %1 contiene %2; escríbalo como %3</translation>
    </message>
    <message>
        <source>%field %1 contains a control character</source>
        <translation>%field %1 contiene un carácter de control</translation>
    </message>
    <message>
        <source>%field %1 contains white space</source>
        <translation>%field %1 contiene un espacio</translation>
    </message>
    <message>
        <source>%field %1 has a &apos;+&apos;: only a leading &apos;-&apos; is allowed</source>
        <translation>%field %1 tiene un «+»: solo se admite un «-» inicial</translation>
    </message>
    <message>
        <source>%field %1 has a &apos;-&apos; that is not at the start</source>
        <translation>%field %1 tiene un «-» que no está al principio</translation>
    </message>
    <message>
        <source>%field %1 has a group separator after the decimal point; write it like %2</source>
        <translation>%field %1 tiene un separador de miles después de la coma decimal; escríbalo como %2</translation>
    </message>
    <message>
        <source>%field %1 has a misplaced group separator; write it like %2</source>
        <translation>%field %1 tiene un separador de miles mal colocado; escríbalo como %2</translation>
    </message>
    <message>
        <source>%field %1 has an exponent: write the number in full</source>
        <translation>%field %1 tiene un exponente: escriba el número completo</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than %2 allows (%3)</source>
        <translation>%field %1 tiene más decimales de los que admite %2 (%3)</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than a rate allows (%2)</source>
        <translation>%field %1 tiene más decimales de los que admite un tipo (%2)</translation>
    </message>
    <message>
        <source>%field %1 has more decimals than allowed (%2)</source>
        <translation>%field %1 tiene más decimales de los admitidos (%2)</translation>
    </message>
    <message>
        <source>%field %1 has more than one &apos;%2&apos;</source>
        <translation>%field %1 tiene más de un «%2»</translation>
    </message>
    <message>
        <source>%field %1 has no digit after &apos;%2&apos;</source>
        <translation>%field %1 no tiene ninguna cifra después de «%2»</translation>
    </message>
    <message>
        <source>%field %1 has no digit before &apos;%2&apos;</source>
        <translation>%field %1 no tiene ninguna cifra antes de «%2»</translation>
    </message>
    <message>
        <source>%field %1 has no digits</source>
        <translation>%field %1 no tiene ninguna cifra</translation>
    </message>
    <message>
        <source>%field %1 is too large (the limit is %2)</source>
        <translation>%field %1 es demasiado grande (el límite es %2)</translation>
    </message>
    <message>
        <source>%field %1 must be greater than zero (USD per one unit)</source>
        <translation>%field %1 debe ser mayor que cero (USD por unidad)</translation>
    </message>
    <message>
        <source>%field is empty</source>
        <translation>%field está vacío</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: is not valid text (broken UTF-16)</source>
        <translation>%1: no es un texto válido (UTF-16 dañado)</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: es obligatorio</translation>
    </message>
    <message>
        <source>%1: is longer than %2 characters</source>
        <translation>%1: tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>%1: contains an invisible character (U+%2, zero-width or byte order mark); type the name again without it</source>
        <translation>%1: contiene un carácter invisible (U+%2, de ancho cero o marca de orden de bytes); escriba de nuevo el nombre sin él</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a calendar date</source>
        <translation>%1: «%2» no es una fecha del calendario</translation>
    </message>
    <message>
        <source>%1: contains a control character</source>
        <translation>%1: contiene un carácter de control</translation>
    </message>
    <message>
        <source>%1: must be a single line</source>
        <translation>%1: debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>unknown currency code &apos;%1&apos; (an ISO 4217 code in capitals, such as USD)</source>
        <translation>código de moneda desconocido «%1» (un código ISO 4217 en mayúsculas, como USD)</translation>
    </message>
    <message>
        <source>amount is out of range (-2^63 minor units of %1)</source>
        <translation>importe fuera de rango (-2^63 unidades menores de %1)</translation>
    </message>
    <message>
        <source>cannot add %1 to %2: convert first</source>
        <translation>no se puede sumar %1 a %2: convierta primero</translation>
    </message>
    <message>
        <source>amount overflow: %1 + %2 %3 is beyond the largest amount</source>
        <translation>desbordamiento: %1 + %2 %3 supera el mayor importe</translation>
    </message>
    <message>
        <source>cannot subtract %1 from %2: convert first</source>
        <translation>no se puede restar %1 de %2: convierta primero</translation>
    </message>
    <message>
        <source>amount overflow: %1 - %2 %3 is beyond the largest amount</source>
        <translation>desbordamiento: %1 - %2 %3 supera el mayor importe</translation>
    </message>
    <message>
        <source>rate must be greater than zero, not %1</source>
        <translation>el tipo debe ser mayor que cero, no %1</translation>
    </message>
    <message>
        <source>a USD amount converts at rate 1, not %1</source>
        <translation>un importe en USD se convierte al tipo 1, no %1</translation>
    </message>
    <message>
        <source>converting %1 %2 at %3 gives more USD than an amount can hold</source>
        <translation>convertir %1 %2 al tipo %3 da más USD de los que admite un importe</translation>
    </message>
    <message>
        <source>%field %1 cannot have %2 decimals</source>
        <translation>%field %1 no puede tener %2 decimales</translation>
    </message>
    <message>
        <source>the DGF cap must be from 0 to 10000 basis points (1500 = 15.00%), got %1</source>
        <translation>el tope del DGF debe estar entre 0 y 10000 puntos básicos (1500 = 15,00 %), se recibió %1</translation>
    </message>
    <message>
        <source>bank funding must not be negative, got %1 USD</source>
        <translation>la financiación del Banco no puede ser negativa, se recibió %1 USD</translation>
    </message>
    <message>
        <source>non-bank funding must not be negative, got %1 USD</source>
        <translation>la financiación ajena al Banco no puede ser negativa, se recibió %1 USD</translation>
    </message>
    <message>
        <source>total funding too large: bank %1 + non-bank %2 USD exceeds %3 USD</source>
        <translation>financiación total demasiado grande: Banco %1 + otras fuentes %2 USD supera %3 USD</translation>
    </message>
    <message>
        <source>the DGF cap must be a whole number of basis points from 0 to 10000 (1500 = 15.00%), got &quot;%1&quot;</source>
        <translation>el tope del DGF debe ser un número entero de puntos básicos de 0 a 10000 (1500 = 15,00 %), se recibió «%1»</translation>
    </message>
    <message>
        <source>the fund&apos;s totals exceed the largest amount IMDP Desk can hold</source>
        <translation>los totales del fondo superan el mayor importe que IMDP Desk puede manejar</translation>
    </message>
    <message>
        <source>cap_bps: must be from 0 to 10000</source>
        <translation>cap_bps: debe estar entre 0 y 10000</translation>
    </message>
    <message>
        <source>amount: must be greater than zero</source>
        <translation>importe: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>date: is required</source>
        <translation>fecha: es obligatoria</translation>
    </message>
    <message>
        <source>%1: %2 USD is above what is available on %3 (%4 USD not allocated)</source>
        <translation>%1: %2 USD supera lo disponible el %3 (%4 USD sin asignar)</translation>
    </message>
    <message>
        <source>project: %1 has had no transfer to %2</source>
        <translation>proyecto: %1 no ha tenido ninguna transferencia a %2</translation>
    </message>
    <message>
        <source>fund: &apos;%1&apos; must not contain &apos;—&apos; (it separates the fund from the reference in the journal)</source>
        <translation>fondo: «%1» no debe contener «—» (separa el fondo de la referencia en el diario)</translation>
    </message>
    <message>
        <source>project: &apos;%1&apos; is not a project of the fund</source>
        <translation>proyecto: «%1» no es un proyecto del fondo</translation>
    </message>
    <message>
        <source>amount: must not be zero</source>
        <translation>importe: no debe ser cero</translation>
    </message>
    <message>
        <source>source: &apos;%1&apos; must be donor or bank</source>
        <translation>fuente: «%1» debe ser donor o bank</translation>
    </message>
    <message>
        <source>amount: %1 %2 converts to 0.00 USD at %3</source>
        <translation>importe: %1 %2 equivale a 0,00 USD al tipo %3</translation>
    </message>
    <message>
        <source>fee: &apos;%1&apos; is not a number of basis points from 0 to 10000</source>
        <translation>comisión: «%1» no es un número de puntos básicos de 0 a 10000</translation>
    </message>
    <message>
        <source>fee: tier &apos;%1&apos; must be AMOUNT=BPS or *=BPS</source>
        <translation>comisión: el tramo «%1» debe ser IMPORTE=PB o *=PB</translation>
    </message>
    <message>
        <source>fee: only the last tier may be *</source>
        <translation>comisión: solo el último tramo puede ser *</translation>
    </message>
    <message>
        <source>fee: tier bounds must be positive and increasing</source>
        <translation>comisión: los límites de los tramos deben ser positivos y crecientes</translation>
    </message>
    <message>
        <source>fee: the last tier must be *=BPS (the rest)</source>
        <translation>comisión: el último tramo debe ser *=PB (el resto)</translation>
    </message>
    <message>
        <source>fee: tiered needs at least one tier</source>
        <translation>comisión: un baremo por tramos necesita al menos un tramo</translation>
    </message>
    <message>
        <source>fee: &apos;%1&apos; must be none, flat:BPS or tiered:AMOUNT=BPS,...,*=BPS</source>
        <translation>comisión: «%1» debe ser none, flat:PB o tiered:IMPORTE=PB,...,*=PB</translation>
    </message>
    <message>
        <source>fee_bps: &apos;%1&apos; must be whole basis points from 0 to 10000</source>
        <translation>fee_bps: «%1» debe ser un número entero de puntos básicos de 0 a 10000</translation>
    </message>
    <message>
        <source>amount: is required</source>
        <translation>importe: es obligatorio</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos; must be greater than zero</source>
        <translation>importe: «%1» debe ser mayor que cero</translation>
    </message>
    <message>
        <source>usd_rate: is required</source>
        <translation>usd_rate: es obligatorio</translation>
    </message>
    <message>
        <source>usd_rate: a USD amount converts at rate 1, not %1</source>
        <translation>usd_rate: un importe en USD se convierte al tipo 1, no %1</translation>
    </message>
    <message>
        <source>instalments: &apos;%1&apos; must be DATE=AMOUNT</source>
        <translation>plazos: «%1» debe ser FECHA=IMPORTE</translation>
    </message>
    <message>
        <source>%1: the file&apos;s total in %2 is beyond the largest amount</source>
        <translation>%1: el total del archivo en %2 supera el mayor importe</translation>
    </message>
    <message>
        <source>%1: the file&apos;s fees are beyond the largest amount</source>
        <translation>%1: las comisiones del archivo superan el mayor importe</translation>
    </message>
    <message>
        <source>gmg_member: &apos;%1&apos; must be yes or no</source>
        <translation>gmg_member: «%1» debe ser yes o no</translation>
    </message>
    <message>
        <source>%1: the file&apos;s total is beyond the largest amount</source>
        <translation>%1: el total del archivo supera el mayor importe</translation>
    </message>
    <message>
        <source>import: unknown kind</source>
        <translation>importación: tipo desconocido</translation>
    </message>
    <message>
        <source>%1: the fund&apos;s totals would pass the limit of %2 USD per account; nothing was written</source>
        <translation>%1: los totales del fondo superarían el límite de %2 USD por cuenta; no se escribió nada</translation>
    </message>
    <message>
        <source>amount: %1 %2 is past the limit of %3 %2 for one amount; nothing was written</source>
        <translation>importe: %1 %2 supera el límite de %3 %2 para un importe; no se escribió nada</translation>
    </message>
    <message>
        <source>amount: the entry would post nothing (0.00 USD)</source>
        <translation>importe: el asiento no registraría nada (0,00 USD)</translation>
    </message>
    <message>
        <source>%1: internal error: a %2 entry does not balance; nothing was written</source>
        <translation>%1: error interno: un asiento %2 no cuadra; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: internal error: entry %2 does not balance as written; nothing was written</source>
        <translation>%1: error interno: el asiento %2 no cuadra tal como se escribió; no se escribió nada</translation>
    </message>
    <message>
        <source>the fund&apos;s totals are beyond the largest amount</source>
        <translation>los totales del fondo superan el mayor importe</translation>
    </message>
    <message>
        <source>%1: transfers net of refunds (%2 USD) would exceed the allocation (%3 USD)</source>
        <translation>%1: las transferencias netas de reembolsos (%2 USD) superarían la asignación (%3 USD)</translation>
    </message>
    <message>
        <source>%1: %2 would hold %3 USD, below zero</source>
        <translation>%1: %2 tendría %3 USD, por debajo de cero</translation>
    </message>
    <message>
        <source>entry: %1 does not exist</source>
        <translation>asiento: %1 no existe</translation>
    </message>
    <message>
        <source>entry %1: is itself a reversal; record the entry again instead</source>
        <translation>asiento %1: es en sí una reversión; registre de nuevo el asiento</translation>
    </message>
    <message>
        <source>entry %1: was already reversed by entry %2</source>
        <translation>asiento %1: ya fue revertido por el asiento %2</translation>
    </message>
    <message>
        <source>entry %1: the opening balances are history brought in from before the fund&apos;s records; correct them with later entries</source>
        <translation>asiento %1: los saldos de apertura son la historia anterior a los registros del fondo; corríjalos con asientos posteriores</translation>
    </message>
    <message>
        <source>entry %1: pledge entries are corrected with pledge amend or pledge cancel</source>
        <translation>asiento %1: los asientos de promesas se corrigen con pledge amend o pledge cancel</translation>
    </message>
    <message>
        <source>date: a reversal cannot be dated before the entry it reverses (%1)</source>
        <translation>fecha: una reversión no puede tener fecha anterior al asiento que revierte (%1)</translation>
    </message>
    <message>
        <source>entry %1: cannot be reversed: allocations would exceed the resources by %2 USD; release an allocation first</source>
        <translation>asiento %1: no se puede revertir: las asignaciones superarían los recursos en %2 USD; libere antes una asignación</translation>
    </message>
    <message>
        <source>%1: must be empty for a %2 row</source>
        <translation>%1: debe estar vacío en una fila %2</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; is not one of %2</source>
        <translation>tipo: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>amount_usd: is required</source>
        <translation>amount_usd: es obligatorio</translation>
    </message>
    <message>
        <source>amount_usd: &apos;%1&apos; must be greater than zero</source>
        <translation>amount_usd: «%1» debe ser mayor que cero</translation>
    </message>
    <message>
        <source>donor: is required for a %1 row</source>
        <translation>donante: es obligatorio en una fila %1</translation>
    </message>
    <message>
        <source>partner: is required for a %1 row</source>
        <translation>socio: es obligatorio en una fila %1</translation>
    </message>
    <message>
        <source>%1: the file has no opening balance</source>
        <translation>%1: el archivo no tiene saldo de apertura</translation>
    </message>
    <message>
        <source>reference: a pledge %1 already exists</source>
        <translation>referencia: ya existe una promesa %1</translation>
    </message>
    <message>
        <source>%1: the projects are allocated %2 USD more than the fund received, earned and kept after fees</source>
        <translation>%1: los proyectos tienen asignados %2 USD más de lo que el fondo recibió, ganó y conservó tras las comisiones</translation>
    </message>
    <message>
        <source>%1: the fund would hold %2 USD in cash: more was transferred than received</source>
        <translation>%1: el fondo tendría %2 USD en caja: se transfirió más de lo recibido</translation>
    </message>
    <message>
        <source>date: the opening date is required</source>
        <translation>fecha: la fecha de apertura es obligatoria</translation>
    </message>
    <message>
        <source>opening: the fund already has opening balances as of %1</source>
        <translation>apertura: el fondo ya tiene saldos de apertura al %1</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; does not exist</source>
        <translation>promesa: «%1» no existe</translation>
    </message>
    <message>
        <source>instalment: a due date is required</source>
        <translation>plazo: la fecha de vencimiento es obligatoria</translation>
    </message>
    <message>
        <source>instalment: %1: the amount must be greater than zero</source>
        <translation>plazo: %1: el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>instalment: %1 is given twice</source>
        <translation>plazo: %1 figura dos veces</translation>
    </message>
    <message>
        <source>instalment: the instalments must add up to the pledged amount</source>
        <translation>plazo: los plazos deben sumar el importe prometido</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; must be prospective, signed or cancelled</source>
        <translation>estado: «%1» debe ser prospective, signed o cancelled</translation>
    </message>
    <message>
        <source>reference: pledge &apos;%1&apos; is already recorded</source>
        <translation>referencia: la promesa «%1» ya está registrada</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: is already cancelled</source>
        <translation>promesa «%1»: ya está cancelada</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: has receipts (%2 %3 paid); amend it down to what was paid instead</source>
        <translation>promesa «%1»: tiene cobros (%2 %3 pagados); redúzcala en su lugar a lo pagado</translation>
    </message>
    <message>
        <source>pledge &apos;%1&apos;: is cancelled; record a new pledge</source>
        <translation>promesa «%1»: está cancelada; registre una nueva promesa</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; must be prospective or signed (cancel a pledge with pledge cancel)</source>
        <translation>estado: «%1» debe ser prospective o signed (cancele una promesa con pledge cancel)</translation>
    </message>
    <message>
        <source>instalment: the amount changes; give the new schedule</source>
        <translation>plazo: el importe cambia; indique el nuevo calendario</translation>
    </message>
    <message>
        <source>amount: pledge &apos;%1&apos; has %2 %3 paid; it cannot be amended below that</source>
        <translation>importe: la promesa «%1» tiene %2 %3 pagados; no puede modificarse por debajo de eso</translation>
    </message>
    <message>
        <source>usd_rate: pledge &apos;%1&apos; has receipts cleared at its rate; the rate cannot change</source>
        <translation>usd_rate: la promesa «%1» tiene cobros liquidados a su tipo; el tipo no puede cambiar</translation>
    </message>
    <message>
        <source>status: pledge &apos;%1&apos; has receipts; it stays signed</source>
        <translation>estado: la promesa «%1» tiene cobros; sigue firmada</translation>
    </message>
    <message>
        <source>position: %1 is beyond the largest amount</source>
        <translation>posición: %1 supera el mayor importe</translation>
    </message>
    <message>
        <source>at: a date is required</source>
        <translation>at: se requiere una fecha</translation>
    </message>
    <message>
        <source>position: a source&apos;s total is beyond the largest amount</source>
        <translation>posición: el total de una fuente supera el mayor importe</translation>
    </message>
    <message>
        <source>project: &apos;%1&apos; must be 2-32 capital letters, digits or dashes</source>
        <translation>proyecto: «%1» debe tener de 2 a 32 mayúsculas, cifras o guiones</translation>
    </message>
    <message>
        <source>%1: %2 USD is above what is available for allocation on %3 (%4 USD)</source>
        <translation>%1: %2 USD supera lo disponible para asignar el %3 (%4 USD)</translation>
    </message>
    <message>
        <source>%1: %2 USD is above the unspent allocation (%3 USD)</source>
        <translation>%1: %2 USD supera la asignación no gastada (%3 USD)</translation>
    </message>
    <message>
        <source>%1: a tranche of %2 USD is above what is left of the allocation (%3 USD of %4 USD)</source>
        <translation>%1: un tramo de %2 USD supera lo que queda de la asignación (%3 USD de %4 USD)</translation>
    </message>
    <message>
        <source>%1: %2 holds %3 USD for this project; %4 USD is more</source>
        <translation>%1: %2 tiene %3 USD para este proyecto; %4 USD es más</translation>
    </message>
    <message>
        <source>currency: USD is the base currency; its rate is always 1</source>
        <translation>moneda: el USD es la moneda base; su tipo es siempre 1</translation>
    </message>
    <message>
        <source>rate: %1 on %2 is already recorded</source>
        <translation>tipo: %1 el %2 ya está registrado</translation>
    </message>
    <message>
        <source>no rate recorded for %1 on or before %2</source>
        <translation>no hay tipo registrado para %1 el %2 o antes</translation>
    </message>
    <message>
        <source>reference: receipt &apos;%1&apos; is already recorded</source>
        <translation>referencia: el cobro «%1» ya está registrado</translation>
    </message>
    <message>
        <source>fee_bps: &apos;%1&apos; must be 0 to 10000 basis points</source>
        <translation>fee_bps: «%1» debe ser de 0 a 10000 puntos básicos</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is not a recorded pledge</source>
        <translation>promesa: «%1» no es una promesa registrada</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is a pledge of %2, not of %3</source>
        <translation>promesa: «%1» es una promesa de %2, no de %3</translation>
    </message>
    <message>
        <source>currency: pledge &apos;%1&apos; is in %2; a receipt against it must be too</source>
        <translation>moneda: la promesa «%1» está en %2; un cobro contra ella también debe estarlo</translation>
    </message>
    <message>
        <source>pledge: &apos;%1&apos; is %2; only a signed pledge can be paid</source>
        <translation>promesa: «%1» está %2; solo una promesa firmada puede pagarse</translation>
    </message>
    <message>
        <source>source: %1 is a Bank (DGF) source; its funding is source bank</source>
        <translation>fuente: %1 es una fuente Banco (DGF); su financiación es de fuente bank</translation>
    </message>
    <message>
        <source>source: %1 is not a Bank (DGF) organisation; its funding is source donor</source>
        <translation>fuente: %1 no es una organización Banco (DGF); su financiación es de fuente donor</translation>
    </message>
    <message>
        <source>opening: the fund has %1 journal entry dated on or before %2; opening balances come before every entry</source>
        <translation>apertura: el fondo tiene %1 asiento con fecha del %2 o anterior; los saldos de apertura van antes de todo asiento</translation>
    </message>
    <message>
        <source>opening: the fund has %1 journal entries dated on or before %2; opening balances come before every entry</source>
        <translation>apertura: el fondo tiene %1 asientos con fecha del %2 o anterior; los saldos de apertura van antes de todo asiento</translation>
    </message>
    <message>
        <source>entry %1: cannot be reversed: %2</source>
        <translation>asiento %1: no se puede revertir: %2</translation>
    </message>
    <message>
        <source>fee adjustment: %1 USD is more than the fees charged by %2 (%3 USD)</source>
        <translation>ajuste de comisión: %1 USD supera las comisiones cobradas al %2 (%3 USD)</translation>
    </message>
    <message>
        <source>fee adjustment: %1 USD is more than the fees charged (%2 USD)</source>
        <translation>ajuste de comisión: %1 USD supera las comisiones cobradas (%2 USD)</translation>
    </message>
    <message>
        <source>amount: the pledges of %1 in %2 would total %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>importe: las promesas de %1 en %2 sumarían %3 %2, por encima del límite de %4 %2 por donante y moneda; no se escribió nada</translation>
    </message>
    <message>
        <source>amount: the pledges of %1 in %2 would total more than %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>importe: las promesas de %1 en %2 sumarían más de %3 %2, por encima del límite de %4 %2 por donante y moneda; no se escribió nada</translation>
    </message>
    <message>
        <source>amount: the receipts of %1 in %2 would total %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>importe: los cobros de %1 en %2 sumarían %3 %2, por encima del límite de %4 %2 por donante y moneda; no se escribió nada</translation>
    </message>
    <message>
        <source>amount: the receipts of %1 in %2 would total more than %3 %2, past the limit of %4 %2 per donor and currency; nothing was written</source>
        <translation>importe: los cobros de %1 en %2 sumarían más de %3 %2, por encima del límite de %4 %2 por donante y moneda; no se escribió nada</translation>
    </message>
    <message>
        <source>fiscal_year_start: the month must be from 1 to 12</source>
        <translation>fiscal_year_start: el mes debe estar entre 1 y 12</translation>
    </message>
    <message>
        <source>fiscal_year_start: day %1 does not exist in month %2 every year</source>
        <translation>fiscal_year_start: el día %1 no existe todos los años en el mes %2</translation>
    </message>
    <message>
        <source>cap_bps: must be between 0 and 10000</source>
        <translation>cap_bps: debe estar entre 0 y 10000</translation>
    </message>
    <message>
        <source>%1: setting &apos;%2&apos; is missing</source>
        <translation>%1: falta el parámetro «%2»</translation>
    </message>
    <message>
        <source>organisation: #%1 is not known</source>
        <translation>organización: #%1 no es conocida</translation>
    </message>
    <message>
        <source>organisation: &apos;%1&apos; is not known</source>
        <translation>organización: «%1» no es conocida</translation>
    </message>
    <message>
        <source>name: an organisation called &apos;%1&apos; already exists</source>
        <translation>nombre: ya existe una organización llamada «%1»</translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is not an ISO 3166 alpha-2 country code</source>
        <translation>país: «%1» no es un código de país ISO 3166 alfa-2</translation>
    </message>
    <message>
        <source>iati_ref: &apos;%1&apos; is not an IATI organisation identifier (XX-..., e.g. GB-GOV-1)</source>
        <translation>iati_ref: «%1» no es un identificador de organización IATI (XX-..., p. ej. GB-GOV-1)</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address (name@domain)</source>
        <translation>correo: «%1» no es una dirección de correo electrónico (nombre@dominio)</translation>
    </message>
    <message>
        <source>organisation: %1 cannot be deleted, records refer to it (%2); retire it instead</source>
        <translation>organización: %1 no se puede eliminar, hay registros que la citan (%2); retírela en su lugar</translation>
    </message>
    <message>
        <source>duplicate: &apos;%1&apos; is not a known organisation</source>
        <translation>duplicado: «%1» no es una organización conocida</translation>
    </message>
    <message>
        <source>into: &apos;%1&apos; is not a known organisation</source>
        <translation>en: «%1» no es una organización conocida</translation>
    </message>
    <message>
        <source>duplicate: %1 was already merged into another organisation</source>
        <translation>duplicado: %1 ya se fusionó con otra organización</translation>
    </message>
    <message>
        <source>into: &apos;%1&apos; and &apos;%2&apos; are the same organisation</source>
        <translation>en: «%1» y «%2» son la misma organización</translation>
    </message>
    <message>
        <source>into: on proposal %1, reviewer %2 (%3) would review an application of their own organisation; reassign the review before merging</source>
        <translation>en: en la propuesta %1, el evaluador %2 (%3) evaluaría una solicitud de su propia organización; reasigne la evaluación antes de fusionar</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a known organisation; add it first (imdp org add, or the Organisations page)</source>
        <translation>%1: «%2» no es una organización conocida; añádala primero (imdp org add, o la página Organizaciones)</translation>
    </message>
    <message>
        <source>%1: %2 is retired and is not used on new records; bring it back first (imdp org retire --undo, or the Organisations page)</source>
        <translation>%1: %2 está retirada y no se usa en registros nuevos; restablézcala primero (imdp org retire --undo, o la página Organizaciones)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be 1-8 capital letters or digits</source>
        <translation>%1: «%2» debe tener de 1 a 8 mayúsculas o cifras</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not exist</source>
        <translation>%1: «%2» no existe</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is used by proposals or windows and is kept</source>
        <translation>%1: «%2» lo usan propuestas o convocatorias y se conserva</translation>
    </message>
    <message>
        <source>no %1 rate on or before %2 to convert the request to USD</source>
        <translation>no hay tipo %1 el %2 o antes para convertir la solicitud a USD</translation>
    </message>
    <message>
        <source>code: objective %1 already exists</source>
        <translation>código: el objetivo %1 ya existe</translation>
    </message>
    <message>
        <source>objective: &apos;%1&apos; does not exist</source>
        <translation>objetivo: «%1» no existe</translation>
    </message>
    <message>
        <source>code: action area %1 already exists</source>
        <translation>código: el ámbito de acción %1 ya existe</translation>
    </message>
    <message>
        <source>area: &apos;%1&apos; does not exist</source>
        <translation>ámbito: «%1» no existe</translation>
    </message>
    <message>
        <source>objectives: &apos;%1&apos; is not an objective of the fund (%2); list them separated by commas, e.g. %3</source>
        <translation>objetivos: «%1» no es un objetivo del fondo (%2); sepárelos con comas, p. ej. %3</translation>
    </message>
    <message>
        <source>objectives: an objective is listed twice</source>
        <translation>objetivos: un objetivo figura dos veces</translation>
    </message>
    <message>
        <source>action_area: &apos;%1&apos; is not an action area of the fund (%2)</source>
        <translation>action_area: «%1» no es un ámbito de acción del fondo (%2)</translation>
    </message>
    <message>
        <source>the window&apos;s requests exceed the largest amount</source>
        <translation>las solicitudes de la convocatoria superan el mayor importe</translation>
    </message>
    <message>
        <source>window: &apos;%1&apos; does not exist</source>
        <translation>convocatoria: «%1» no existe</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 1-24 capital letters, digits or dashes</source>
        <translation>código: «%1» debe tener de 1 a 24 mayúsculas, cifras o guiones</translation>
    </message>
    <message>
        <source>objectives: a window accepts at least one objective</source>
        <translation>objetivos: una convocatoria acepta al menos un objetivo</translation>
    </message>
    <message>
        <source>areas: an area is listed twice</source>
        <translation>ámbitos: un ámbito figura dos veces</translation>
    </message>
    <message>
        <source>to: %1 is before the opening date %2</source>
        <translation>hasta: %1 es anterior a la fecha de apertura %2</translation>
    </message>
    <message>
        <source>ceiling: must be above zero</source>
        <translation>tope: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>total: must be above zero</source>
        <translation>total: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>ceiling: %1 is above the window&apos;s total %2</source>
        <translation>tope: %1 supera el total de la convocatoria %2</translation>
    </message>
    <message>
        <source>code: a window %1 already exists</source>
        <translation>código: ya existe una convocatoria %1</translation>
    </message>
    <message>
        <source>objectives: proposal %1 of window %2 serves objective %3; keep it</source>
        <translation>objetivos: la propuesta %1 de la convocatoria %2 sirve al objetivo %3; consérvelo</translation>
    </message>
    <message>
        <source>areas: proposal %1 of window %2 is in action area %3; keep it</source>
        <translation>ámbitos: la propuesta %1 de la convocatoria %2 está en el ámbito de acción %3; consérvelo</translation>
    </message>
    <message>
        <source>window %1 does not accept objective %2 (it accepts %3)</source>
        <translation>la convocatoria %1 no acepta el objetivo %2 (acepta %3)</translation>
    </message>
    <message>
        <source>window %1 does not accept action area %2 (it accepts %3)</source>
        <translation>la convocatoria %1 no acepta el ámbito de acción %2 (acepta %3)</translation>
    </message>
    <message>
        <source>window %1 opens on %2</source>
        <translation>la convocatoria %1 abre el %2</translation>
    </message>
    <message>
        <source>window %1 closed on %2</source>
        <translation>la convocatoria %1 cerró el %2</translation>
    </message>
    <message>
        <source>the request of %1 USD is above window %2&apos;s ceiling of %3 USD</source>
        <translation>la solicitud de %1 USD supera el tope de la convocatoria %2, %3 USD</translation>
    </message>
    <message>
        <source>window %1&apos;s proposals would ask %2 USD, above its total of %3 USD</source>
        <translation>las propuestas de la convocatoria %1 pedirían %2 USD, por encima de su total de %3 USD</translation>
    </message>
    <message>
        <source>fiscal-year-start: &apos;%1&apos; must be MM-DD, e.g. 07-01</source>
        <translation>fiscal-year-start: «%1» debe ser MM-DD, p. ej. 07-01</translation>
    </message>
    <message>
        <source>cap-bps: %1 must be from 0 to 10000</source>
        <translation>cap-bps: %1 debe estar entre 0 y 10000</translation>
    </message>
    <message>
        <source>fiscal-year-start: needs both the month and the day</source>
        <translation>fiscal-year-start: necesita el mes y el día</translation>
    </message>
    <message>
        <source>iati-org-ref: &apos;%1&apos; is not an IATI organisation identifier (XX-..., e.g. XM-DAC-41301)</source>
        <translation>iati-org-ref: «%1» no es un identificador de organización IATI (XX-..., p. ej. XM-DAC-41301)</translation>
    </message>
    <message>
        <source>%1: opened read-only; the settings cannot change</source>
        <translation>%1: abierto en solo lectura; los parámetros no pueden cambiar</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; was merged into &apos;%2&apos;; use that one</source>
        <translation>nombre: «%1» se fusionó con «%2»; use esa</translation>
    </message>
    <message>
        <source>kind: %1 has pledges or receipts as a %2 source; its kind cannot change between bank and another kind (the DGF cap counts on it)</source>
        <translation>tipo: %1 tiene promesas o cobros como fuente %2; su tipo no puede cambiar entre banco y otro tipo (el tope del DGF depende de ello)</translation>
    </message>
    <message>
        <source>organisation: %1 is already retired</source>
        <translation>organización: %1 ya está retirada</translation>
    </message>
    <message>
        <source>organisation: %1 is not retired</source>
        <translation>organización: %1 no está retirada</translation>
    </message>
    <message>
        <source>into: %1 is a bank and %2 is not; the DGF cap counts bank resources apart, so they cannot be merged</source>
        <translation>en: %1 es un banco y %2 no; el tope del DGF cuenta aparte los recursos del Banco, así que no pueden fusionarse</translation>
    </message>
    <message>
        <source>agenda: the requests of the proposals on the agenda add up past the limit of %1 USD for any total; the dossier is not made</source>
        <translation>orden del día: las solicitudes de las propuestas del orden del día superan el límite de %1 USD para cualquier total; no se genera el expediente</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not one of %2</source>
        <translation>idioma: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>meeting %1: cannot %2: %3</source>
        <translation>reunión %1: no se puede %2: %3</translation>
    </message>
    <message>
        <source>proposal &apos;%1&apos; not found</source>
        <translation>propuesta «%1» no encontrada</translation>
    </message>
    <message>
        <source>meeting %1 not found</source>
        <translation>reunión %1 no encontrada</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not one of %2</source>
        <translation>estado: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>quorum: %1 must be from 0 (a majority) to 1000</source>
        <translation>quórum: %1 debe estar entre 0 (la mayoría) y 1000</translation>
    </message>
    <message>
        <source>member %1: is not a member serving on %2</source>
        <translation>miembro %1: no forma parte de %2</translation>
    </message>
    <message>
        <source>decisions: none given</source>
        <translation>decisiones: no se indicó ninguna</translation>
    </message>
    <message>
        <source>constituency: &apos;%1&apos; is not one of %2</source>
        <translation>grupo: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>role: &apos;%1&apos; is not one of %2</source>
        <translation>función: «%1» no es una de %2</translation>
    </message>
    <message>
        <source>term start: is required</source>
        <translation>inicio del mandato: es obligatorio</translation>
    </message>
    <message>
        <source>term end: %1 is before the term start %2</source>
        <translation>fin del mandato: %1 es anterior al inicio del mandato %2</translation>
    </message>
    <message>
        <source>role: %1 already chairs the Committee during that term</source>
        <translation>función: %1 ya preside el Comité durante ese mandato</translation>
    </message>
    <message>
        <source>the meeting is %1 (allowed when %2)</source>
        <translation>la reunión está %1 (se permite cuando está %2)</translation>
    </message>
    <message>
        <source>become %1</source>
        <translation>pasar a %1</translation>
    </message>
    <message>
        <source>the meeting is %1</source>
        <translation>la reunión está %1</translation>
    </message>
    <message>
        <source>issue its dossier</source>
        <translation>emitir su expediente</translation>
    </message>
    <message>
        <source>no proposal is on the agenda</source>
        <translation>no hay ninguna propuesta en el orden del día</translation>
    </message>
    <message>
        <source>be held</source>
        <translation>celebrarse</translation>
    </message>
    <message>
        <source>its date %1 is still to come</source>
        <translation>su fecha, %1, aún no ha llegado</translation>
    </message>
    <message>
        <source>%1 voting member present, quorum is %2</source>
        <translation>%1 miembro con voto presente, el quórum es %2</translation>
    </message>
    <message>
        <source>%1 voting members present, quorum is %2</source>
        <translation>%1 miembros con voto presentes, el quórum es %2</translation>
    </message>
    <message>
        <source>approve its minutes</source>
        <translation>aprobar su acta</translation>
    </message>
    <message>
        <source>no decision is recorded on %1</source>
        <translation>no hay ninguna decisión registrada sobre %1</translation>
    </message>
    <message>
        <source>put %1 on the agenda</source>
        <translation>incluir %1 en el orden del día</translation>
    </message>
    <message>
        <source>the proposal is %1 (allowed when %2)</source>
        <translation>la propuesta está %1 (se permite cuando está %2)</translation>
    </message>
    <message>
        <source>it is already on it</source>
        <translation>ya figura en él</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>registrar la asistencia</translation>
    </message>
    <message>
        <source>change its agenda</source>
        <translation>cambiar su orden del día</translation>
    </message>
    <message>
        <source>record decisions</source>
        <translation>registrar decisiones</translation>
    </message>
    <message>
        <source>record a decision on %1</source>
        <translation>registrar una decisión sobre %1</translation>
    </message>
    <message>
        <source>it is not on the agenda</source>
        <translation>no figura en el orden del día</translation>
    </message>
    <message>
        <source>the meeting already decided %1</source>
        <translation>la reunión ya decidió: %1</translation>
    </message>
    <message>
        <source>%1: encoding: is not UTF-8</source>
        <translation>%1: codificación: no es UTF-8</translation>
    </message>
    <message>
        <source>1: header: the file is empty</source>
        <translation>1: encabezado: el archivo está vacío</translation>
    </message>
    <message>
        <source>1: header: %1</source>
        <translation>1: encabezado: %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: is %2, not a regular file; a %3 is read from a file</source>
        <translation>%1: es %2, no un archivo normal; un %3 se lee de un archivo</translation>
    </message>
    <message>
        <source>%1: is larger than %2, the limit for a %3</source>
        <translation>%1: supera %2, el límite para un %3</translation>
    </message>
    <message>
        <source>the file to write is not named</source>
        <translation>el archivo que se va a escribir no tiene nombre</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
    <message>
        <source>%1: is named like a backup of a fund; an output never uses a backup&apos;s name</source>
        <translation>%1: tiene nombre de copia de seguridad de un fondo; una salida nunca usa el nombre de una copia</translation>
    </message>
    <message>
        <source>%1: cannot be examined (%2)</source>
        <translation>%1: no se puede examinar (%2)</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock (%2); an output never takes a locked name</source>
        <translation>%1: lo retiene un bloqueo de fondo (%2); una salida nunca toma un nombre bloqueado</translation>
    </message>
    <message>
        <source>%1: is the lock file of a fund; an output never replaces it</source>
        <translation>%1: es el archivo de bloqueo de un fondo; una salida nunca lo sustituye</translation>
    </message>
    <message>
        <source>%1: is the journal of a fund; an output never replaces it</source>
        <translation>%1: es el diario de un fondo; una salida nunca lo sustituye</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock (%2); an output never replaces it</source>
        <translation>%1: lo retiene un bloqueo de fondo (%2); una salida nunca lo sustituye</translation>
    </message>
    <message>
        <source>%1: is held by a fund lock; an output never replaces it</source>
        <translation>%1: lo retiene un bloqueo de fondo; una salida nunca lo sustituye</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; an output is never written through or over a link (name the file itself)</source>
        <translation>%1: es un enlace simbólico; una salida nunca se escribe a través de un enlace ni sobre él (indique el archivo mismo)</translation>
    </message>
    <message>
        <source>%1: is a folder; name the file to write</source>
        <translation>%1: es una carpeta; indique el archivo que se va a escribir</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a pipe, socket or device); an output never replaces it</source>
        <translation>%1: no es un archivo normal (tubería, socket o dispositivo); una salida nunca lo sustituye</translation>
    </message>
    <message>
        <source>%1: already exists; use --force to replace it</source>
        <translation>%1: ya existe; use --force para sustituirlo</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: is an IMDP fund file; an output never replaces a fund or a backup</source>
        <translation>%1: es un archivo de fondo IMDP; una salida nunca sustituye un fondo ni una copia de seguridad</translation>
    </message>
    <message>
        <source>%1: is an IMDP fund file (through a link); an output never replaces a fund or a backup</source>
        <translation>%1: es un archivo de fondo IMDP (a través de un enlace); una salida nunca sustituye un fondo ni una copia de seguridad</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: no se puede abrir (%2)</translation>
    </message>
    <message>
        <source>%1: the backup cannot start (%2)</source>
        <translation>%1: la copia de seguridad no puede empezar (%2)</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation>%1: la copia de seguridad falló (%2)</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file</source>
        <translation>%1: no es un archivo de fondo IMDP</translation>
    </message>
    <message>
        <source>%1: schema version %2 cannot be read by this version</source>
        <translation>%1: esta versión no puede leer la versión de esquema %2</translation>
    </message>
    <message>
        <source>%1: the file is damaged (%2)</source>
        <translation>%1: el archivo está dañado (%2)</translation>
    </message>
    <message>
        <source>%1: the file is damaged: failed the integrity check (%2)</source>
        <translation>%1: el archivo está dañado: falló la comprobación de integridad (%2)</translation>
    </message>
    <message>
        <source>%1: already exists; IMDP Desk never overwrites a file</source>
        <translation>%1: ya existe; IMDP Desk nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <source>%1: no SQLite connection to copy from</source>
        <translation>%1: no hay conexión SQLite de la que copiar</translation>
    </message>
    <message>
        <source>keep: must be from 1 to %1 backups</source>
        <translation>keep: debe estar entre 1 y %1 copias</translation>
    </message>
    <message>
        <source>every-hours: must be from 1 to %1 hours</source>
        <translation>every-hours: debe estar entre 1 y %1 horas</translation>
    </message>
    <message>
        <source>%1: opened read-only; the backup settings cannot change</source>
        <translation>%1: abierto en solo lectura; los parámetros de copia no pueden cambiar</translation>
    </message>
    <message>
        <source>%1: already exists; restore with --replace to put the copy in its place (the replaced file is kept aside)</source>
        <translation>%1: ya existe; restaure con --replace para poner la copia en su lugar (el archivo sustituido se conserva aparte)</translation>
    </message>
    <message>
        <source>%1: holds an unfinished write (%1-journal); open it once so SQLite completes the rollback, then restore</source>
        <translation>%1: contiene una escritura sin terminar (%1-journal); ábralo una vez para que SQLite complete la reversión y luego restaure</translation>
    </message>
    <message>
        <source>%1: cannot keep the replaced file aside at %2</source>
        <translation>%1: no se puede conservar aparte el archivo sustituido en %2</translation>
    </message>
    <message>
        <source>%1: is a folder, not an IMDP fund file</source>
        <translation>%1: es una carpeta, no un archivo de fondo IMDP</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a named pipe, socket or device), not an IMDP fund file</source>
        <translation>%1: no es un archivo normal (tubería con nombre, socket o dispositivo), no un archivo de fondo IMDP</translation>
    </message>
    <message>
        <source>%1; the whole command was rolled back and nothing was written</source>
        <translation>%1; se revirtió todo el comando y no se escribió nada</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver gives no SQLite connection</source>
        <translation>%1: el controlador SQLite de Qt no da ninguna conexión SQLite</translation>
    </message>
    <message>
        <source>%1: cannot register imdp_name_key (%2)</source>
        <translation>%1: no se puede registrar imdp_name_key (%2)</translation>
    </message>
    <message>
        <source>%1: the connection refused the required SQLite settings</source>
        <translation>%1: la conexión rechazó los ajustes de SQLite necesarios</translation>
    </message>
    <message>
        <source>%1: the upgrade would leave a row of %2 without its %3 row; nothing was changed</source>
        <translation>%1: la actualización dejaría una fila de %2 sin su fila %3; no se cambió nada</translation>
    </message>
    <message>
        <source>%1: foreign keys could not be turned back on</source>
        <translation>%1: no se pudieron volver a activar las claves foráneas</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file (not an SQLite database)</source>
        <translation>%1: no es un archivo de fondo IMDP (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1: not an IMDP fund file (an SQLite database of another application)</source>
        <translation>%1: no es un archivo de fondo IMDP (una base de datos SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>%1: written by a newer IMDP Desk (schema version %2; this version reads up to %3)</source>
        <translation>%1: escrito por una versión más reciente de IMDP Desk (versión de esquema %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>%1: an incomplete IMDP fund file (schema version %2)</source>
        <translation>%1: un archivo de fondo IMDP incompleto (versión de esquema %2)</translation>
    </message>
    <message>
        <source>%1: schema version %2 must be upgraded to %3; open it for writing once</source>
        <translation>%1: la versión de esquema %2 debe actualizarse a la %3; ábralo una vez para escribir</translation>
    </message>
    <message>
        <source>%1: written by a newer IMDP Desk (schema version %2)</source>
        <translation>%1: escrito por una versión más reciente de IMDP Desk (versión de esquema %2)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: no se puede crear (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be opened to flush it (%2)</source>
        <translation>%1: no se puede abrir para volcarlo al disco (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be flushed to the disk (%2)</source>
        <translation>%1: no se puede volcar al disco (%2)</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created (%2)</source>
        <translation>%1: no se puede crear la carpeta (%2)</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existe y no es una carpeta</translation>
    </message>
    <message>
        <source>%1: cannot create a file in %2 (%3)</source>
        <translation>%1: no se puede crear un archivo en %2 (%3)</translation>
    </message>
    <message>
        <source>%1: in use by another program (through another name of this file)</source>
        <translation>%1: en uso por otro programa (a través de otro nombre de este archivo)</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (%3)</source>
        <translation>%1: no se puede crear el archivo de bloqueo %2 (%3)</translation>
    </message>
    <message>
        <source>%1: locked by %2, but that program (process %3) is no longer running: the lock is stale; break it knowingly with --break-lock</source>
        <translation>%1: bloqueado por %2, pero ese programa (proceso %3) ya no se ejecuta: el bloqueo está obsoleto; rómpalo a sabiendas con --break-lock</translation>
    </message>
    <message>
        <source>%1: in use by %2</source>
        <translation>%1: en uso por %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the lock file %2 (%3)</source>
        <translation>%1: no se puede eliminar el archivo de bloqueo %2 (%3)</translation>
    </message>
    <message>
        <source>%1: in use (the lock was taken again while breaking it)</source>
        <translation>%1: en uso (el bloqueo se volvió a tomar mientras se rompía)</translation>
    </message>
    <message>
        <source>%1: the file is not open</source>
        <translation>%1: el archivo no está abierto</translation>
    </message>
    <message>
        <source>%1: internal error: not exactly one SQL statement: %2</source>
        <translation>%1: error interno: no es exactamente una instrucción SQL: %2</translation>
    </message>
    <message>
        <source>%1: internal error: %2 values bound to a statement of %3 parameters: %4</source>
        <translation>%1: error interno: %2 valores vinculados a una instrucción de %3 parámetros: %4</translation>
    </message>
    <message>
        <source>cannot watch the rows written (%1)</source>
        <translation>no se pueden seguir las filas escritas (%1)</translation>
    </message>
    <message>
        <source>table %1: rows %2 to %3 were written but cannot be read back</source>
        <translation>tabla %1: las filas %2 a %3 se escribieron pero no se pueden volver a leer</translation>
    </message>
    <message>
        <source>table %1: row %2 was written but cannot be read back</source>
        <translation>tabla %1: la fila %2 se escribió pero no se puede volver a leer</translation>
    </message>
    <message>
        <source>%1: the transaction is already finished</source>
        <translation>%1: la transacción ya terminó</translation>
    </message>
    <message>
        <source>%1: SQLite rolled the transaction back after an error; nothing was written</source>
        <translation>%1: SQLite revirtió la transacción tras un error; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: the file is open read-only</source>
        <translation>%1: el archivo está abierto en solo lectura</translation>
    </message>
    <message>
        <source>%1: cannot keep a copy before the upgrade (%2)</source>
        <translation>%1: no se puede conservar una copia antes de la actualización (%2)</translation>
    </message>
    <message>
        <source>%1: the copy did not check out (%2)</source>
        <translation>%1: la copia no superó la comprobación (%2)</translation>
    </message>
    <message>
        <source>report: &apos;%1&apos; is not a report (%2)</source>
        <translation>informe: «%1» no es un informe (%2)</translation>
    </message>
    <message>
        <source>narrative: &apos;%1&apos; is not one of %2</source>
        <translation>narrativa: «%1» no es una de %2</translation>
    </message>
    <message>
        <source>donor &apos;%1&apos; has no pledge or receipt</source>
        <translation>el donante «%1» no tiene promesas ni cobros</translation>
    </message>
    <message>
        <source>the period starts after it ends</source>
        <translation>el período empieza después de terminar</translation>
    </message>
    <message>
        <source>statement: %1 is beyond the largest amount</source>
        <translation>estado: %1 supera el mayor importe</translation>
    </message>
    <message>
        <source>from: the period starts after it ends</source>
        <translation>desde: el período empieza después de terminar</translation>
    </message>
    <message>
        <source>proposal %1: no %2 rate on or before %3 to convert its request</source>
        <translation>propuesta %1: no hay tipo %2 el %3 o antes para convertir su solicitud</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no allocation or transfer</source>
        <translation>el proyecto «%1» no tiene asignación ni transferencia</translation>
    </message>
    <message>
        <source>%1: cannot be written (cannot create %2)</source>
        <translation>%1: no se puede escribir (no se puede crear %2)</translation>
    </message>
    <message>
        <source>%1: the total is beyond the largest amount a fund can hold (the file&apos;s figures were altered; run imdp verify)</source>
        <translation>%1: el total supera el mayor importe que puede tener un fondo (las cifras del archivo se alteraron; ejecute imdp verify)</translation>
    </message>
    <message>
        <source>bank funding after this change is too large: %1 USD changed by %2</source>
        <translation>financiación del Banco demasiado grande tras este cambio: %1 USD modificado en %2</translation>
    </message>
    <message>
        <source>non-bank funding after this change is too large: %1 USD changed by %2</source>
        <translation>financiación ajena al Banco demasiado grande tras este cambio: %1 USD modificado en %2</translation>
    </message>
    <message>
        <source>bank funding cannot go below zero: %1 USD changed by %2 would leave %3</source>
        <translation>la financiación del Banco no puede quedar por debajo de cero: %1 USD modificado en %2 dejaría %3</translation>
    </message>
    <message>
        <source>non-bank funding cannot go below zero: %1 USD changed by %2 would leave %3</source>
        <translation>la financiación ajena al Banco no puede quedar por debajo de cero: %1 USD modificado en %2 dejaría %3</translation>
    </message>
    <message>
        <source>the IATI file could not be written</source>
        <translation>no se pudo escribir el archivo IATI</translation>
    </message>
    <message>
        <source>%1: the import was cancelled; nothing was written</source>
        <translation>%1: la importación se canceló; no se escribió nada</translation>
    </message>
    <message>
        <source>setting: &apos;%1&apos; is not a pipeline setting</source>
        <translation>parámetro: «%1» no es un parámetro del circuito de propuestas</translation>
    </message>
    <message>
        <source>%1: must be between %2 and %3</source>
        <translation>%1: debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>proposal: &apos;%1&apos; does not exist</source>
        <translation>propuesta: «%1» no existe</translation>
    </message>
    <message>
        <source>%1: cannot %2: %3</source>
        <translation>%1: no se puede %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>requested: must not be negative</source>
        <translation>importe solicitado: no debe ser negativo</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>moneda: «%1» no es un código ISO 4217</translation>
    </message>
    <message>
        <source>requested: %1 %2 is past the limit of %3 %2 for one amount</source>
        <translation>importe solicitado: %1 %2 supera el límite de %3 %2 para un importe</translation>
    </message>
    <message>
        <source>stage: &apos;%1&apos; must be concept or full</source>
        <translation>etapa: «%1» debe ser concept o full</translation>
    </message>
    <message>
        <source>source: &apos;%1&apos; is not one of %2</source>
        <translation>origen: «%1» no es uno de los valores %2</translation>
    </message>
    <message>
        <source>countries: &apos;%1&apos; is not an ISO 3166 alpha-2 country code</source>
        <translation>países: «%1» no es un código de país ISO 3166 alfa-2</translation>
    </message>
    <message>
        <source>countries: a country is listed twice</source>
        <translation>países: un país figura dos veces</translation>
    </message>
    <message>
        <source>end: %1 must be after the start, %2</source>
        <translation>fin: %1 debe ser posterior al inicio, %2</translation>
    </message>
    <message>
        <source>disaggregation: &apos;%1&apos; is not one of %2</source>
        <translation>desagregación: «%1» no es uno de los valores %2</translation>
    </message>
    <message>
        <source>disaggregation_other: describes &apos;other&apos;, which is not listed</source>
        <translation>otra desagregación: describe «otra», que no está marcada</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; must not be negative</source>
        <translation>presupuesto: «%1» no debe ser negativo</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; %2 %3 is past the limit of %4 %3 for one amount</source>
        <translation>presupuesto: «%1» %2 %3 supera el límite de %4 %3 para un importe</translation>
    </message>
    <message>
        <source>budget: the lines add up past the limit of %1 %2</source>
        <translation>presupuesto: las líneas suman más que el límite de %1 %2</translation>
    </message>
    <message>
        <source>window: &apos;%1&apos; is not a funding window of the fund</source>
        <translation>ventanilla: «%1» no es una ventanilla de financiación del fondo</translation>
    </message>
    <message>
        <source>recommendation: &apos;%1&apos; is not a recorded GFMD recommendation</source>
        <translation>recomendación: «%1» no es una recomendación del FMMD registrada</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 2-32 capital letters, digits or dashes</source>
        <translation>código: «%1» debe tener de 2 a 32 mayúsculas, cifras o guiones</translation>
    </message>
    <message>
        <source>code: a proposal %1 already exists</source>
        <translation>código: ya existe una propuesta %1</translation>
    </message>
    <message>
        <source>currency: changing it needs the requested amount and the budget lines in the new currency</source>
        <translation>moneda: cambiarla exige el importe solicitado y las líneas del presupuesto en la nueva moneda</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modificarla</translation>
    </message>
    <message>
        <source>a proposal in state %1 is fixed by its decision and terms of reference</source>
        <translation>una propuesta en estado «%1» queda fijada por su decisión y sus términos de referencia</translation>
    </message>
    <message>
        <source>a full proposal cannot go back to a concept note</source>
        <translation>una propuesta completa no puede volver a ser una nota conceptual</translation>
    </message>
    <message>
        <source>become a full proposal</source>
        <translation>convertirse en propuesta completa</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>action area</source>
        <translation>área de acción</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>source reference</source>
        <translation>referencia del origen</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>requested amount</source>
        <translation>importe solicitado</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>líneas del presupuesto</translation>
    </message>
    <message>
        <source>budget lines adding up to the requested amount (they add up past the limit of %1 %2)</source>
        <translation>líneas del presupuesto que sumen el importe solicitado (suman más que el límite de %1 %2)</translation>
    </message>
    <message>
        <source>budget lines adding up to the requested amount (they add up to %1 %2, %3 requested)</source>
        <translation>líneas del presupuesto que sumen el importe solicitado (suman %1 %2, se solicitan %3)</translation>
    </message>
    <message>
        <source>data disaggregation (action area A)</source>
        <translation>desagregación de los datos (área de acción A)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>expected results</source>
        <translation>resultados esperados</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a pipeline state</source>
        <translation>estado: «%1» no es un estado del circuito de propuestas</translation>
    </message>
    <message>
        <source>a concept note must become a full proposal before review</source>
        <translation>una nota conceptual debe convertirse en propuesta completa antes de la evaluación</translation>
    </message>
    <message>
        <source>the screening checklist is not completed (unanswered: %1)</source>
        <translation>la lista de control de la preselección no está completa (sin respuesta: %1)</translation>
    </message>
    <message>
        <source>the screening checklist is not met (%1); reject the proposal instead</source>
        <translation>la lista de control de la preselección no se cumple (%1); rechace la propuesta en su lugar</translation>
    </message>
    <message>
        <source>%1 completed review of the %2 required</source>
        <translation>%1 evaluación terminada de las %2 requeridas</translation>
    </message>
    <message>
        <source>%1 completed reviews of the %2 required</source>
        <translation>%1 evaluaciones terminadas de las %2 requeridas</translation>
    </message>
    <message>
        <source>no Committee decision is recorded since it became %1</source>
        <translation>no se ha registrado ninguna decisión del Comité desde que pasó a «%1»</translation>
    </message>
    <message>
        <source>the Committee decided %1 on %2</source>
        <translation>el Comité decidió «%1» el %2</translation>
    </message>
    <message>
        <source>no terms of reference are recorded</source>
        <translation>no hay términos de referencia registrados</translation>
    </message>
    <message>
        <source>the terms of reference lack %1</source>
        <translation>a los términos de referencia les falta: %1</translation>
    </message>
    <message>
        <source>the terms of reference budget %1 USD exceeds the allocation of %2 USD</source>
        <translation>el presupuesto de los términos de referencia, %1 USD, supera la asignación de %2 USD</translation>
    </message>
    <message>
        <source>no tranche has been released</source>
        <translation>no se ha liberado ningún tramo</translation>
    </message>
    <message>
        <source>no %1 is scheduled</source>
        <translation>no hay ningún «%1» previsto</translation>
    </message>
    <message>
        <source>reports not received: %1</source>
        <translation>informes no recibidos: %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 con vencimiento el %2</translation>
    </message>
    <message>
        <source>the partner still holds %1 USD unspent, above the %2 USD that may be waived; record its refund with the final financial statement</source>
        <translation>el socio aún tiene %1 USD sin gastar, por encima de los %2 USD que pueden condonarse; registre su reembolso con el estado financiero final</translation>
    </message>
    <message>
        <source>a note must say why</source>
        <translation>una nota debe indicar el motivo</translation>
    </message>
    <message>
        <source>the proposal is in state %1 (allowed in %2)</source>
        <translation>la propuesta está en estado «%1» (posible en estado: %2)</translation>
    </message>
    <message>
        <source>the proposal is in state %1</source>
        <translation>la propuesta está en estado «%1»</translation>
    </message>
    <message>
        <source>answer the checklist</source>
        <translation>responder a la lista de control</translation>
    </message>
    <message>
        <source>record a Committee decision</source>
        <translation>registrar una decisión del Comité</translation>
    </message>
    <message>
        <source>set terms of reference</source>
        <translation>fijar los términos de referencia</translation>
    </message>
    <message>
        <source>schedule a tranche</source>
        <translation>programar un tramo</translation>
    </message>
    <message>
        <source>schedule a tranche of %1 USD</source>
        <translation>programar un tramo de %1 USD</translation>
    </message>
    <message>
        <source>change tranche %1</source>
        <translation>modificar el tramo %1</translation>
    </message>
    <message>
        <source>release tranche %1</source>
        <translation>liberar el tramo %1</translation>
    </message>
    <message>
        <source>attach a document</source>
        <translation>adjuntar un documento</translation>
    </message>
    <message>
        <source>attach &apos;%1&apos;</source>
        <translation>adjuntar «%1»</translation>
    </message>
    <message>
        <source>receive report %1</source>
        <translation>recibir el informe %1</translation>
    </message>
    <message>
        <source>tranches would total %1 USD, above the allocation of %2 USD</source>
        <translation>los tramos sumarían %1 USD, por encima de la asignación de %2 USD</translation>
    </message>
    <message>
        <source>it was released on %1</source>
        <translation>se liberó el %1</translation>
    </message>
    <message>
        <source>it was already released on %1</source>
        <translation>ya se liberó el %1</translation>
    </message>
    <message>
        <source>its conditions are not marked met</source>
        <translation>sus condiciones no están marcadas como cumplidas</translation>
    </message>
    <message>
        <source>releases would total %1 USD, above the allocation of %2 USD</source>
        <translation>las liberaciones sumarían %1 USD, por encima de la asignación de %2 USD</translation>
    </message>
    <message>
        <source>the proposal has no terms of reference</source>
        <translation>la propuesta no tiene términos de referencia</translation>
    </message>
    <message>
        <source>terms of reference are not issued (the proposal is in state %1)</source>
        <translation>los términos de referencia no se han emitido (la propuesta está en estado «%1»)</translation>
    </message>
    <message>
        <source>a document of that name is attached already</source>
        <translation>ya hay un documento adjunto con ese nombre</translation>
    </message>
    <message>
        <source>it was received on %1</source>
        <translation>se recibió el %1</translation>
    </message>
    <message>
        <source>item: &apos;%1&apos; is not one of %2</source>
        <translation>punto: «%1» no es uno de los valores %2</translation>
    </message>
    <message>
        <source>decision: &apos;%1&apos; is not one of %2</source>
        <translation>decisión: «%1» no es uno de los valores %2</translation>
    </message>
    <message>
        <source>amount: an endorsement needs an amount above zero</source>
        <translation>importe: una aprobación exige un importe superior a cero</translation>
    </message>
    <message>
        <source>amount: only an endorsement carries an amount</source>
        <translation>importe: solo una aprobación lleva un importe</translation>
    </message>
    <message>
        <source>conditions: an endorsement with conditions must state them</source>
        <translation>condiciones: una aprobación con condiciones debe enunciarlas</translation>
    </message>
    <message>
        <source>conditions: use endorsed_with_conditions for an endorsement with conditions</source>
        <translation>condiciones: use endorsed_with_conditions para una aprobación con condiciones</translation>
    </message>
    <message>
        <source>budget: must not be negative</source>
        <translation>presupuesto: no debe ser negativo</translation>
    </message>
    <message>
        <source>amount: a tranche must be above zero</source>
        <translation>importe: un tramo debe ser superior a cero</translation>
    </message>
    <message>
        <source>tranche: %1 has no tranche %2</source>
        <translation>tramo: %1 no tiene tramo %2</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; must be a file name, not a path</source>
        <translation>nombre: «%1» debe ser un nombre de archivo, no una ruta</translation>
    </message>
    <message>
        <source>name: &apos;%1&apos; is not a file name</source>
        <translation>nombre: «%1» no es un nombre de archivo</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; is %2 MB, above the fund&apos;s limit of %3 MB</source>
        <translation>adjunto: «%1» ocupa %2 MB, por encima del límite del fondo de %3 MB</translation>
    </message>
    <message>
        <source>attachment: %1 has no document &apos;%2&apos;</source>
        <translation>adjunto: %1 no tiene ningún documento «%2»</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; must be recommendation or marketplace</source>
        <translation>tipo: «%1» debe ser recommendation o marketplace</translation>
    </message>
    <message>
        <source>text: is required</source>
        <translation>texto: es obligatorio</translation>
    </message>
    <message>
        <source>reference: a recommendation %1 is recorded already</source>
        <translation>referencia: ya hay registrada una recomendación %1</translation>
    </message>
    <message>
        <source>code: &apos;%1&apos; must be 1-40 lowercase letters, digits or underscores</source>
        <translation>código: «%1» debe tener de 1 a 40 minúsculas, cifras o guiones bajos</translation>
    </message>
    <message>
        <source>anchor: &apos;%1&apos; must be start, end or closing</source>
        <translation>anclaje: «%1» debe ser start, end o closing</translation>
    </message>
    <message>
        <source>months: offsets and periods must be from 0 to 120</source>
        <translation>meses: los desfases y los periodos deben ir de 0 a 120</translation>
    </message>
    <message>
        <source>every: only rules anchored on the start repeat</source>
        <translation>periodo: solo se repiten las reglas ancladas en el inicio</translation>
    </message>
    <message>
        <source>min: must not be negative</source>
        <translation>mínimo: no debe ser negativo</translation>
    </message>
    <message>
        <source>date: %1 is in the future</source>
        <translation>fecha: %1 está en el futuro</translation>
    </message>
    <message>
        <source>expenditure/refund: must not be negative</source>
        <translation>gastos/reembolso: no deben ser negativos</translation>
    </message>
    <message>
        <source>report: %1 has no outstanding report &apos;%2&apos;</source>
        <translation>informe: %1 no tiene ningún informe pendiente «%2»</translation>
    </message>
    <message>
        <source>expenditure: only a financial report declares expenditure</source>
        <translation>gastos: solo un informe financiero declara gastos</translation>
    </message>
    <message>
        <source>refund: only the final financial statement returns a balance</source>
        <translation>reembolso: solo el estado financiero final devuelve un saldo</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: posición %2: %3</translation>
    </message>
    <message>
        <source>%1: the default rubric is missing</source>
        <translation>%1: falta la rúbrica por defecto</translation>
    </message>
    <message>
        <source>rubric: needs 1 to 20 criteria</source>
        <translation>rúbrica: necesita de 1 a 20 criterios</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; must be lowercase letters, digits or _</source>
        <translation>criterio: «%1» debe tener minúsculas, cifras o _</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; appears twice</source>
        <translation>criterio: «%1» figura dos veces</translation>
    </message>
    <message>
        <source>weight: %1 of %2 must be from 1 to 100</source>
        <translation>ponderación: %1 de %2 debe ir de 1 a 100</translation>
    </message>
    <message>
        <source>call %1: cannot change the rubric: reviews were scored or packages exported against it</source>
        <translation>convocatoria %1: no se puede cambiar la rúbrica: ya se puntuaron evaluaciones o se exportaron paquetes con ella</translation>
    </message>
    <message>
        <source>%1: criterion &apos;%2&apos; is not in the rubric</source>
        <translation>%1: el criterio «%2» no está en la rúbrica</translation>
    </message>
    <message>
        <source>%1: criterion &apos;%2&apos; is scored twice</source>
        <translation>%1: el criterio «%2» se puntúa dos veces</translation>
    </message>
    <message>
        <source>%1: score %2 of %3 must be from 1 to 5</source>
        <translation>%1: la puntuación %2 de %3 debe ir de 1 a 5</translation>
    </message>
    <message>
        <source>recommendation: &apos;%1&apos; is not one of %2</source>
        <translation>recomendación: «%1» no es uno de los valores %2</translation>
    </message>
    <message>
        <source>assign %1</source>
        <translation>asignar a %1</translation>
    </message>
    <message>
        <source>the proposal is reviewed in another call</source>
        <translation>la propuesta se evalúa en otra convocatoria</translation>
    </message>
    <message>
        <source>a review was already recorded in call %1</source>
        <translation>ya se registró una evaluación en la convocatoria %1</translation>
    </message>
    <message>
        <source>conflict of interest: %1 (an officer may override with a reason)</source>
        <translation>conflicto de intereses: %1 (un oficial puede autorizarlo indicando un motivo)</translation>
    </message>
    <message>
        <source>the reviewer&apos;s organisation %1 is the applicant</source>
        <translation>la organización del evaluador, %1, es la solicitante</translation>
    </message>
    <message>
        <source>the reviewer&apos;s organisation %1 is the partner</source>
        <translation>la organización del evaluador, %1, es el socio</translation>
    </message>
    <message>
        <source>declaration: &apos;%1&apos; must be none or conflict</source>
        <translation>declaración: «%1» debe ser none o conflict</translation>
    </message>
    <message>
        <source>note: a declared conflict must say what it is</source>
        <translation>nota: un conflicto declarado debe decir en qué consiste</translation>
    </message>
    <message>
        <source>%1: %2 is not assigned to it</source>
        <translation>%1: %2 no está asignado a ella</translation>
    </message>
    <message>
        <source>%1: cannot record a review: the assignment is blocked by a conflict of interest</source>
        <translation>%1: no se puede registrar una evaluación: la asignación está bloqueada por un conflicto de intereses</translation>
    </message>
    <message>
        <source>score: %1 must be from 1 to 5</source>
        <translation>puntuación: %1 debe ir de 1 a 5</translation>
    </message>
    <message>
        <source>record a review</source>
        <translation>registrar una evaluación</translation>
    </message>
    <message>
        <source>the assignment of %1 is blocked by a conflict of interest</source>
        <translation>la asignación de %1 está bloqueada por un conflicto de intereses</translation>
    </message>
    <message>
        <source>%1: not a valid review package (%2)</source>
        <translation>%1: no es un paquete de evaluación válido (%2)</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>no IMDP review package format mark</source>
        <translation>ninguna marca de formato de paquete de evaluación IMDP</translation>
    </message>
    <message>
        <source>package version %1 is not supported</source>
        <translation>la versión de paquete %1 no es compatible</translation>
    </message>
    <message>
        <source>the package id, fund id or reviewer is missing</source>
        <translation>falta el identificador del paquete, el del fondo o el evaluador</translation>
    </message>
    <message>
        <source>%1 has no rubric</source>
        <translation>%1 no tiene rúbrica</translation>
    </message>
    <message>
        <source>a review of &apos;%1&apos;, which the package does not hold</source>
        <translation>una evaluación de «%1», que el paquete no contiene</translation>
    </message>
    <message>
        <source>declaration &apos;%1&apos;</source>
        <translation>declaración «%1»</translation>
    </message>
    <message>
        <source>the score %1 of %2 (%3) is not a whole number</source>
        <translation>la puntuación %1 de %2 (%3) no es un número entero</translation>
    </message>
    <message>
        <source>%1: refused: this review package belongs to another fund (%2)</source>
        <translation>%1: rechazado: este paquete de evaluación pertenece a otro fondo (%2)</translation>
    </message>
    <message>
        <source>%1: refused: this fund has no record of exporting this review package</source>
        <translation>%1: rechazado: este fondo no tiene constancia de haber exportado este paquete de evaluación</translation>
    </message>
    <message>
        <source>%1: refused: the package was altered outside IMDP Desk after export (content hash mismatch)</source>
        <translation>%1: rechazado: el paquete se modificó fuera de IMDP Desk después de exportarse (la huella del contenido no coincide)</translation>
    </message>
    <message>
        <source>%1: %2: a declared conflict must say what it is (the declaration has no note); nothing was imported</source>
        <translation>%1: %2: un conflicto declarado debe decir en qué consiste (la declaración no tiene nota); no se importó nada</translation>
    </message>
    <message>
        <source>%1: %2 is no longer assigned to it; nothing was imported</source>
        <translation>%1: %2 ya no está asignado a ella; no se importó nada</translation>
    </message>
    <message>
        <source>import the review of %1</source>
        <translation>importar la evaluación de %1</translation>
    </message>
    <message>
        <source>the proposal is in state %1 (allowed in %2); nothing was imported</source>
        <translation>la propuesta está en estado «%1» (posible en estado: %2); no se importó nada</translation>
    </message>
    <message>
        <source>the assignment is blocked by a conflict of interest</source>
        <translation>la asignación está bloqueada por un conflicto de intereses</translation>
    </message>
    <message>
        <source>out: the package name must end with %1</source>
        <translation>salida: el nombre del paquete debe terminar en %1</translation>
    </message>
    <message>
        <source>%1 has no assignment on a proposal in review</source>
        <translation>%1 no tiene ninguna asignación en una propuesta en evaluación</translation>
    </message>
    <message>
        <source>a different review by %1 is already recorded (%2, %3)</source>
        <translation>ya hay registrada otra evaluación de %1 (%2, %3)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>recorded in the office</source>
        <translation>registrada en la oficina</translation>
    </message>
    <message>
        <source>from a package</source>
        <translation>procedente de un paquete</translation>
    </message>
    <message>
        <source>a different conflict-of-interest declaration is recorded</source>
        <translation>hay registrada otra declaración de conflicto de intereses</translation>
    </message>
    <message>
        <source>declares a conflict of interest</source>
        <translation>declara un conflicto de intereses</translation>
    </message>
    <message>
        <source>completed review, weighted mean %1</source>
        <translation>evaluación terminada, media ponderada %1</translation>
    </message>
    <message>
        <source>unfinished review (%1 of %2 criteria)</source>
        <translation>evaluación sin terminar (%1 de %2 criterios)</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1: unknown column (expected %2)</source>
        <translation>%1: columna desconocida (se esperan: %2)</translation>
    </message>
    <message>
        <source>%1: the column is given twice</source>
        <translation>%1: la columna figura dos veces</translation>
    </message>
    <message>
        <source>%1: missing column</source>
        <translation>%1: falta la columna</translation>
    </message>
    <message>
        <source>row: has %1 fields; the header has %2</source>
        <translation>fila: tiene %1 campos; el encabezado tiene %2</translation>
    </message>
    <message>
        <source>reference: &apos;%1&apos; is also on line %2</source>
        <translation>referencia: «%1» figura también en la línea %2</translation>
    </message>
    <message>
        <source>a quote must be doubled inside a quoted field</source>
        <translation>una comilla debe duplicarse dentro de un campo entre comillas</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>una comilla dentro de un campo sin comillas (ponga todo el campo entre comillas)</translation>
    </message>
    <message>
        <source>text after the closing quote</source>
        <translation>texto después de la comilla de cierre</translation>
    </message>
    <message>
        <source>unbalanced quote: the quoted field opened on line %1 never closes</source>
        <translation>comilla sin cerrar: el campo abierto en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... y %1 más</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>%1, fila %2: remite a una fila %3 que falta</translation>
    </message>
    <message>
        <source>audit row %1: deleted (the next row present is %2)</source>
        <translation>fila de auditoría %1: eliminada (la siguiente fila presente es la %2)</translation>
    </message>
    <message>
        <source>audit row %1: inserted or replaced (it does not chain to row %2)</source>
        <translation>fila de auditoría %1: insertada o sustituida (no se encadena con la fila %2)</translation>
    </message>
    <message>
        <source>audit row %1: altered (its content no longer matches its hash)</source>
        <translation>fila de auditoría %1: alterada (su contenido ya no corresponde a su huella)</translation>
    </message>
    <message>
        <source>the schema of version %1 cannot be built to compare with</source>
        <translation>el esquema de la versión %1 no se puede construir para compararlo</translation>
    </message>
    <message>
        <source>the file&apos;s schema cannot be read: %1</source>
        <translation>no se puede leer el esquema del archivo: %1</translation>
    </message>
    <message>
        <source>%1 is missing (dropped)</source>
        <translation>%1 falta (eliminado)</translation>
    </message>
    <message>
        <source>%1 differs from schema version %2 (altered)</source>
        <translation>%1 difiere de la versión %2 del esquema (alterado)</translation>
    </message>
    <message>
        <source>%1 is not part of schema version %2 (added outside the application)</source>
        <translation>%1 no forma parte de la versión %2 del esquema (añadido fuera de la aplicación)</translation>
    </message>
    <message>
        <source>audit chain ends at row %1, but row %2 with head %3 was seen on %4 (its tail was deleted outside the application)</source>
        <translation>la cadena de auditoría termina en la fila %1, pero la fila %2 con cabeza %3 se vio el %4 (su final se eliminó fuera de la aplicación)</translation>
    </message>
    <message>
        <source>audit row %1 is not the one seen on %2 (head %3): the chain was rewritten outside the application</source>
        <translation>la fila de auditoría %1 no es la que se vio el %2 (cabeza %3): la cadena se reescribió fuera de la aplicación</translation>
    </message>
    <message>
        <source>audit row %1: its record of the rows written cannot be read</source>
        <translation>fila de auditoría %1: su registro de las filas escritas no se puede leer</translation>
    </message>
    <message>
        <source>audit row %1: its record of %2 row %3 cannot be read</source>
        <translation>fila de auditoría %1: su registro de %2, fila %3, no se puede leer</translation>
    </message>
    <message>
        <source>%1 row %2: deleted outside the application (inserted by audit row %3)</source>
        <translation>%1, fila %2: eliminada fuera de la aplicación (insertada por la fila de auditoría %3)</translation>
    </message>
    <message>
        <source>%1 row %2: audit row %3 changed it, but no audit row inserted it (inserted outside the application)</source>
        <translation>%1, fila %2: la fila de auditoría %3 la modificó, pero ninguna fila de auditoría la insertó (insertada fuera de la aplicación)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application between audit rows %3 and %4</source>
        <translation>%1, fila %2: alterada fuera de la aplicación entre las filas de auditoría %3 y %4</translation>
    </message>
    <message>
        <source>%1 row %2: inserted with no audit row (added outside the application)</source>
        <translation>%1, fila %2: insertada sin fila de auditoría (añadida fuera de la aplicación)</translation>
    </message>
    <message>
        <source>%1 row %2: deleted outside the application (last written by audit row %3)</source>
        <translation>%1, fila %2: eliminada fuera de la aplicación (escrita por última vez por la fila de auditoría %3)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application (last written by audit row %3)</source>
        <translation>%1, fila %2: alterada fuera de la aplicación (escrita por última vez por la fila de auditoría %3)</translation>
    </message>
    <message>
        <source>%1 rows %2 to %3: altered outside the application (no longer the rows audit row %4 wrote)</source>
        <translation>%1, filas %2 a %3: alteradas fuera de la aplicación (ya no son las filas que escribió la fila de auditoría %4)</translation>
    </message>
    <message>
        <source>%1 row %2: altered outside the application (written by audit row %3)</source>
        <translation>%1, fila %2: alterada fuera de la aplicación (escrita por la fila de auditoría %3)</translation>
    </message>
    <message>
        <source>%1: removed %2 temporary file(s) left by an interrupted command: %3</source>
        <translation>%1: se eliminaron %2 archivo(s) temporal(es) dejado(s) por una orden interrumpida: %3</translation>
    </message>
    <message>
        <source>%1: is on a network share (%2), where file locking is unreliable: copy it to a local disk to work on it</source>
        <translation>%1: está en un recurso compartido de red (%2), donde el bloqueo de archivos no es fiable: cópielo a un disco local para trabajar en él</translation>
    </message>
    <message>
        <source>%1; opened read-only, nothing will be written</source>
        <translation>%1; abierto en solo lectura, no se escribirá nada</translation>
    </message>
    <message>
        <source>%1: the scheduled whole-file check is running; read-only until it passes</source>
        <translation>%1: la verificación programada del archivo completo está en curso; solo lectura hasta que se supere</translation>
    </message>
    <message>
        <source>%1: failed the integrity check (%2)</source>
        <translation>%1: no superó la verificación de integridad (%2)</translation>
    </message>
    <message>
        <source>%1: failed the foreign-key check (%2 row %3 refers to a missing %4 row)</source>
        <translation>%1: no superó la verificación de claves foráneas (%2, fila %3: remite a una fila %4 que falta)</translation>
    </message>
    <message>
        <source>%1: the whole-file check was cancelled</source>
        <translation>%1: se canceló la verificación del archivo completo</translation>
    </message>
    <message>
        <source>%1: its schema differs from the one schema version %2 defines: %3 (changed outside the application; `imdp verify` lists every difference)</source>
        <translation>%1: su esquema difiere del que define la versión %2 del esquema: %3 (cambiado fuera de la aplicación; `imdp verify` enumera cada diferencia)</translation>
    </message>
    <message>
        <source>%1: its schema differs from the one schema version %2 defines: %3, and %4 more difference(s) (changed outside the application; `imdp verify` lists every difference)</source>
        <translation>%1: su esquema difiere del que define la versión %2 del esquema: %3, y %4 diferencia(s) más (cambiado fuera de la aplicación; `imdp verify` enumera cada diferencia)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>límite</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tipo de cambio</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
</context>
<context>
    <name>FundingModels</name>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Pledged (USD)</source>
        <translation>Prometido (USD)</translation>
    </message>
    <message>
        <source>Prospective (USD)</source>
        <translation>Previsto (USD)</translation>
    </message>
    <message>
        <source>Received (USD)</source>
        <translation>Recibido (USD)</translation>
    </message>
    <message>
        <source>Outstanding (USD)</source>
        <translation>Pendiente (USD)</translation>
    </message>
    <message>
        <source>In arrears (USD)</source>
        <translation>Atrasado (USD)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Fee (USD)</source>
        <translation>Comisión (USD)</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Bank (USD)</source>
        <translation>Banco (USD)</translation>
    </message>
    <message>
        <source>Other (USD)</source>
        <translation>Otros (USD)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Bank share</source>
        <translation>Parte del Banco</translation>
    </message>
    <message>
        <source>Complies</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Bank share after</source>
        <translation>Parte del Banco después</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Residual waived at financial closing</source>
        <translation>Saldo remanente condonado en el cierre financiero</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Comisión del agente administrativo</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Allocation released</source>
        <translation>Asignación liberada</translation>
    </message>
    <message>
        <source>Allocations to projects (memo)</source>
        <translation>Asignaciones a proyectos (memoria)</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Saldo en poder de los socios</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banco (DGF)</translation>
    </message>
    <message>
        <source>Bank (DGF) resources</source>
        <translation>Recursos del Banco (DGF)</translation>
    </message>
    <message>
        <source>Bank charge</source>
        <translation>Gasto bancario</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Gastos bancarios</translation>
    </message>
    <message>
        <source>Budget complete</source>
        <translation>Presupuesto completo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cash held by the trustee</source>
        <translation>Efectivo en poder del fideicomisario</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>Reuniones del Comité</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Informe de finalización</translation>
    </message>
    <message>
        <source>Contributions by donors</source>
        <translation>Contribuciones de los donantes</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>País en desarrollo</translation>
    </message>
    <message>
        <source>Direct cost</source>
        <translation>Costo directo</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Costos directos</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>No recomendar</translation>
    </message>
    <message>
        <source>Documents complete</source>
        <translation>Documentos completos</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation>Expediente distribuido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Nivel educativo</translation>
    </message>
    <message>
        <source>Eligible applicant</source>
        <translation>Solicitante admisible</translation>
    </message>
    <message>
        <source>End of the activity</source>
        <translation>Fin de la actividad</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <source>Ethnic origin</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Exchange differences</source>
        <translation>Diferencias de cambio</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Expenditure reported by partners</source>
        <translation>Gastos informados por los socios</translation>
    </message>
    <message>
        <source>Fee adjustment</source>
        <translation>Ajuste de la comisión</translation>
    </message>
    <message>
        <source>Final financial report</source>
        <translation>Informe financiero final</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Informe narrativo final</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Informe financiero</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Cerrada financieramente</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>GFMD Marketplace</source>
        <translation>Marketplace del FMMD</translation>
    </message>
    <message>
        <source>GFMD recommendation</source>
        <translation>Recomendación del FMMD</translation>
    </message>
    <message>
        <source>GMG agency</source>
        <translation>Organismo del GMG</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Interest remitted by a partner</source>
        <translation>Intereses remitidos por un socio</translation>
    </message>
    <message>
        <source>Interest remitted by partners</source>
        <translation>Intereses remitidos por los socios</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Ingresos por inversiones</translation>
    </message>
    <message>
        <source>Marketplace item</source>
        <translation>Elemento del Marketplace</translation>
    </message>
    <message>
        <source>Matches an action area</source>
        <translation>Corresponde a un área de acción</translation>
    </message>
    <message>
        <source>Matches the fund&apos;s objectives</source>
        <translation>Conforme a los objetivos del fondo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Acta aprobada</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>No duplicate funding</source>
        <translation>Sin doble financiación</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>No recomendada</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Opening balances</source>
        <translation>Saldos de apertura</translation>
    </message>
    <message>
        <source>Operational closing</source>
        <translation>Cierre operativo</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Cerrada operativamente</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Otra parte interesada</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <source>Plan (funding requested)</source>
        <translation>Plan (financiación solicitada)</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Pledge amended</source>
        <translation>Promesa modificada</translation>
    </message>
    <message>
        <source>Pledge cancelled</source>
        <translation>Promesa cancelada</translation>
    </message>
    <message>
        <source>Pledged (signed)</source>
        <translation>Prometido (firmado)</translation>
    </message>
    <message>
        <source>Pledges receivable</source>
        <translation>Promesas por cobrar</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Prospective</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Prospective pledges (memo)</source>
        <translation>Promesas previstas (memoria)</translation>
    </message>
    <message>
        <source>Prospective pledges, offset (memo)</source>
        <translation>Promesas previstas, contrapartida (memoria)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Received (paid in)</source>
        <translation>Recibido (pagado)</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recomendar</translation>
    </message>
    <message>
        <source>Recommend with changes</source>
        <translation>Recomendar con cambios</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Refunds from partners (memo)</source>
        <translation>Reembolsos de los socios (memoria)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Resources allocated, control (memo)</source>
        <translation>Recursos asignados, control (memoria)</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretaría</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Start of the activity</source>
        <translation>Inicio de la actividad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Terms of reference issued</source>
        <translation>Términos de referencia emitidos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Transfer to another fund</source>
        <translation>Transferencia a otro fondo</translation>
    </message>
    <message>
        <source>Transfers net of refunds, control (memo)</source>
        <translation>Transferencias netas de reembolsos, control (memoria)</translation>
    </message>
    <message>
        <source>Transfers to other funds</source>
        <translation>Transferencias a otros fondos</translation>
    </message>
    <message>
        <source>Transfers to partners (memo)</source>
        <translation>Transferencias a socios (memoria)</translation>
    </message>
    <message>
        <source>UN / international agency</source>
        <translation>Organismo de las Naciones Unidas / internacional</translation>
    </message>
    <message>
        <source>UN regional commission</source>
        <translation>Comisión regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Under implementation</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>declarado: %1</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>señalada: %1</translation>
    </message>
    <message>
        <source>flagged: %1; overridden: %2</source>
        <translation>señalada: %1; exceptuada: %2</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>ninguno declarado</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <source>Information, research and analysis</source>
        <translation>Información, investigación y análisis</translation>
    </message>
    <message>
        <source>Capacity to assess and manage</source>
        <translation>Capacidad de evaluación y gestión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IMDP funds (*.imdp);;All files (*)</source>
        <translation>Fondos IMDP (*.imdp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>GMG member</source>
        <translation>Miembro del GMG</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
</context>
<context>
    <name>PipelineModels</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Importe (USD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Conditions met</source>
        <translation>Condiciones cumplidas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido el %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 members, %2 voting</source>
        <translation>%1 miembros, %2 con voto</translation>
    </message>
    <message>
        <source>%1 of %2 acted on</source>
        <translation>%1 de %2 atendidas</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organizaciones</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 proyectos</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 informes</translation>
    </message>
    <message>
        <source>%1 rules</source>
        <translation>%1 reglas</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 etapas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>A project answering several recommendations is counted, with its allocation, under each of them, so this table adds up to more than the funded activities.</source>
        <translation>Un proyecto que responde a varias recomendaciones se cuenta, con su asignación, en cada una de ellas, por lo que esta tabla suma más que las actividades financiadas.</translation>
    </message>
    <message>
        <source>A proposal serving several objectives is counted under each of them, so the objective table adds up to more than the number of proposals. Requested amounts in other currencies are converted at the latest recorded rate.</source>
        <translation>Una propuesta que sirve a varios objetivos se cuenta en cada uno de ellos, por lo que la tabla por objetivo suma más que el número de propuestas. Los importes solicitados en otras monedas se convierten al último tipo registrado.</translation>
    </message>
    <message>
        <source>A. Information, research and analysis</source>
        <translation>A. Información, investigación y análisis</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>Administrative agent</source>
        <translation>Agente administrativo</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Comisión del agente administrativo</translation>
    </message>
    <message>
        <source>Administrative agent fees</source>
        <translation>Comisión del agente administrativo</translation>
    </message>
    <message>
        <source>Allocated (USD)</source>
        <translation>Asignado (USD)</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Importe (USD)</translation>
    </message>
    <message>
        <source>Amounts in US dollars, from the journal. Reports due: the reporting obligations falling due on or before the date; overdue: due before it and not received by then.</source>
        <translation>Importes en dólares de los Estados Unidos, tomados del diario. Informes exigibles: las obligaciones de informe vencidas en la fecha o antes; atrasados: vencidos antes de esa fecha y no recibidos en ella.</translation>
    </message>
    <message>
        <source>As a percentage of deposits</source>
        <translation>Como porcentaje de los depósitos</translation>
    </message>
    <message>
        <source>As a percentage of transfers</source>
        <translation>Como porcentaje de las transferencias</translation>
    </message>
    <message>
        <source>As at</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>B. Capacity to assess and manage</source>
        <translation>B. Capacidad de evaluación y gestión</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Saldo en poder de los socios</translation>
    </message>
    <message>
        <source>Balance with partners</source>
        <translation>Saldo en poder de los socios</translation>
    </message>
    <message>
        <source>Balance with the administrative agent</source>
        <translation>Saldo en poder del agente administrativo</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Bank charges</source>
        <translation>Gastos bancarios</translation>
    </message>
    <message>
        <source>Bank resources (DGF)</source>
        <translation>Recursos del Banco (DGF)</translation>
    </message>
    <message>
        <source>Bank resources (DGF): %1</source>
        <translation>Recursos del Banco (DGF): %1</translation>
    </message>
    <message>
        <source>Bank resources and the cap</source>
        <translation>Recursos del Banco y límite</translation>
    </message>
    <message>
        <source>Bank share</source>
        <translation>Parte del Banco</translation>
    </message>
    <message>
        <source>Both parts, with the cap table</source>
        <translation>Ambas partes, con el cuadro del límite</translation>
    </message>
    <message>
        <source>By action area</source>
        <translation>Por área de acción</translation>
    </message>
    <message>
        <source>By funding window</source>
        <translation>Por ventanilla de financiación</translation>
    </message>
    <message>
        <source>By objective</source>
        <translation>Por objetivo</translation>
    </message>
    <message>
        <source>By partner</source>
        <translation>Por socio</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Por proyecto</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Por origen</translation>
    </message>
    <message>
        <source>By state</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Capacity building</source>
        <translation>Fortalecimiento de capacidades</translation>
    </message>
    <message>
        <source>Closing balance held by the fund</source>
        <translation>Saldo final del fondo</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Grupo representado</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Contributions by donor</source>
        <translation>Contribuciones por donante</translation>
    </message>
    <message>
        <source>Contributions from donors</source>
        <translation>Contribuciones de los donantes</translation>
    </message>
    <message>
        <source>Contributions: %1</source>
        <translation>Contribuciones: %1</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <source>Cumulative to the end of the period. Delivery rate: expenditure as a share of transfers.</source>
        <translation>Acumulado al final del período. Tasa de ejecución: gastos como porcentaje de las transferencias.</translation>
    </message>
    <message>
        <source>DGF application: formal request</source>
        <translation>Solicitud al DGF: solicitud formal</translation>
    </message>
    <message>
        <source>DGF application: preliminary proposal</source>
        <translation>Solicitud al DGF: propuesta preliminar</translation>
    </message>
    <message>
        <source>DGF partners</source>
        <translation>Socios del DGF</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Huella de los datos</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Tasa de ejecución</translation>
    </message>
    <message>
        <source>Direct costs</source>
        <translation>Costos directos</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Donor statement</source>
        <translation>Estado por donante</translation>
    </message>
    <message>
        <source>Donors other than the Bank with a pledge that is not cancelled, in US dollars at the pledges&apos; recorded rates.</source>
        <translation>Donantes distintos del Banco con un compromiso no anulado, en dólares de los Estados Unidos a los tipos registrados de los compromisos.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Each project&apos;s transfers net of refunds are attributed to donors in proportion to what each donor paid in up to the date, in cents; the cents left over go to the largest remainders, so each project&apos;s column adds up exactly to its net transfers.</source>
        <translation>Las transferencias netas de reembolsos de cada proyecto se atribuyen a los donantes en proporción a lo que cada uno aportó hasta la fecha, al centavo; los centavos sobrantes van a los mayores restos, de modo que cada proyecto suma exactamente sus transferencias netas.</translation>
    </message>
    <message>
        <source>Each proposal needs %1 completed reviews against this rubric before it can be recommended to the Committee; reviews of one proposal whose means differ by more than %2 points are flagged.</source>
        <translation>Cada propuesta necesita %1 evaluaciones completas con esta rúbrica antes de poder recomendarse al Comité; se señalan las evaluaciones de una misma propuesta cuyas medias difieren en más de %2 puntos.</translation>
    </message>
    <message>
        <source>Early December %1</source>
        <translation>Principios de diciembre de %1</translation>
    </message>
    <message>
        <source>Evaluation mechanisms</source>
        <translation>Mecanismos de evaluación</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Expenditure reported</source>
        <translation>Gastos notificados</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Follow-up of GFMD recommendations</source>
        <translation>Seguimiento de las recomendaciones del FMMD</translation>
    </message>
    <message>
        <source>Formal request</source>
        <translation>Solicitud formal</translation>
    </message>
    <message>
        <source>From an allocation of</source>
        <translation>A partir de una asignación de</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Fund earned interest and investment income</source>
        <translation>Intereses e ingresos de inversión del fondo</translation>
    </message>
    <message>
        <source>Funded activities</source>
        <translation>Actividades financiadas</translation>
    </message>
    <message>
        <source>Funded projects</source>
        <translation>Proyectos financiados</translation>
    </message>
    <message>
        <source>Funding requested: every pledge not cancelled, prospective ones included, at its recorded rate, by fiscal year of its date. The Bank&apos;s resources may not exceed the cap: 10000 × bank ≤ cap × total, in whole cents. The share is rounded down to 0.01%.</source>
        <translation>Financiación solicitada: todos los compromisos no anulados, incluidos los previstos, al tipo registrado, por ejercicio de su fecha. Los recursos del Banco no pueden superar el límite: 10000 × Banco ≤ límite × total, en centavos enteros. La parte se redondea a 0,01 % por defecto.</translation>
    </message>
    <message>
        <source>Funding window</source>
        <translation>Ventanilla de financiación</translation>
    </message>
    <message>
        <source>Funds and results</source>
        <translation>Fondos y resultados</translation>
    </message>
    <message>
        <source>GFMD recommendations answered</source>
        <translation>Recomendaciones del FMMD atendidas</translation>
    </message>
    <message>
        <source>GMG member</source>
        <translation>Miembro del GMG</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Elaborado el</translation>
    </message>
    <message>
        <source>Governance structure</source>
        <translation>Estructura de gobernanza</translation>
    </message>
    <message>
        <source>Governance structure: Oversight Committee and evaluation mechanisms</source>
        <translation>Estructura de gobernanza: Comité de Supervisión y mecanismos de evaluación</translation>
    </message>
    <message>
        <source>Held by partner</source>
        <translation>En poder del socio</translation>
    </message>
    <message>
        <source>In arrears</source>
        <translation>En mora</translation>
    </message>
    <message>
        <source>Instalments in arrears</source>
        <translation>Cuotas en mora</translation>
    </message>
    <message>
        <source>Interest income received from partners</source>
        <translation>Intereses recibidos de los socios</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Ingresos por inversiones</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>March to May %1</source>
        <translation>De marzo a mayo de %1</translation>
    </message>
    <message>
        <source>Members of the Global Migration Group and the organisations named as implementing partner of a proposal (withdrawn ones aside).</source>
        <translation>Miembros del Grupo Mundial sobre Migración y organizaciones designadas como socio de ejecución de una propuesta (salvo las retiradas).</translation>
    </message>
    <message>
        <source>Mid-January %1</source>
        <translation>Mediados de enero de %1</translation>
    </message>
    <message>
        <source>Months after</source>
        <translation>Meses después</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next GFMD meeting</source>
        <translation>Próxima reunión del FMMD</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No report has been received yet.</source>
        <translation>Todavía no se ha recibido ningún informe.</translation>
    </message>
    <message>
        <source>Not yet released</source>
        <translation>Aún no desembolsado</translation>
    </message>
    <message>
        <source>Not yet transferred</source>
        <translation>Aún no transferido</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Opening balance held by the fund</source>
        <translation>Saldo inicial del fondo</translation>
    </message>
    <message>
        <source>Opening balances as of %1</source>
        <translation>Saldos de apertura al %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Other cash movements</source>
        <translation>Otros movimientos de caja</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Otra financiación</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Over the period, balances are the period&apos;s net movement; cumulatively, the balances held. Expenditure reported includes residuals waived at financial closing. Each percentage is rounded once to 0.1%, half away from zero.</source>
        <translation>En el período, los saldos son el movimiento neto del período; en acumulado, los saldos mantenidos. Los gastos notificados incluyen los remanentes condonados en el cierre financiero. Cada porcentaje se redondea una sola vez a 0,1 %, al más cercano (los medios alejándose de cero).</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Oversight Committee</source>
        <translation>Comité de Supervisión</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Partners report against these rules; the fund tracks each report&apos;s due date and receipt. Every (months) 0: once.</source>
        <translation>Los socios informan según estas reglas; el fondo sigue el vencimiento y la recepción de cada informe. Luego cada (meses) 0: una sola vez.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Period: %1. Cumulative: from the fund&apos;s first entry to %2.</source>
        <translation>Período: %1. Acumulado: desde el primer asiento del fondo hasta el %2.</translation>
    </message>
    <message>
        <source>Pipeline report</source>
        <translation>Informe de propuestas</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <source>Policy coherence</source>
        <translation>Coherencia de políticas</translation>
    </message>
    <message>
        <source>Potential donors</source>
        <translation>Donantes potenciales</translation>
    </message>
    <message>
        <source>Potential donors, DGF partners, substantive basis</source>
        <translation>Donantes potenciales, socios del DGF, fundamento de la propuesta</translation>
    </message>
    <message>
        <source>Preliminary proposal</source>
        <translation>Propuesta preliminar</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project financial summary</source>
        <translation>Resumen financiero de proyectos</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Projects the Oversight Committee has endorsed, in their state today. Countries are ISO 3166 codes.</source>
        <translation>Proyectos aprobados por el Comité de Supervisión, en su estado actual. Los países se indican con su código ISO 3166.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Prospective pledges</source>
        <translation>Compromisos previstos</translation>
    </message>
    <message>
        <source>Quorum: %1 voting members.</source>
        <translation>Quórum: %1 miembros con voto.</translation>
    </message>
    <message>
        <source>Quorum: a majority of the voting members.</source>
        <translation>Quórum: la mayoría de los miembros con voto.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Recommendations acted on</source>
        <translation>Recomendaciones atendidas</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Refunds from partners</source>
        <translation>Reembolsos de los socios</translation>
    </message>
    <message>
        <source>Refunds received from partners</source>
        <translation>Reembolsos recibidos de los socios</translation>
    </message>
    <message>
        <source>Refunds to the fund</source>
        <translation>Reembolsos al fondo</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report on results</source>
        <translation>Informe sobre los resultados</translation>
    </message>
    <message>
        <source>Report to the Global Forum on funded activities</source>
        <translation>Informe al Foro Mundial sobre las actividades financiadas</translation>
    </message>
    <message>
        <source>Reporting obligations</source>
        <translation>Obligaciones de informe</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Informes exigibles</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Informes recibidos</translation>
    </message>
    <message>
        <source>Requested (USD)</source>
        <translation>Solicitado (USD)</translation>
    </message>
    <message>
        <source>Residual waived</source>
        <translation>Saldo residual condonado</translation>
    </message>
    <message>
        <source>Results of the funded activities</source>
        <translation>Resultados de las actividades financiadas</translation>
    </message>
    <message>
        <source>Results reported</source>
        <translation>Resultados comunicados</translation>
    </message>
    <message>
        <source>Review by the World Bank</source>
        <translation>Examen por el Banco Mundial</translation>
    </message>
    <message>
        <source>Review criterion</source>
        <translation>Criterio de evaluación</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Signed pledges</source>
        <translation>Compromisos firmados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Origen y aplicación de fondos</translation>
    </message>
    <message>
        <source>Sources are shown as a share of total sources (deposits), uses as a share of total uses (transfers and fees). Each percentage is rounded once to 0.01%, half away from zero, so a column may add up to 99.99% or 100.01%.</source>
        <translation>Los orígenes se expresan como parte del total de orígenes (depósitos), las aplicaciones como parte del total de aplicaciones (transferencias y comisiones). Cada porcentaje se redondea una vez a 0,01 %, al más próximo (0,005 hacia arriba); una columna puede sumar 99,99 % o 100,01 %.</translation>
    </message>
    <message>
        <source>Sources of funds</source>
        <translation>Fuentes de los fondos</translation>
    </message>
    <message>
        <source>Sources, uses and balance of funds</source>
        <translation>Fuentes, usos y saldo de los fondos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Sub-total transfers</source>
        <translation>Subtotal de transferencias</translation>
    </message>
    <message>
        <source>Substantive basis</source>
        <translation>Fundamento de la propuesta</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Then every (months)</source>
        <translation>Luego cada (meses)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total balance of funds</source>
        <translation>Saldo total de los fondos</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total de gastos</translation>
    </message>
    <message>
        <source>Total funding requested</source>
        <translation>Financiación total solicitada</translation>
    </message>
    <message>
        <source>Total resources</source>
        <translation>Total de recursos</translation>
    </message>
    <message>
        <source>Total sources</source>
        <translation>Total de orígenes</translation>
    </message>
    <message>
        <source>Total sources of funds</source>
        <translation>Total de fuentes</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>Total de aplicaciones</translation>
    </message>
    <message>
        <source>Total uses of funds</source>
        <translation>Total de usos</translation>
    </message>
    <message>
        <source>Transfer to %1 for %2</source>
        <translation>Transferencia a %1 para %2</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Transfers received</source>
        <translation>Transferencias recibidas</translation>
    </message>
    <message>
        <source>Transfers to other funds</source>
        <translation>Transferencias a otros fondos</translation>
    </message>
    <message>
        <source>Transfers to partners</source>
        <translation>Transferencias a los socios</translation>
    </message>
    <message>
        <source>Use of funds</source>
        <translation>Uso de los fondos</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <source>What it contains</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>Contenido del informe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where the money went</source>
        <translation>Destino de las contribuciones</translation>
    </message>
    <message>
        <source>Whole fund</source>
        <translation>Todo el fondo</translation>
    </message>
    <message>
        <source>Within the cap</source>
        <translation>Dentro del límite</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>[NOT YET WRITTEN] The secretariat has not written this text. Record it with: imdp dgf text FILE %1 --file TEXT.txt</source>
        <translation>[AÚN NO REDACTADO] La secretaría aún no ha redactado este texto. Regístrelo con: imdp dgf text ARCHIVO %1 --file TEXTO.txt</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesas de contribución</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Each receipt in US dollars at the rate of the day it was received.</source>
        <translation>Cada ingreso en dólares de los Estados Unidos al tipo del día en que se recibió.</translation>
    </message>
    <message>
        <source>Instalment schedule</source>
        <translation>Calendario de plazos</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Pledges and their instalments in US dollars at the pledge&apos;s rate.</source>
        <translation>Las promesas y sus plazos en dólares de los Estados Unidos al tipo de la promesa.</translation>
    </message>
    <message>
        <source>Transferred to partners to date</source>
        <translation>Transferido a los socios hasta la fecha</translation>
    </message>
    <message>
        <source>Less refunded by partners to date</source>
        <translation>Menos lo reembolsado por los socios hasta la fecha</translation>
    </message>
    <message>
        <source>Less expenditure reported by partners to date</source>
        <translation>Menos los gastos notificados por los socios hasta la fecha</translation>
    </message>
    <message>
        <source>Less residuals waived at financial closing to date</source>
        <translation>Menos los saldos residuales condonados al cierre financiero hasta la fecha</translation>
    </message>
    <message>
        <source>Expenditure reported by partners in the period: %1 USD.</source>
        <translation>Gastos notificados por los socios en el período: %1 USD.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Fund in use</source>
        <translation>Fondo en uso</translation>
    </message>
    <message>
        <source>Break the lock only if you are sure nobody is working in this file: the break is recorded in the audit trail.</source>
        <translation>Fuerce el bloqueo solo si está seguro de que nadie trabaja en este archivo: el forzado queda registrado en la pista de auditoría.</translation>
    </message>
    <message>
        <source>You can open it read-only to look at it.</source>
        <translation>Puede abrirlo en solo lectura para consultarlo.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Break Lock</source>
        <translation>Forzar el bloqueo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>imdp::cli</name>
    <message>
        <source>needs %1 more from other donors</source>
        <translation>faltan %1 de otros donantes</translation>
    </message>
    <message>
        <source>no other funding can restore compliance</source>
        <translation>ninguna otra financiación puede restablecer el cumplimiento</translation>
    </message>
    <message>
        <source>Bank headroom unlimited</source>
        <translation>margen del Banco ilimitado</translation>
    </message>
    <message>
        <source>Bank headroom %1</source>
        <translation>margen del Banco %1</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>base</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otros</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>share</source>
        <translation>parte</translation>
    </message>
    <message>
        <source>complies</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>headroom</source>
        <translation>margen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>DGF cap: Bank resources at most %1 of total funding (%2 bps). Amounts in USD.</source>
        <translation>Tope DGF: recursos del Banco como máximo %1 de la financiación total (%2 pb). Importes en USD.</translation>
    </message>
    <message>
        <source>
What if: Bank %1, other %2</source>
        <translation>
Simulación: Banco %1, otros %2</translation>
    </message>
    <message>
        <source>
Fiscal year %1 (%2 to %3)</source>
        <translation>
Ejercicio %1 (del %2 al %3)</translation>
    </message>
    <message>
        <source>imdp: %1: %2 more problem(s) not shown</source>
        <translation>imdp: %1: %2 problema(s) más sin mostrar</translation>
    </message>
    <message>
        <source>imdp: %1: nothing %2 (%3 bad row%4)</source>
        <translation>imdp: %1: nada %2 (%3 fila%4 errónea%4)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a whole number</source>
        <translation>%1: «%2» debe ser un número entero</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must not be negative</source>
        <translation>%1: «%2» no debe ser negativo</translation>
    </message>
    <message>
        <source>%1: %2 (see %1 --help)</source>
        <translation>%1: %2 (véase %1 --help)</translation>
    </message>
    <message>
        <source>%1: expects %2 (see %1 --help)</source>
        <translation>%1: espera %2 (véase %1 --help)</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferido</translation>
    </message>
    <message>
        <source>expenditure</source>
        <translation>gastos</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>condonado</translation>
    </message>
    <message>
        <source>held_by_partner</source>
        <translation>en poder del socio</translation>
    </message>
    <message>
        <source>unspent_allocation</source>
        <translation>asignación no gastada</translation>
    </message>
    <message>
        <source>pledged</source>
        <translation>prometido</translation>
    </message>
    <message>
        <source>prospective</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>outstanding</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>arrears</source>
        <translation>atrasos</translation>
    </message>
    <message>
        <source>income</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>fees</source>
        <translation>comisiones</translation>
    </message>
    <message>
        <source>exchange_differences</source>
        <translation>diferencias de cambio</translation>
    </message>
    <message>
        <source>partner_interest</source>
        <translation>intereses de los socios</translation>
    </message>
    <message>
        <source>transfers_to_funds</source>
        <translation>transferencias a fondos</translation>
    </message>
    <message>
        <source>direct_costs</source>
        <translation>costes directos</translation>
    </message>
    <message>
        <source>bank_charges</source>
        <translation>gastos bancarios</translation>
    </message>
    <message>
        <source>held_by_partners</source>
        <translation>en poder de los socios</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tesorería</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>investment_income</source>
        <translation>ingresos por inversiones</translation>
    </message>
    <message>
        <source>total_sources</source>
        <translation>total de fuentes</translation>
    </message>
    <message>
        <source>transfers_to_partners</source>
        <translation>transferencias a los socios</translation>
    </message>
    <message>
        <source>subtotal_transfers</source>
        <translation>subtotal de transferencias</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>reembolsos</translation>
    </message>
    <message>
        <source>partner_expenditure</source>
        <translation>gastos de los socios</translation>
    </message>
    <message>
        <source>partner_total_expenses</source>
        <translation>total de gastos de los socios</translation>
    </message>
    <message>
        <source>total_uses</source>
        <translation>total de usos</translation>
    </message>
    <message>
        <source>balance_with_agent</source>
        <translation>saldo en poder del agente</translation>
    </message>
    <message>
        <source>balance_with_partners</source>
        <translation>saldo en poder de los socios</translation>
    </message>
    <message>
        <source>total_balance</source>
        <translation>saldo total</translation>
    </message>
    <message>
        <source>agent_balance_bps_of_deposits</source>
        <translation>saldo del agente, pb de los depósitos</translation>
    </message>
    <message>
        <source>partner_balance_bps_of_transfers</source>
        <translation>saldo de los socios, pb de las transferencias</translation>
    </message>
    <message>
        <source>total_balance_bps_of_deposits</source>
        <translation>saldo total, pb de los depósitos</translation>
    </message>
    <message>
        <source>imdp: warning: </source>
        <translation>imdp: aviso: </translation>
    </message>
    <message>
        <source>imdp: broke the lock of %1 (recorded in the audit trail)</source>
        <translation>imdp: se rompió el bloqueo de %1 (registrado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>meeting: &apos;%1&apos; must be a meeting number (see meeting list)</source>
        <translation>meeting: «%1» debe ser un número de reunión (véase meeting list)</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>information</source>
        <translation>información</translation>
    </message>
    <message>
        <source>Added member %1: %2 (%3, %4)</source>
        <translation>Miembro %1 añadido: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>n.º</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>constituency</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>term</source>
        <translation>mandato</translation>
    </message>
    <message>
        <source>Added meeting %1 on %2</source>
        <translation>Reunión %1 añadida el %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; not found</source>
        <translation>miembro «%1» no encontrado</translation>
    </message>
    <message>
        <source>Recorded attendance at meeting %1: %2 of %3 voting members, quorum %4%5</source>
        <translation>Asistencia registrada en la reunión %1: %2 de %3 miembros con voto, quórum %4%5</translation>
    </message>
    <message>
        <source> (met)</source>
        <translation> (alcanzado)</translation>
    </message>
    <message>
        <source> (not met)</source>
        <translation> (no alcanzado)</translation>
    </message>
    <message>
        <source>Meeting %1 on %2 at %3: %4; %5 of %6 voting members present, quorum %7</source>
        <translation>Reunión %1 el %2 en %3: %4; %5 de %6 miembros con voto presentes, quórum %7</translation>
    </message>
    <message>
        <source>quorum: &apos;%1&apos; must be a whole number</source>
        <translation>quorum: «%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>Quorum: a majority of the voting members</source>
        <translation>Quórum: la mayoría de los miembros con voto</translation>
    </message>
    <message>
        <source>Quorum: %1 voting members</source>
        <translation>Quórum: %1 miembros con voto</translation>
    </message>
    <message>
        <source>Meeting %1 decided on %2: %3</source>
        <translation>Reunión %1, decisión sobre %2: %3</translation>
    </message>
    <message>
        <source>out: the PDF to write is required</source>
        <translation>out: se requiere el PDF que se ha de escribir</translation>
    </message>
    <message>
        <source>lang: &apos;%1&apos; is not one of %2</source>
        <translation>lang: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>paper: &apos;%1&apos; is not a4 or letter</source>
        <translation>paper: «%1» no es a4 ni letter</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages)</source>
        <translation>%1 escrito (%2 páginas)</translation>
    </message>
    <message>
        <source>instalment: &apos;%1&apos; must be DATE=AMOUNT</source>
        <translation>instalment: «%1» debe tener la forma FECHA=IMPORTE</translation>
    </message>
    <message>
        <source>amount: is required</source>
        <translation>amount: es obligatorio</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>%1 %2 %3 from %4: %5 USD</source>
        <translation>%1 %2 %3 de %4: %5 USD</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Se importarían</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>receipts</source>
        <translation>ingresos recibidos</translation>
    </message>
    <message>
        <source>pledges</source>
        <translation>promesas</translation>
    </message>
    <message>
        <source>Would create organisations</source>
        <translation>Organizaciones que se crearían</translation>
    </message>
    <message>
        <source>New organisations</source>
        <translation>Organizaciones nuevas</translation>
    </message>
    <message>
        <source>Dry run: nothing was written</source>
        <translation>Simulación: no se escribió nada</translation>
    </message>
    <message>
        <source>Pledge %1 recorded: %2 %3 = %4 USD (%5)</source>
        <translation>Promesa %1 registrada: %2 %3 = %4 USD (%5)</translation>
    </message>
    <message>
        <source>Pledge %1 cancelled: entry %2</source>
        <translation>Promesa %1 cancelada: asiento %2</translation>
    </message>
    <message>
        <source>Pledge %1 amended: %2 %3 = %4 USD (%5)%6</source>
        <translation>Promesa %1 modificada: %2 %3 = %4 USD (%5)%6</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, asiento %1</translation>
    </message>
    <message>
        <source>, nothing to post</source>
        <translation>, nada que contabilizar</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  paid %9</source>
        <translation>%1  %2  %3  %4 %5 @ %6 = %7 USD  %8  pagado %9</translation>
    </message>
    <message>
        <source>fee_bps: a number of basis points is required</source>
        <translation>fee_bps: se requiere un número de puntos básicos</translation>
    </message>
    <message>
        <source>Receipt %1 recorded: entry %2, %3 USD, fee %4 USD</source>
        <translation>Ingreso %1 registrado: asiento %2, %3 USD, comisión %4 USD</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5 @ %6 = %7 USD  fee %8%9</source>
        <translation>%1  %2  %3  %4 %5 @ %6 = %7 USD  comisión %8%9</translation>
    </message>
    <message>
        <source>  (reversed)</source>
        <translation>  (anulado)</translation>
    </message>
    <message>
        <source>Income of %1 USD recorded: entry %2</source>
        <translation>Ingreso de %1 USD registrado: asiento %2</translation>
    </message>
    <message>
        <source>Interest of %1 USD remitted by %2 for %3: entry %4</source>
        <translation>Intereses de %1 USD remitidos por %2 para %3: asiento %4</translation>
    </message>
    <message>
        <source>Transferred %1 USD to %2: entry %3</source>
        <translation>%1 USD transferidos a %2: asiento %3</translation>
    </message>
    <message>
        <source>Direct cost of %1 USD recorded: entry %2</source>
        <translation>Coste directo de %1 USD registrado: asiento %2</translation>
    </message>
    <message>
        <source>Bank charge of %1 USD recorded: entry %2</source>
        <translation>Gastos bancarios de %1 USD registrados: asiento %2</translation>
    </message>
    <message>
        <source>Fee adjusted by %1 USD: entry %2</source>
        <translation>Comisión ajustada en %1 USD: asiento %2</translation>
    </message>
    <message>
        <source>Allocated %1 USD to %2: entry %3</source>
        <translation>%1 USD asignados a %2: asiento %3</translation>
    </message>
    <message>
        <source>Released %1 USD of %2: entry %3</source>
        <translation>%1 USD de %2 liberados: asiento %3</translation>
    </message>
    <message>
        <source>Transferred %1 USD to %2 for %3: entry %4</source>
        <translation>%1 USD transferidos a %2 para %3: asiento %4</translation>
    </message>
    <message>
        <source>Expenditure of %1 USD by %2 on %3: entry %4</source>
        <translation>Gasto de %1 USD de %2 en %3: asiento %4</translation>
    </message>
    <message>
        <source>Refund of %1 USD from %2 for %3: entry %4</source>
        <translation>Reembolso de %1 USD de %2 para %3: asiento %4</translation>
    </message>
    <message>
        <source>entry: &apos;%1&apos; is not an entry number</source>
        <translation>entry: «%1» no es un número de asiento</translation>
    </message>
    <message>
        <source>Entry %1 reversed by entry %2</source>
        <translation>Asiento %1 anulado por el asiento %2</translation>
    </message>
    <message>
        <source>Rate %1 on %2: %3 USD</source>
        <translation>Tipo %1 al %2: %3 USD</translation>
    </message>
    <message>
        <source>Administrative agent fee: %1</source>
        <translation>Comisión del agente administrativo: %1</translation>
    </message>
    <message>
        <source>%1: --name and --demo cannot be combined (the demo fund has its own name)</source>
        <translation>%1: --name y --demo no pueden combinarse (el fondo de demostración tiene su propio nombre)</translation>
    </message>
    <message>
        <source>Created %1: %2</source>
        <translation>%1 creado: %2</translation>
    </message>
    <message>
        <source>Fund:            %1</source>
        <translation>Fondo:             %1</translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation>Archivo:           %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>SQLite version:  %1</source>
        <translation>Versión de SQLite: %1</translation>
    </message>
    <message>
        <source>Created:         %1</source>
        <translation>Creado:            %1</translation>
    </message>
    <message>
        <source>Fingerprint:     %1</source>
        <translation>Huella:            %1</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be greater than zero</source>
        <translation>%1: «%2» debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Project %1 (USD)</source>
        <translation>Proyecto %1 (USD)</translation>
    </message>
    <message>
        <source>Fund position at %1 (USD)</source>
        <translation>Situación del fondo al %1 (USD)</translation>
    </message>
    <message>
        <source>By donor:</source>
        <translation>Por donante:</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>donante</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>By fiscal year:</source>
        <translation>Por ejercicio:</translation>
    </message>
    <message>
        <source>  FY%1 (%2 to %3): pledged %4, received %5, allocated %6, transferred %7</source>
        <translation>  Ej. %1 (del %2 al %3): prometido %4, recibido %5, asignado %6, transferido %7</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (motivo: %1)</translation>
    </message>
    <message>
        <source> [reversed by #%1]</source>
        <translation> [anulado por n.º %1]</translation>
    </message>
    <message>
        <source>Total (zero when the books balance)</source>
        <translation>Total (cero si las cuentas cuadran)</translation>
    </message>
    <message>
        <source>name: is required (--name NAME)</source>
        <translation>name: es obligatorio (--name NOMBRE)</translation>
    </message>
    <message>
        <source>kind: is required (--kind KIND)</source>
        <translation>kind: es obligatorio (--kind TIPO)</translation>
    </message>
    <message>
        <source>Added organisation %1</source>
        <translation>Organización %1 añadida</translation>
    </message>
    <message>
        <source>name: use --rename NEW to change the name</source>
        <translation>name: use --rename NUEVO para cambiar el nombre</translation>
    </message>
    <message>
        <source>gmg: --gmg and --no-gmg cannot be combined</source>
        <translation>gmg: --gmg y --no-gmg no pueden combinarse</translation>
    </message>
    <message>
        <source>organisation: &apos;%1&apos; is not known</source>
        <translation>organización: «%1» es desconocida</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renombrada como %2</translation>
    </message>
    <message>
        <source>Updated organisation %1</source>
        <translation>Organización %1 actualizada</translation>
    </message>
    <message>
        <source>%1 is in use again</source>
        <translation>%1 vuelve a estar en uso</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 retirada</translation>
    </message>
    <message>
        <source>into: is required (--into KEPT)</source>
        <translation>into: es obligatorio (--into CONSERVADA)</translation>
    </message>
    <message>
        <source>Merged %1 into %2</source>
        <translation>%1 fusionada con %2</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <source>kind: &apos;%1&apos; is not one of %2</source>
        <translation>kind: «%1» no es uno de %2</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>No organisations.</source>
        <translation>Ninguna organización.</translation>
    </message>
    <message>
        <source>imdp: %1: nothing imported (%2 bad row%3)</source>
        <translation>imdp: %1: nada importado (%2 fila%3 errónea%3)</translation>
    </message>
    <message>
        <source>Imported %1 organisations from %2</source>
        <translation>%1 organizaciones importadas desde %2</translation>
    </message>
    <message>
        <source>%1: is required (--%1 YYYY-MM-DD)</source>
        <translation>%1: es obligatorio (--%1 AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: no debe ser negativo</translation>
    </message>
    <message>
        <source>currency: &apos;%1&apos; is not an ISO 4217 code</source>
        <translation>currency: «%1» no es un código ISO 4217</translation>
    </message>
    <message>
        <source>budget: &apos;%1&apos; must be CATEGORY=AMOUNT</source>
        <translation>budget: «%1» debe tener la forma CATEGORÍA=IMPORTE</translation>
    </message>
    <message>
        <source>Added %1 (draft)</source>
        <translation>%1 añadida (borrador)</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 actualizada</translation>
    </message>
    <message>
        <source>State:        %1 (%2)</source>
        <translation>Estado:         %1 (%2)</translation>
    </message>
    <message>
        <source>concept note</source>
        <translation>nota conceptual</translation>
    </message>
    <message>
        <source>full proposal</source>
        <translation>propuesta completa</translation>
    </message>
    <message>
        <source>Applicant:    %1</source>
        <translation>Solicitante:    %1</translation>
    </message>
    <message>
        <source>Partner:      %1</source>
        <translation>Socio:          %1</translation>
    </message>
    <message>
        <source>Source:       %1 %2</source>
        <translation>Origen:         %1 %2</translation>
    </message>
    <message>
        <source>Objectives:   %1   Action area: %2</source>
        <translation>Objetivos:      %1   Área de acción: %2</translation>
    </message>
    <message>
        <source>Window:       %1</source>
        <translation>Ventanilla:     %1</translation>
    </message>
    <message>
        <source>Countries:    %1</source>
        <translation>Países:         %1</translation>
    </message>
    <message>
        <source>Dates:        %1 to %2</source>
        <translation>Fechas:         del %1 al %2</translation>
    </message>
    <message>
        <source>Requested:    %1 %2</source>
        <translation>Solicitado:     %1 %2</translation>
    </message>
    <message>
        <source>Data by:      %1</source>
        <translation>Datos por:      %1</translation>
    </message>
    <message>
        <source>Answers:      %1</source>
        <translation>Responde a:     %1</translation>
    </message>
    <message>
        <source>Summary:      %1</source>
        <translation>Resumen:        %1</translation>
    </message>
    <message>
        <source>  budget  %1 %2</source>
        <translation>  presup.  %1 %2</translation>
    </message>
    <message>
        <source>  check   %1 %2</source>
        <translation>  control  %1 %2</translation>
    </message>
    <message>
        <source>met  </source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>  review  %1/5 %2%3</source>
        <translation>  revisión %1/5 %2%3</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incompleta)</translation>
    </message>
    <message>
        <source>Decision:     %1 %2 USD on %3 %4</source>
        <translation>Decisión:       %1 %2 USD el %3 %4</translation>
    </message>
    <message>
        <source>ToR:          %1, %2 to %3, budget %4 USD</source>
        <translation>TdR:            %1, del %2 al %3, presupuesto %4 USD</translation>
    </message>
    <message>
        <source>  tranche %1 %2 USD %3 %4</source>
        <translation>  tramo    %1 %2 USD %3 %4</translation>
    </message>
    <message>
        <source>released </source>
        <translation>liberado el </translation>
    </message>
    <message>
        <source>conditions met</source>
        <translation>condiciones cumplidas</translation>
    </message>
    <message>
        <source>conditions open</source>
        <translation>condiciones pendientes</translation>
    </message>
    <message>
        <source>  report  #%1 %2 due %3 %4</source>
        <translation>  informe  n.º %1 %2 vence el %3 %4</translation>
    </message>
    <message>
        <source>received </source>
        <translation>recibido el </translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ATRASADO</translation>
    </message>
    <message>
        <source>  file    %1 (%2 bytes)</source>
        <translation>  archivo  %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>  moved   %1 %2 -&gt; %3 by %4 %5</source>
        <translation>  cambio   %1 %2 -&gt; %3 por %4 %5</translation>
    </message>
    <message>
        <source>state: &apos;%1&apos; is not a pipeline state</source>
        <translation>state: «%1» no es un estado del circuito de propuestas</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; is %2 MB, above the fund&apos;s limit of %3 MB</source>
        <translation>attachment: «%1» ocupa %2 MB, por encima del límite del fondo de %3 MB</translation>
    </message>
    <message>
        <source>Attached %1 to %2 (%3 bytes)</source>
        <translation>%1 adjuntado a %2 (%3 bytes)</translation>
    </message>
    <message>
        <source>%1 has no attachment</source>
        <translation>%1 no tiene ningún adjunto</translation>
    </message>
    <message>
        <source>%1  %2 bytes  %3  %4</source>
        <translation>%1  %2 bytes  %3  %4</translation>
    </message>
    <message>
        <source>out: a path is required</source>
        <translation>out: se requiere una ruta</translation>
    </message>
    <message>
        <source>attachment: %1 has no document &apos;%2&apos;%3</source>
        <translation>attachment: %1 no tiene el documento «%2»%3</translation>
    </message>
    <message>
        <source> (it has none)</source>
        <translation> (no tiene ninguno)</translation>
    </message>
    <message>
        <source> (see imdp proposal attachments)</source>
        <translation> (véase imdp proposal attachments)</translation>
    </message>
    <message>
        <source>attachment: &apos;%1&apos; of %2 does not match the SHA-256 recorded when it was attached; run imdp verify</source>
        <translation>attachment: «%1» de %2 no coincide con el SHA-256 registrado al adjuntarlo; ejecute imdp verify</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes) to %3</source>
        <translation>%1 escrito (%2 bytes) en %3</translation>
    </message>
    <message>
        <source>score: &apos;%1&apos; must be a whole number from 1 to 5</source>
        <translation>score: «%1» debe ser un número entero de 1 a 5</translation>
    </message>
    <message>
        <source>Recorded the review of %1 by %2</source>
        <translation>Revisión de %1 por %2 registrada</translation>
    </message>
    <message>
        <source>Recorded the decision on %1: %2</source>
        <translation>Decisión sobre %1 registrada: %2</translation>
    </message>
    <message>
        <source>reviews-required: must be a whole number</source>
        <translation>reviews-required: debe ser un número entero</translation>
    </message>
    <message>
        <source>attachment-limit-mb: must be from 1 to 512</source>
        <translation>attachment-limit-mb: debe estar entre 1 y 512</translation>
    </message>
    <message>
        <source>Reviews required:   %1</source>
        <translation>Revisiones requeridas: %1</translation>
    </message>
    <message>
        <source>Closing waiver:     %1 USD</source>
        <translation>Condonación al cierre: %1 USD</translation>
    </message>
    <message>
        <source>Attachment limit:   %1 bytes</source>
        <translation>Límite de adjuntos: %1 bytes</translation>
    </message>
    <message>
        <source>Terms of reference of %1 are complete</source>
        <translation>Los términos de referencia de %1 están completos</translation>
    </message>
    <message>
        <source>Terms of reference of %1 saved; still missing: %2</source>
        <translation>Términos de referencia de %1 guardados; aún falta: %2</translation>
    </message>
    <message>
        <source>tranche: &apos;%1&apos; must be a tranche number (1, 2, ...)</source>
        <translation>tranche: «%1» debe ser un número de tramo (1, 2, …)</translation>
    </message>
    <message>
        <source>Scheduled tranche %1 of %2: %3 USD</source>
        <translation>Tramo %1 de %2 programado: %3 USD</translation>
    </message>
    <message>
        <source>Tranche %1 of %2: conditions %3</source>
        <translation>Tramo %1 de %2: condiciones %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplidas</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplidas</translation>
    </message>
    <message>
        <source>Released tranche %1 of %2 on %3</source>
        <translation>Tramo %1 de %2 liberado el %3</translation>
    </message>
    <message>
        <source>Received report %1 of %2 on %3</source>
        <translation>Informe %1 de %2 recibido el %3</translation>
    </message>
    <message>
        <source>%1: must be a whole number of months</source>
        <translation>%1: debe ser un número entero de meses</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>%1 registrado</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a report (%3)</source>
        <translation>%1: «%2» no es un informe (%3)</translation>
    </message>
    <message>
        <source>%1: --out PATH is required</source>
        <translation>%1: se requiere --out RUTA</translation>
    </message>
    <message>
        <source>%1: --format: expected pdf, xlsx or csv</source>
        <translation>%1: --format: se esperaba pdf, xlsx o csv</translation>
    </message>
    <message>
        <source>%1: --lang: expected en, fr or es</source>
        <translation>%1: --lang: se esperaba en, fr o es</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>%1 escrito (%2, %3)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 escrito</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a narrative (%3)</source>
        <translation>%1: «%2» no es un texto narrativo (%3)</translation>
    </message>
    <message>
        <source>%1: give the text with --text TEXT or --file PATH (one of them)</source>
        <translation>%1: indique el texto con --text TEXTO o --file RUTA (uno de los dos)</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: no es texto UTF-8</translation>
    </message>
    <message>
        <source>Cleared the %1 narrative</source>
        <translation>Texto narrativo %1 borrado</translation>
    </message>
    <message>
        <source>Recorded the %1 narrative</source>
        <translation>Texto narrativo %1 registrado</translation>
    </message>
    <message>
        <source>Sources, uses and balance of funds, %1 to %2 (USD)</source>
        <translation>Fuentes, usos y saldo de fondos, del %1 al %2 (USD)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>acumulado</translation>
    </message>
    <message>
        <source>criterion: &apos;%1&apos; must be CODE:WEIGHT:LABEL</source>
        <translation>criterion: «%1» debe tener la forma CÓDIGO:PESO:ETIQUETA</translation>
    </message>
    <message>
        <source>Assigned %1 to %2 (%3)</source>
        <translation>%1 asignada a %2 (%3)</translation>
    </message>
    <message>
        <source>Recorded the declaration of %1 on %2: %3</source>
        <translation>Declaración de %1 sobre %2 registrada: %3</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>in_progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source> (flagged: %1; override: %2)</source>
        <translation> (señalado: %1; excepción: %2)</translation>
    </message>
    <message>
        <source>review export: --reviewer and --out are required</source>
        <translation>review export: se requieren --reviewer y --out</translation>
    </message>
    <message>
        <source>Exported %1 proposal(s) and %2 attachment(s) for %3 to %4 (hash %5)</source>
        <translation>%1 propuesta(s) y %2 adjunto(s) exportados para %3 en %4 (hash %5)</translation>
    </message>
    <message>
        <source>conflict: %1: %2</source>
        <translation>conflicto: %1: %2</translation>
    </message>
    <message>
        <source>imdp: %1: %2 conflict(s); nothing was imported (--accept-changes replaces them)</source>
        <translation>imdp: %1: %2 conflicto(s); no se importó nada (--accept-changes los reemplaza)</translation>
    </message>
    <message>
        <source>Nothing new: the fund already holds this package&apos;s reviews</source>
        <translation>Nada nuevo: el fondo ya contiene las revisiones de este paquete</translation>
    </message>
    <message>
        <source>Imported %1 change(s) from %2</source>
        <translation>%1 cambio(s) importado(s) de %2</translation>
    </message>
    <message>
        <source>Proposal       Reviews  Mean  Spread</source>
        <translation>Propuesta      Revis.   Media Dispersión</translation>
    </message>
    <message>
        <source>  spread above %1</source>
        <translation>  dispersión superior a %1</translation>
    </message>
    <message>
        <source>Reviewer                 Completed</source>
        <translation>Revisor                  Completadas</translation>
    </message>
    <message>
        <source> (%1 conflict(s))</source>
        <translation> (%1 conflicto(s))</translation>
    </message>
    <message>
        <source>Name:                     %1</source>
        <translation>Nombre:                       %1</translation>
    </message>
    <message>
        <source>DGF cap:                  %1 bps</source>
        <translation>Tope DGF:                     %1 pb</translation>
    </message>
    <message>
        <source>Fiscal year starts:       %1 (MM-DD)</source>
        <translation>Inicio del ejercicio:         %1 (MM-DD)</translation>
    </message>
    <message>
        <source>Administrative fee:       %1</source>
        <translation>Comisión administrativa:      %1</translation>
    </message>
    <message>
        <source>Reviews required:         %1</source>
        <translation>Revisiones requeridas:        %1</translation>
    </message>
    <message>
        <source>Quorum:                   %1</source>
        <translation>Quórum:                       %1</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>la mayoría</translation>
    </message>
    <message>
        <source>Closing waiver:           %1 USD</source>
        <translation>Condonación al cierre:        %1 USD</translation>
    </message>
    <message>
        <source>Attachment limit:         %1 bytes</source>
        <translation>Límite de adjuntos:           %1 bytes</translation>
    </message>
    <message>
        <source>Review spread threshold:  %1 points</source>
        <translation>Umbral de dispersión:         %1 puntos</translation>
    </message>
    <message>
        <source>IATI organisation:        %1</source>
        <translation>Organización IATI:            %1</translation>
    </message>
    <message>
        <source>Backups:                  keep %1, every %2 hours</source>
        <translation>Copias de seguridad:          se conservan %1, cada %2 horas</translation>
    </message>
    <message>
        <source>%1: is required (--%1)</source>
        <translation>%1: es obligatorio (--%1)</translation>
    </message>
    <message>
        <source>Added objective %1: %2</source>
        <translation>Objetivo %1 añadido: %2</translation>
    </message>
    <message>
        <source>objective: &apos;%1&apos; does not exist</source>
        <translation>objective: «%1» no existe</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Objetivo %1: %2</translation>
    </message>
    <message>
        <source>Added action area %1: %2</source>
        <translation>Área de acción %1 añadida: %2</translation>
    </message>
    <message>
        <source>Action area %1: %2</source>
        <translation>Área de acción %1: %2</translation>
    </message>
    <message>
        <source>%1: must be above zero</source>
        <translation>%1: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Opened window %1: %2</source>
        <translation>Ventanilla %1 abierta: %2</translation>
    </message>
    <message>
        <source>Changed window %1: %2</source>
        <translation>Ventanilla %1 modificada: %2</translation>
    </message>
    <message>
        <source>    objectives %1; areas %2; open %3 to %4; ceiling %5; total %6; %7 proposal(s) asking %8 USD</source>
        <translation>    objetivos %1; áreas %2; abierta del %3 al %4; tope %5; total %6; %7 propuesta(s) que piden %8 USD</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>Opening balances as of %1: %2 rows from %3</source>
        <translation>Saldos de apertura al %1: %2 filas desde %3</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AmendPledgeDialog</name>
    <message>
        <source>Amend or Cancel Pledge</source>
        <translation>Modificar o cancelar promesa</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Cancel the pledge</source>
        <translation>Cancelar la promesa</translation>
    </message>
    <message>
        <source>why the pledge changes</source>
        <translation>por qué cambia la promesa</translation>
    </message>
    <message>
        <source>&amp;Pledge:</source>
        <translation>&amp;Promesa:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>New &amp;amount:</source>
        <translation>Nuevo &amp;importe:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Pledge: choose the pledge to change</source>
        <translation>Promesa: elija la promesa que cambia</translation>
    </message>
    <message>
        <source>Reason: say why the pledge changes</source>
        <translation>Motivo: indique por qué cambia la promesa</translation>
    </message>
    <message>
        <source>New amount</source>
        <translation>Nuevo importe</translation>
    </message>
    <message>
        <source>This change would put the plan basis beyond the DGF cap: saving will ask for an override with a written justification.</source>
        <translation>Este cambio pondría la base del plan por encima del límite DGF: al guardar se pedirá una excepción con justificación escrita.</translation>
    </message>
    <message>
        <source>US dollars per one unit of the currency, with up to 10 decimals</source>
        <translation>Dólares EE. UU. por unidad de la moneda, hasta 10 decimales</translation>
    </message>
    <message>
        <source>&amp;Rate (USD per unit):</source>
        <translation>&amp;Tipo (USD por unidad):</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Plazos:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Receipts were cleared at this rate: it can no longer change</source>
        <translation>Se imputaron ingresos a este tipo: ya no puede cambiar</translation>
    </message>
    <message>
        <source>Change: the amount, rate, status and instalments are as recorded</source>
        <translation>Cambio: el importe, el tipo, el estado y los plazos son los ya registrados</translation>
    </message>
    <message>
        <source>Pledge %1 cancelled</source>
        <translation>Promesa %1 cancelada</translation>
    </message>
    <message>
        <source>Pledge %1 amended: %2</source>
        <translation>Promesa %1 modificada: %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AreaDialog</name>
    <message>
        <source>Add Action Area</source>
        <translation>Añadir área de acción</translation>
    </message>
    <message>
        <source>Edit Action Area</source>
        <translation>Editar área de acción</translation>
    </message>
    <message>
        <source>e.g. C</source>
        <translation>p. ej. C</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Code: enter 1-8 capital letters or digits</source>
        <translation>Código: introduzca de 1 a 8 mayúsculas o dígitos</translation>
    </message>
    <message>
        <source>Title: enter the action area&apos;s title</source>
        <translation>Título: introduzca el título del área de acción</translation>
    </message>
</context>
<context>
    <name>imdp::ui::AssignDialog</name>
    <message>
        <source>Assign Reviewer</source>
        <translation>Asignar evaluador</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Name of the reviewer</source>
        <translation>Nombre del evaluador</translation>
    </message>
    <message>
        <source>Only to assign a reviewer flagged by a conflict of interest</source>
        <translation>Solo para asignar un evaluador señalado por conflicto de intereses</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Propuesta:</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>E&amp;valuador:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;organisation:</source>
        <translation>&amp;Organización del evaluador:</translation>
    </message>
    <message>
        <source>&amp;Call (rubric):</source>
        <translation>&amp;Convocatoria (rúbrica):</translation>
    </message>
    <message>
        <source>O&amp;verride reason:</source>
        <translation>Motivo de la e&amp;xcepción:</translation>
    </message>
    <message>
        <source>A reviewer from the applicant&apos;s or the partner&apos;s organisation is refused unless you give a reason to override; the reason is kept in the audit trail.</source>
        <translation>Se rechaza a un evaluador de la organización del solicitante o del socio salvo que indique un motivo de excepción; el motivo queda en la pista de auditoría.</translation>
    </message>
    <message>
        <source>Proposal: the fund has no proposal to review</source>
        <translation>Propuesta: el fondo no tiene ninguna propuesta que evaluar</translation>
    </message>
    <message>
        <source>Reviewer: enter the reviewer&apos;s name</source>
        <translation>Evaluador: escriba el nombre del evaluador</translation>
    </message>
    <message>
        <source>Call: enter the call whose rubric applies</source>
        <translation>Convocatoria: escriba la convocatoria cuya rúbrica se aplica</translation>
    </message>
    <message>
        <source>%1 assigned to review %2</source>
        <translation>%1 asignado(a) para evaluar %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::BoardStrip</name>
    <message>
        <source>%1 (click to unfold)</source>
        <translation>%1 (clic para desplegar)</translation>
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
%3 del Banco, %4 de otros donantes</translation>
    </message>
    <message>
        <source>Bank share %1 of %2 (cap %3)</source>
        <translation>Parte del Banco %1 de %2 (límite %3)</translation>
    </message>
</context>
<context>
    <name>imdp::ui::CapPanel</name>
    <message>
        <source>DGF Cap</source>
        <translation>Límite DGF</translation>
    </message>
    <message>
        <source>The Bank&apos;s share on three bases, whole fund and by fiscal year</source>
        <translation>La parte del Banco en tres bases, para todo el fondo y por ejercicio</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>&amp;Copiar la tabla</translation>
    </message>
    <message>
        <source>Overrides recorded beyond the cap</source>
        <translation>Excepciones registradas por encima del límite</translation>
    </message>
    <message>
        <source>What if… (nothing is written)</source>
        <translation>¿Y si…? (no se escribe nada)</translation>
    </message>
    <message>
        <source>more (or, with a minus, less) from the Bank, in USD</source>
        <translation>más (o, con un signo menos, menos) del Banco, en USD</translation>
    </message>
    <message>
        <source>more (or, with a minus, less) from other donors, in USD</source>
        <translation>más (o, con un signo menos, menos) de otros donantes, en USD</translation>
    </message>
    <message>
        <source>&amp;Bank (USD):</source>
        <translation>&amp;Banco (USD):</translation>
    </message>
    <message>
        <source>&amp;Other donors (USD):</source>
        <translation>&amp;Otros donantes (USD):</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <source>FY%1</source>
        <translation>EF%1</translation>
    </message>
    <message>
        <source>Enter a hypothetical amount to see the three bases recomputed.</source>
        <translation>Introduzca un importe hipotético para ver las tres bases recalculadas.</translation>
    </message>
    <message>
        <source>On the plan basis the fund would still comply. %1.</source>
        <translation>En la base del plan, el fondo seguiría cumpliendo. %1.</translation>
    </message>
    <message>
        <source>On the plan basis the fund would not comply. %1.</source>
        <translation>En la base del plan, el fondo no cumpliría. %1.</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Hipótesis</translation>
    </message>
</context>
<context>
    <name>imdp::ui::CommitteePage</name>
    <message>
        <source>Observers&apos; edition (redacted)</source>
        <translation>Edición para observadores (censurada)</translation>
    </message>
    <message>
        <source>Record decisions…</source>
        <translation>Registrar las decisiones…</translation>
    </message>
    <message>
        <source>Print minutes…</source>
        <translation>Imprimir el acta…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar a PDF…</translation>
    </message>
    <message>
        <source>Oversight Committee</source>
        <translation>Comité de Supervisión</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Dossier language</source>
        <translation>Idioma del expediente</translation>
    </message>
    <message>
        <source>Meeting %1 — %2, %3</source>
        <translation>Reunión %1 — %2, %3</translation>
    </message>
    <message>
        <source>Status: %1 · %2 of %3 voting members present (quorum %4)</source>
        <translation>Estado: %1 · %2 de %3 miembros con voto presentes (quórum %4)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add &amp;Member…</source>
        <translation>Añadir &amp;miembro…</translation>
    </message>
    <message>
        <source>Committee member added</source>
        <translation>Miembro del Comité añadido</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Decisiones registradas</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Exportación a PDF cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DashboardPage</name>
    <message>
        <source>Pipeline by state</source>
        <translation>Cartera por etapa</translation>
    </message>
    <message>
        <source>This fund cannot be read</source>
        <translation>Este fondo no se puede leer</translation>
    </message>
    <message>
        <source>%1 · schema %2 · %3</source>
        <translation>%1 · esquema %2 · %3</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>Data fingerprint (audit chain head): %1</source>
        <translation>Huella de los datos (cabeza de la cadena de auditoría): %1</translation>
    </message>
    <message>
        <source>No Committee meeting is planned.</source>
        <translation>No hay ninguna reunión del Comité prevista.</translation>
    </message>
    <message>
        <source>Next Committee meeting: %1, %2</source>
        <translation>Próxima reunión del Comité: %1, %2</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Available for allocation</source>
        <translation>Disponible para asignación</translation>
    </message>
    <message>
        <source>DGF cap</source>
        <translation>Límite DGF</translation>
    </message>
    <message>
        <source>DGF Cap &amp;Details…</source>
        <translation>&amp;Detalles del límite DGF…</translation>
    </message>
    <message>
        <source>Instalments in arrears: %1 of the outstanding pledges.</source>
        <translation>Plazos atrasados: %1 de las promesas pendientes.</translation>
    </message>
    <message>
        <source>No instalment is in arrears.</source>
        <translation>Ningún plazo está atrasado.</translation>
    </message>
    <message>
        <source>The Committee meetings could not be read: %1</source>
        <translation>No se pudieron leer las reuniones del Comité: %1</translation>
    </message>
    <message>
        <source>The DGF cap figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras del límite DGF: %1</translation>
    </message>
    <message>
        <source>The proposals could not be counted: %1</source>
        <translation>No se pudieron contar las propuestas: %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DecisionsDialog</name>
    <message>
        <source>Record decisions</source>
        <translation>Registrar las decisiones</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Allocation (USD)</source>
        <translation>Asignación (USD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>%1: the allocation: %2</source>
        <translation>%1: la asignación: %2</translation>
    </message>
    <message>
        <source>Every proposal on the agenda already has its decision.</source>
        <translation>Cada propuesta del orden del día ya tiene su decisión.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DeclareDialog</name>
    <message>
        <source>Declare Conflict of Interest</source>
        <translation>Declarar conflicto de intereses</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 en %2 — %3</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflicto de intereses</translation>
    </message>
    <message>
        <source>No conflict of interest</source>
        <translation>Ningún conflicto de intereses</translation>
    </message>
    <message>
        <source>What the conflict is</source>
        <translation>En qué consiste el conflicto</translation>
    </message>
    <message>
        <source>Assignment:</source>
        <translation>Asignación:</translation>
    </message>
    <message>
        <source>&amp;Declaration:</source>
        <translation>&amp;Declaración:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A declared conflict withdraws the reviewer from this proposal: a review already recorded no longer counts.</source>
        <translation>Un conflicto declarado retira al evaluador de esta propuesta: una evaluación ya registrada deja de contar.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DgfNarrativesDialog</name>
    <message>
        <source>DGF Application Narratives</source>
        <translation>Textos de la solicitud al DGF</translation>
    </message>
    <message>
        <source>The texts the DGF application prints. Figures, donors, partners, Committee members and the rubric come from the fund&apos;s records; a text left empty prints as &quot;not yet written&quot;.</source>
        <translation>Los textos que imprime la solicitud al DGF. Las cifras, los donantes, los socios, los miembros del Comité y la rúbrica proceden de los registros del fondo; un texto vacío se imprime como «aún no redactado».</translation>
    </message>
    <message>
        <source>Substantive basis
(preliminary proposal)</source>
        <translation>Fundamento sustantivo
(propuesta preliminar)</translation>
    </message>
    <message>
        <source>Governance structure
(formal request)</source>
        <translation>Estructura de gobernanza
(solicitud formal)</translation>
    </message>
    <message>
        <source>Evaluation mechanisms
(formal request)</source>
        <translation>Mecanismos de evaluación
(solicitud formal)</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DiscardGuard</name>
    <message>
        <source>Discard the changes you made in “%1”?</source>
        <translation>¿Descartar los cambios hechos en «%1»?</translation>
    </message>
</context>
<context>
    <name>imdp::ui::DueWidget</name>
    <message>
        <source>&lt;b&gt;Reports due&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Informes pendientes&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports due&lt;/b&gt; · %1 overdue, %2 upcoming</source>
        <translation>&lt;b&gt;Informes pendientes&lt;/b&gt; · %1 atrasados, %2 próximos</translation>
    </message>
</context>
<context>
    <name>imdp::ui::EntryDialog</name>
    <message>
        <source>%1: enter an amount</source>
        <translation>%1: introduzca un importe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: must be more than zero</source>
        <translation>%1: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>US dollars per one unit of the currency, with up to 10 decimals</source>
        <translation>Dólares EE. UU. por unidad de la moneda, hasta 10 decimales</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Rate (USD per unit):</source>
        <translation>&amp;Tipo (USD por unidad):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Rate: no rate is recorded for %1 on this date; enter one</source>
        <translation>Tipo: no hay tipo registrado para %1 en esta fecha; introduzca uno</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more (point here to read them all)</source>
        <translation>
            <numerusform>…y %n más (apunte aquí para leerlos todos)</numerusform>
            <numerusform>…y %n más (apunte aquí para leerlos todos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundSession</name>
    <message>
        <source>Wrote %1</source>
        <translation>Escrito %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundSettingsDialog</name>
    <message>
        <source>Fund Settings</source>
        <translation>Configuración del fondo</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>The DGF cap: Bank resources at most this share of total funding, in basis points (1500 = 15%).</source>
        <translation>El tope del DGF: los recursos del Banco como máximo esta parte de la financiación total, en puntos básicos (1500 = 15 %).</translation>
    </message>
    <message>
        <source>DGF &amp;cap:</source>
        <translation>&amp;Tope del DGF:</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts:</source>
        <translation>&amp;Inicio del ejercicio:</translation>
    </message>
    <message>
        <source>none; flat:100 (1% of each receipt); or tiers, e.g. tiered:1000000.00=200,*=100</source>
        <translation>none; flat:100 (1 % de cada ingreso); o tramos, p. ej. tiered:1000000.00=200,*=100</translation>
    </message>
    <message>
        <source>Administrative &amp;fee:</source>
        <translation>&amp;Comisión administrativa:</translation>
    </message>
    <message>
        <source>&amp;IATI identifier:</source>
        <translation>Identificador &amp;IATI:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>&amp;Copias conservadas:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Backup &amp;every:</source>
        <translation>Copia &amp;cada:</translation>
    </message>
    <message>
        <source>Pipeline and Committee</source>
        <translation>Cartera y Comité</translation>
    </message>
    <message>
        <source>&amp;Reviews required:</source>
        <translation>&amp;Evaluaciones requeridas:</translation>
    </message>
    <message>
        <source>Review s&amp;pread flagged above:</source>
        <translation>Dis&amp;crepancia señalada por encima de:</translation>
    </message>
    <message>
        <source>a majority</source>
        <translation>la mayoría</translation>
    </message>
    <message>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quórum:</translation>
    </message>
    <message>
        <source>Closing &amp;waiver (USD):</source>
        <translation>&amp;Remanente condonable al cierre (USD):</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Attachment limit:</source>
        <translation>&amp;Límite de los adjuntos:</translation>
    </message>
    <message>
        <source>The plan basis already holds %1% Bank resources, above a cap of %2%. Saving is allowed; new Bank pledges will be refused until other funding restores compliance.</source>
        <translation>La base del plan ya tiene un %1 % de recursos del Banco, por encima de un tope del %2 %. Se puede guardar; las nuevas promesas del Banco se rechazarán hasta que otra financiación restablezca el cumplimiento.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>No se puede guardar la configuración</translation>
    </message>
    <message>
        <source>Closing waiver: %1</source>
        <translation>Remanente condonable al cierre: %1</translation>
    </message>
    <message>
        <source>Review spread: %1</source>
        <translation>Discrepancia entre evaluaciones: %1</translation>
    </message>
    <message>
        <source>Fund settings saved</source>
        <translation>Configuración del fondo guardada</translation>
    </message>
</context>
<context>
    <name>imdp::ui::FundingPage</name>
    <message>
        <source>Donors &amp; Funding</source>
        <translation>Donantes y financiación</translation>
    </message>
    <message>
        <source>Record &amp;Pledge…</source>
        <translation>Registrar &amp;promesa…</translation>
    </message>
    <message>
        <source>Record &amp;Receipt…</source>
        <translation>Registrar &amp;ingreso…</translation>
    </message>
    <message>
        <source>&amp;Amend or Cancel Pledge…</source>
        <translation>&amp;Modificar o cancelar promesa…</translation>
    </message>
    <message>
        <source>Investment &amp;Income…</source>
        <translation>&amp;Rendimientos de inversión…</translation>
    </message>
    <message>
        <source>Import Re&amp;ceipts…</source>
        <translation>Importar &amp;ingresos…</translation>
    </message>
    <message>
        <source>Import Pled&amp;ges…</source>
        <translation>Importar pro&amp;mesas…</translation>
    </message>
    <message>
        <source>DGF &amp;Cap…</source>
        <translation>&amp;Límite DGF…</translation>
    </message>
    <message>
        <source>No donor has pledged or paid yet. Record a pledge or a receipt, or import a CSV file of them.</source>
        <translation>Ningún donante ha prometido ni pagado todavía. Registre una promesa o un ingreso, o impórtelos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Donantes</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Select a donor to see its pledges and receipts</source>
        <translation>Seleccione un donante para ver sus promesas e ingresos</translation>
    </message>
    <message>
        <source>Import Receipts</source>
        <translation>Importar ingresos</translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation>Importar promesas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Instalments (arrears in red)</source>
        <translation>Plazos (atrasos en rojo)</translation>
    </message>
    <message>
        <source>Other &amp;Lines</source>
        <translation>Otras &amp;líneas</translation>
    </message>
    <message>
        <source>1 row imported from %1.</source>
        <translation>1 fila importada de %1.</translation>
    </message>
    <message>
        <source>%1 rows imported from %2.</source>
        <translation>%1 filas importadas de %2.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ImportPreviewDialog</name>
    <message>
        <source>Import Receipts</source>
        <translation>Importar ingresos</translation>
    </message>
    <message>
        <source>Import Pledges</source>
        <translation>Importar promesas</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>1 row totalling %1 would be imported. Nothing has been written yet.</source>
        <translation>Se importaría 1 fila por un total de %1. Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 rows totalling %2 would be imported. Nothing has been written yet.</source>
        <translation>Se importarían %1 filas por un total de %2. Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>1 bad row: the file cannot be imported until it is put right. Nothing has been written.</source>
        <translation>1 fila errónea: el archivo no puede importarse hasta que se corrija. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>%1 bad rows: the file cannot be imported until they are put right. Nothing has been written.</source>
        <translation>%1 filas erróneas: el archivo no puede importarse hasta que se corrijan. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The DGF cap refuses this file as a whole. Nothing has been written.</source>
        <translation>El límite DGF rechaza este archivo en su conjunto. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The file cannot be imported. Nothing has been written.</source>
        <translation>El archivo no puede importarse. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Import with &amp;override…</source>
        <translation>Importar con &amp;excepción…</translation>
    </message>
    <message>
        <source>Refused by the DGF cap</source>
        <translation>Rechazado por el límite DGF</translation>
    </message>
    <message>
        <source>Import Organisations</source>
        <translation>Importar organizaciones</translation>
    </message>
    <message>
        <source>New organisations it would create (%1): %2. Check them for typos; a name already in the directory is used as it is.</source>
        <translation>Nuevas organizaciones que se crearían (%1): %2. Revise la ortografía; un nombre que ya está en el directorio se usa tal cual.</translation>
    </message>
    <message>
        <source>%1 organisation(s) would be added to the directory. Nothing has been written yet.</source>
        <translation>Se añadirían %1 organización(es) al directorio. Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Import Opening Balances</source>
        <translation>Importar los saldos de apertura</translation>
    </message>
    <message>
        <source>Reading and checking every row. Nothing is written.</source>
        <translation>Leyendo y comprobando cada fila. No se escribe nada.</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing has been written.</source>
        <translation>Vista previa cancelada. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Importing. Cancel stops it and writes nothing.</source>
        <translation>Importando. Cancelar la detiene y no escribe nada.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing has been written.</source>
        <translation>Importación cancelada. No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::IncomeDialog</name>
    <message>
        <source>Investment Income</source>
        <translation>Rendimientos de inversión</translation>
    </message>
    <message>
        <source>e.g. interest, second quarter</source>
        <translation>p. ej. intereses, segundo trimestre</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Importe (USD):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Note: say what the income is</source>
        <translation>Nota: indique qué es el rendimiento</translation>
    </message>
    <message>
        <source>Adds %1 to what is available for allocation.</source>
        <translation>Añade %1 a lo disponible para asignación.</translation>
    </message>
    <message>
        <source>Investment income recorded: %1</source>
        <translation>Ingresos de inversión registrados: %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::InstalmentEditor</name>
    <message>
        <source>A&amp;dd Instalment</source>
        <translation>A&amp;ñadir plazo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>No schedule: the pledge is due as a whole.</source>
        <translation>Sin calendario: la promesa vence en un solo pago.</translation>
    </message>
    <message>
        <source>Instalment %1: enter an amount</source>
        <translation>Plazo %1: introduzca un importe</translation>
    </message>
    <message>
        <source>Instalment %1: %2</source>
        <translation>Plazo %1: %2</translation>
    </message>
    <message>
        <source>Sum %1 %2: the whole pledge is scheduled.</source>
        <translation>Suma %1 %2: toda la promesa está programada.</translation>
    </message>
    <message>
        <source>Sum %1 of %2 %3: %4 left to schedule.</source>
        <translation>Suma %1 de %2 %3: faltan %4 por programar.</translation>
    </message>
    <message>
        <source>Sum %1 of %2 %3: %4 more than pledged.</source>
        <translation>Suma %1 de %2 %3: %4 más de lo prometido.</translation>
    </message>
    <message>
        <source>Sum %1 %2.</source>
        <translation>Suma %1 %2.</translation>
    </message>
    <message>
        <source>Instalments: %1</source>
        <translation>Plazos: %1</translation>
    </message>
</context>
<context>
    <name>imdp::ui::JournalModel</name>
    <message>
        <source>Reversed by entry %1</source>
        <translation>Revertido por el asiento %1</translation>
    </message>
    <message>
        <source>Reverses entry %1: %2</source>
        <translation>Revierte el asiento %1: %2</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (revertido)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Debit (USD)</source>
        <translation>Débito (USD)</translation>
    </message>
    <message>
        <source>Credit (USD)</source>
        <translation>Crédito (USD)</translation>
    </message>
    <message>
        <source>Balance (USD)</source>
        <translation>Saldo (USD)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>the totals could not be read</source>
        <translation>no se pudieron leer los totales</translation>
    </message>
</context>
<context>
    <name>imdp::ui::LedgerPage</name>
    <message>
        <source>Ledger</source>
        <translation>Libro mayor</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>D&amp;onor:</source>
        <translation>D&amp;onante:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;yecto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;Reverse Entry…</source>
        <translation>&amp;Revertir asiento…</translation>
    </message>
    <message>
        <source>Posts the exact opposite of the selected entry, with your reason. Posted entries are never edited or deleted.</source>
        <translation>Registra el opuesto exacto del asiento seleccionado, con su motivo. Los asientos registrados nunca se editan ni se eliminan.</translation>
    </message>
    <message>
        <source>Reverse Entry…</source>
        <translation>Revertir asiento…</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Todos los donantes</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>The journal is empty: entries appear here as pledges, receipts and allocations are recorded.</source>
        <translation>El diario está vacío: los asientos aparecen aquí a medida que se registran promesas, ingresos y asignaciones.</translation>
    </message>
    <message>
        <source>No posting matches these filters.</source>
        <translation>Ningún apunte coincide con estos filtros.</translation>
    </message>
    <message>
        <source>1 posting · debits %1 · credits %2</source>
        <translation>1 apunte · débitos %1 · créditos %2</translation>
    </message>
    <message>
        <source>%1 postings · debits %2 · credits %3</source>
        <translation>%1 apuntes · débitos %2 · créditos %3</translation>
    </message>
    <message>
        <source> · opening %1 · closing balance %2</source>
        <translation> · saldo inicial %1 · saldo final %2</translation>
    </message>
    <message>
        <source>Reverse Entry</source>
        <translation>Revertir asiento</translation>
    </message>
    <message>
        <source>Select the entry to reverse first.</source>
        <translation>Seleccione primero el asiento que desea revertir.</translation>
    </message>
    <message>
        <source>Pledge entries are corrected from Donors &amp; Funding: amend or cancel the pledge.</source>
        <translation>Los asientos de promesa se corrigen desde Donantes y financiación: modifique o cancele la promesa.</translation>
    </message>
    <message>
        <source>Reverse Entry %1</source>
        <translation>Revertir el asiento %1</translation>
    </message>
    <message>
        <source>Why is entry %1 (%2) reversed? The reason is kept with the reversal.</source>
        <translation>¿Por qué se revierte el asiento %1 (%2)? El motivo se conserva con la reversión.</translation>
    </message>
    <message>
        <source>Post a reversal of entry %1 dated %2? This cannot be undone: a further correction needs a new entry.</source>
        <translation>¿Registrar la reversión del asiento %1 con fecha %2? No se puede deshacer: otra corrección requerirá un nuevo asiento.</translation>
    </message>
    <message>
        <source>&amp;Reverse</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>1 posting · totals being added up…</source>
        <translation>1 apunte · calculando los totales…</translation>
    </message>
    <message>
        <source>%1 postings · totals being added up…</source>
        <translation>%1 apuntes · calculando los totales…</translation>
    </message>
    <message>
        <source>Record &amp;Transfer…</source>
        <translation>Registrar &amp;transferencia…</translation>
    </message>
    <message>
        <source>A tranche to a project&apos;s partner, within the project&apos;s allocation.</source>
        <translation>Un tramo al socio de un proyecto, dentro de la asignación del proyecto.</translation>
    </message>
    <message>
        <source>Entry %1 reversed by entry %2</source>
        <translation>Asiento %1 revertido por el asiento %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ListPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>imdp::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Fund…</source>
        <translation>&amp;Nuevo fondo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About IMDP Desk</source>
        <translation>&amp;Acerca de IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IMDP Desk&lt;/h2&gt;&lt;p&gt;No fund is open. Create a fund file or open an existing one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;IMDP Desk&lt;/h2&gt;&lt;p&gt;No hay ningún fondo abierto. Cree un archivo de fondo o abra uno existente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Fund…</source>
        <translation>Nuevo fondo…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Donors &amp; Funding</source>
        <translation>Donantes y financiación</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro mayor</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Cartera de proyectos</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Cannot open the fund</source>
        <translation>No se puede abrir el fondo</translation>
    </message>
    <message>
        <source>Cannot create the fund</source>
        <translation>No se puede crear el fondo</translation>
    </message>
    <message>
        <source>Open Fund</source>
        <translation>Abrir un fondo</translation>
    </message>
    <message>
        <source>About IMDP Desk</source>
        <translation>Acerca de IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IMDP Desk %1&lt;/h3&gt;&lt;p&gt;Grant administration for the International Migration and Development Partnership trust fund: ledger, DGF cap, project pipeline, offline review, Committee dossiers and reports.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IMDP Desk %1&lt;/h3&gt;&lt;p&gt;Administración de donaciones del fondo fiduciario de la Asociación Internacional sobre Migración y Desarrollo: libro mayor, límite DGF, cartera de proyectos, evaluación sin conexión, expedientes del Comité e informes.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
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
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>lectura y escritura</translation>
    </message>
    <message>
        <source>IMDP Desk</source>
        <translation>IMDP Desk</translation>
    </message>
    <message>
        <source>No fund open</source>
        <translation>Ningún fondo abierto</translation>
    </message>
    <message>
        <source>Opened with a warning</source>
        <translation>Abierto con una advertencia</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Fund &amp;Settings…</source>
        <translation>&amp;Configuración del fondo…</translation>
    </message>
    <message>
        <source>Import Opening &amp;Balances…</source>
        <translation>Importar los saldos de &amp;apertura…</translation>
    </message>
    <message>
        <source>Import Opening Balances</source>
        <translation>Importar los saldos de apertura</translation>
    </message>
    <message>
        <source>Balances as of (YYYY-MM-DD):</source>
        <translation>Saldos al (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the whole file (scheduled check); read-only until it passes</source>
        <translation>Comprobando el archivo completo (comprobación programada); solo lectura hasta que la supere</translation>
    </message>
    <message>
        <source>The scheduled check found a problem</source>
        <translation>La comprobación programada encontró un problema</translation>
    </message>
    <message>
        <source>Ob&amp;jectives and Areas…</source>
        <translation>Ob&amp;jetivos y áreas…</translation>
    </message>
    <message>
        <source>Funding &amp;Windows…</source>
        <translation>&amp;Ventanillas de financiación…</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Opening balances as of %1 imported from %2.</source>
        <translation>Saldos de apertura al %1 importados de %2.</translation>
    </message>
    <message>
        <source>&amp;Verify Fund…</source>
        <translation>&amp;Verificar el fondo…</translation>
    </message>
</context>
<context>
    <name>imdp::ui::MemberDialog</name>
    <message>
        <source>Observer (does not vote)</source>
        <translation>Observador (no vota)</translation>
    </message>
    <message>
        <source>Add Committee Member</source>
        <translation>Añadir miembro del Comité</translation>
    </message>
    <message>
        <source>e.g. Ms. Ana Ortiz</source>
        <translation>p. ej. Sra. Ana Ortiz</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sin término</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Term &amp;from:</source>
        <translation>Mandato &amp;desde:</translation>
    </message>
    <message>
        <source>Term &amp;to:</source>
        <translation>Mandato &amp;hasta:</translation>
    </message>
    <message>
        <source>One chair at a time: a second chair whose term overlaps is refused.</source>
        <translation>Una sola presidencia a la vez: se rechaza una segunda cuyo mandato se solape.</translation>
    </message>
    <message>
        <source>Name: enter the member&apos;s name</source>
        <translation>Nombre: introduzca el nombre del miembro</translation>
    </message>
    <message>
        <source>Organisation: choose or type the State or organisation represented</source>
        <translation>Organización: elija o escriba el Estado u organización representado</translation>
    </message>
    <message>
        <source>Term to: before the term&apos;s start</source>
        <translation>Mandato hasta: anterior al inicio del mandato</translation>
    </message>
</context>
<context>
    <name>imdp::ui::NewFundWizard</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>New Fund</source>
        <translation>Nuevo fondo</translation>
    </message>
    <message>
        <source>Name and file</source>
        <translation>Nombre y archivo</translation>
    </message>
    <message>
        <source>Each fund is one file. Choose its name and where to keep it.</source>
        <translation>Cada fondo es un archivo. Elija su nombre y dónde guardarlo.</translation>
    </message>
    <message>
        <source>&amp;Name of the fund:</source>
        <translation>&amp;Nombre del fondo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>IMDP funds (*.imdp)</source>
        <translation>Fondos IMDP (*.imdp)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Fiscal year, cap and fee</source>
        <translation>Ejercicio, tope y comisión</translation>
    </message>
    <message>
        <source>These can be changed later in File › Fund Settings…</source>
        <translation>Se pueden cambiar después en Archivo › Configuración del fondo…</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts:</source>
        <translation>&amp;Inicio del ejercicio:</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>DGF &amp;cap:</source>
        <translation>&amp;Tope del DGF:</translation>
    </message>
    <message>
        <source>none; flat:100 (1% of each receipt); or tiers, e.g. tiered:1000000.00=200,*=100</source>
        <translation>none; flat:100 (1 % de cada ingreso); o tramos, p. ej. tiered:1000000.00=200,*=100</translation>
    </message>
    <message>
        <source>Administrative &amp;fee:</source>
        <translation>&amp;Comisión administrativa:</translation>
    </message>
    <message>
        <source>The DGF cap is in basis points: 1500 means Bank resources may be at most 15% of the total funding.</source>
        <translation>El tope del DGF está en puntos básicos: 1500 significa que los recursos del Banco pueden ser como máximo el 15 % de la financiación total.</translation>
    </message>
    <message>
        <source>Objectives and action areas</source>
        <translation>Objetivos y áreas de acción</translation>
    </message>
    <message>
        <source>Proposals serve these objectives and fall in these areas. Edit, add or remove rows; titles can change later.</source>
        <translation>Las propuestas sirven a estos objetivos y se sitúan en estas áreas. Edite, añada o quite filas; los títulos podrán cambiar más adelante.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Título (inglés)</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Título (francés)</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Título (español)</translation>
    </message>
    <message>
        <source>Objectives:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Action areas:</source>
        <translation>Áreas de acción:</translation>
    </message>
    <message>
        <source>Organisations (optional)</source>
        <translation>Organizaciones (opcional)</translation>
    </message>
    <message>
        <source>An organisations CSV file (columns name,kind and optionally short_name,gmg_member,country,iati_ref,contact,email) to start the directory with. Imported whole or not at all; leave empty to add organisations later.</source>
        <translation>Un archivo CSV de organizaciones (columnas name,kind y, opcionalmente, short_name,gmg_member,country,iati_ref,contact,email) para empezar el directorio. Se importa entero o nada; déjelo vacío para añadir organizaciones más tarde.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Organisations CSV</source>
        <translation>CSV de organizaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is corrected:
%1</source>
        <translation>No se importará nada hasta que se corrija el archivo:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) will be added with the fund:</source>
        <translation>
            <numerusform>Se añadirá %n organización con el fondo:</numerusform>
            <numerusform>Se añadirán %n organizaciones con el fondo:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the preview</source>
        <translation>no se puede crear una carpeta temporal para la vista previa</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ObjectiveDialog</name>
    <message>
        <source>Add Objective</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Edit Objective</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>p. ej. 4</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Título (&amp;inglés):</translation>
    </message>
    <message>
        <source>Title (&amp;French):</source>
        <translation>Título (&amp;francés):</translation>
    </message>
    <message>
        <source>Title (&amp;Spanish):</source>
        <translation>Título (&amp;español):</translation>
    </message>
    <message>
        <source>A code never changes once added; the titles can be edited later.</source>
        <translation>Un código no cambia una vez añadido; los títulos pueden editarse después.</translation>
    </message>
    <message>
        <source>Code: enter 1-8 capital letters or digits</source>
        <translation>Código: introduzca de 1 a 8 mayúsculas o dígitos</translation>
    </message>
    <message>
        <source>Title (English): enter the objective&apos;s title</source>
        <translation>Título (inglés): introduzca el título del objetivo</translation>
    </message>
</context>
<context>
    <name>imdp::ui::OrganisationDialog</name>
    <message>
        <source>Add Organisation</source>
        <translation>Añadir organización</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>Modificar organización</translation>
    </message>
    <message>
        <source>e.g. Kingdom of Sweden</source>
        <translation>p. ej. Reino de Suecia</translation>
    </message>
    <message>
        <source>e.g. UNDP</source>
        <translation>p. ej. PNUD</translation>
    </message>
    <message>
        <source>A member of the Global Migration Group</source>
        <translation>Miembro del Grupo Mundial sobre Migración</translation>
    </message>
    <message>
        <source>ISO code, e.g. SE; empty for an international body</source>
        <translation>Código ISO, p. ej. SE; vacío para un organismo internacional</translation>
    </message>
    <message>
        <source>e.g. SE-0-2021005464</source>
        <translation>p. ej. SE-0-2021005464</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nombre a&amp;breviado:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;IATI identifier:</source>
        <translation>Identificador &amp;IATI:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>Persona de c&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Name: enter the organisation&apos;s name</source>
        <translation>Nombre: escriba el nombre de la organización</translation>
    </message>
    <message>
        <source>Kind: choose what kind of organisation it is</source>
        <translation>Tipo: elija el tipo de organización</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Añadir organización…</translation>
    </message>
</context>
<context>
    <name>imdp::ui::OrganisationsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre abreviado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>GMG</source>
        <translation>GMG</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Project entries</source>
        <translation>Asientos de proyecto</translation>
    </message>
    <message>
        <source>Committee/reviews</source>
        <translation>Comité/evaluaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Search name, short name or country</source>
        <translation>Buscar nombre, nombre abreviado o país</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Mostrar retiradas</translation>
    </message>
    <message>
        <source>No organisation yet. Add the fund&apos;s donors, partners and applicants, or import them from a CSV file.</source>
        <translation>Aún no hay organizaciones. Añada los donantes, socios y solicitantes del fondo, o impórtelos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 shown of %2 organisations (%3 retired).</source>
        <translation>%1 mostradas de %2 organizaciones (%3 retiradas).</translation>
    </message>
    <message>
        <source>Bring &amp;Back</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Merge Organisation</source>
        <translation>Fusionar organización</translation>
    </message>
    <message>
        <source>Merge &lt;b&gt;%1&lt;/b&gt;, a duplicate, into the organisation kept. Every record of %1 (pledges, receipts, proposals, project entries, committee and reviews) moves to it, and %1 is kept only as another name for it.</source>
        <translation>Fusionar &lt;b&gt;%1&lt;/b&gt;, un duplicado, en la organización conservada. Todos los registros de %1 (promesas, ingresos, propuestas, asientos de proyecto, comité y evaluaciones) pasan a ella, y %1 queda solo como otro nombre de esta.</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conservar:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Delete Organisation</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Delete %1 from the directory?</source>
        <translation>¿Eliminar %1 del directorio?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Import Organisations</source>
        <translation>Importar organizaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Organisation %1 added</source>
        <translation>Organización %1 añadida</translation>
    </message>
    <message>
        <source>Organisation %1 saved</source>
        <translation>Organización %1 guardada</translation>
    </message>
    <message>
        <source>Organisation %1 brought back</source>
        <translation>Organización %1 restablecida</translation>
    </message>
    <message>
        <source>Organisation %1 retired</source>
        <translation>Organización %1 retirada</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 fusionada con %2</translation>
    </message>
    <message>
        <source>Organisation %1 deleted</source>
        <translation>Organización %1 eliminada</translation>
    </message>
    <message>
        <source>1 organisation imported from %1.</source>
        <translation>1 organización importada de %1.</translation>
    </message>
    <message>
        <source>%1 organisations imported from %2.</source>
        <translation>%1 organizaciones importadas de %2.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PackageImportDialog</name>
    <message>
        <source>Import Review Package</source>
        <translation>Importar paquete de evaluación</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paquete: %1</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Accept Incoming Changes</source>
        <translation>&amp;Aceptar los cambios recibidos</translation>
    </message>
    <message>
        <source>Replaces the reviews already recorded with the package&apos;s; the replaced reviews are kept in the audit trail.</source>
        <translation>Sustituye las evaluaciones ya registradas por las del paquete; las sustituidas quedan en la pista de auditoría.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>sustitución</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLICTO</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 review(s) already recorded differ from the package of %2 (marked CONFLICT). Nothing has been written. Accept Incoming Changes replaces them with the package&apos;s; the replaced reviews stay in the audit trail.</source>
        <translation>%1 evaluación(es) ya registrada(s) difiere(n) del paquete de %2 (marcadas CONFLICTO). No se ha escrito nada. «Aceptar los cambios recibidos» las sustituye por las del paquete; las sustituidas quedan en la pista de auditoría.</translation>
    </message>
    <message>
        <source>Importing the package of %1 writes %2 change(s). Nothing has been written yet.</source>
        <translation>Importar el paquete de %1 escribe %2 cambio(s). Todavía no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Cartera de proyectos</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Search code, title, applicant or partner</source>
        <translation>Buscar código, título, solicitante o socio</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>&amp;Nueva propuesta…</translation>
    </message>
    <message>
        <source>Cannot read the pipeline</source>
        <translation>No se puede leer la cartera</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Why is it moving? The note is kept in the proposal&apos;s history.</source>
        <translation>¿Por qué se mueve? La nota queda en el historial de la propuesta.</translation>
    </message>
    <message>
        <source>Move refused</source>
        <translation>Movimiento rechazado</translation>
    </message>
    <message>
        <source>All windows</source>
        <translation>Todas las ventanillas</translation>
    </message>
    <message>
        <source>&amp;States</source>
        <translation>&amp;Estados</translation>
    </message>
    <message>
        <source>Choose the states the board shows</source>
        <translation>Elegir los estados que muestra el tablero</translation>
    </message>
    <message>
        <source>Show &amp;All States</source>
        <translation>Mostrar &amp;todos los estados</translation>
    </message>
    <message>
        <source>The fund is open read-only.</source>
        <translation>El fondo está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Fold this empty column</source>
        <translation>Plegar esta columna vacía</translation>
    </message>
    <message>
        <source>Proposal %1 moved to %2</source>
        <translation>Propuesta %1 movida a %2</translation>
    </message>
    <message>
        <source>No proposal yet. &lt;b&gt;New Proposal…&lt;/b&gt; adds the first; it starts as a draft and moves from column to column.</source>
        <translation>Todavía no hay ninguna propuesta. &lt;b&gt;Nueva propuesta…&lt;/b&gt; añade la primera; empieza como borrador y pasa de columna en columna.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PledgeDialog</name>
    <message>
        <source>Record Pledge</source>
        <translation>Registrar promesa</translation>
    </message>
    <message>
        <source>e.g. SE-2027-01</source>
        <translation>p. ej. SE-2027-01</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Instalments:</source>
        <translation>&amp;Plazos:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Donor: enter the donor&apos;s name</source>
        <translation>Donante: introduzca el nombre del donante</translation>
    </message>
    <message>
        <source>Reference: enter the agreement&apos;s reference</source>
        <translation>Referencia: introduzca la referencia del acuerdo</translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <translation>Valor en USD: %1</translation>
    </message>
    <message>
        <source>Beyond the DGF cap on the plan basis (%1 of %2): saving will ask for an override with a written justification.</source>
        <translation>Por encima del límite DGF en la base del plan (%1 de %2): al guardar se pedirá una excepción con justificación escrita.</translation>
    </message>
    <message>
        <source>Pledge %1 recorded: %2</source>
        <translation>Promesa %1 registrada: %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Numbers and dates follow the language chosen here. Dossiers and reports choose their language when printed.</source>
        <translation>Los números y las fechas siguen el idioma elegido aquí. Los expedientes e informes eligen su idioma al imprimirse.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ProgrammeDialog</name>
    <message>
        <source>Objectives, Areas and Funding Windows</source>
        <translation>Objetivos, áreas y ventanillas de financiación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Título (inglés)</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Título (francés)</translation>
    </message>
    <message>
        <source>Title (Spanish)</source>
        <translation>Título (español)</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Ceiling (USD)</source>
        <translation>Tope (USD)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>&amp;Add Objective…</source>
        <translation>&amp;Añadir objetivo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Add Area…</source>
        <translation>&amp;Añadir área…</translation>
    </message>
    <message>
        <source>&amp;Open Window…</source>
        <translation>&amp;Abrir ventanilla…</translation>
    </message>
    <message>
        <source>Ob&amp;jectives</source>
        <translation>Ob&amp;jetivos</translation>
    </message>
    <message>
        <source>Action A&amp;reas</source>
        <translation>Á&amp;reas de acción</translation>
    </message>
    <message>
        <source>Funding &amp;Windows</source>
        <translation>&amp;Ventanillas de financiación</translation>
    </message>
    <message>
        <source>Codes never change. An objective or area that a proposal or a window uses is kept: it can be retitled, not removed.</source>
        <translation>Los códigos nunca cambian. Un objetivo o área que usa una propuesta o una ventanilla se conserva: puede cambiar de título, no quitarse.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Remove objective %1? Nothing uses it yet.</source>
        <translation>¿Quitar el objetivo %1? Nada lo usa todavía.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove Action Area</source>
        <translation>Quitar área de acción</translation>
    </message>
    <message>
        <source>Remove action area %1? Nothing uses it yet.</source>
        <translation>¿Quitar el área de acción %1? Nada la usa todavía.</translation>
    </message>
    <message>
        <source>Edit Funding Window</source>
        <translation>Editar ventanilla de financiación</translation>
    </message>
    <message>
        <source>Programme saved</source>
        <translation>Programa guardado</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ProposalEditor</name>
    <message>
        <source>Cannot open the proposal</source>
        <translation>No se puede abrir la propuesta</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>B&amp;udget</source>
        <translation>Pres&amp;upuesto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>e.g. IMDP-27-001</source>
        <translation>p. ej. IMDP-27-001</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>Eta&amp;pa:</translation>
    </message>
    <message>
        <source>Concept note</source>
        <translation>Nota conceptual</translation>
    </message>
    <message>
        <source>Full proposal</source>
        <translation>Propuesta completa</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>S&amp;ocio:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Action a&amp;rea:</source>
        <translation>Á&amp;rea de acción:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source re&amp;ference:</source>
        <translation>Re&amp;ferencia del origen:</translation>
    </message>
    <message>
        <source>e.g. GFMD-2007-RT1.2</source>
        <translation>p. ej. GFMD-2007-RT1.2</translation>
    </message>
    <message>
        <source>Cou&amp;ntries:</source>
        <translation>Paí&amp;ses:</translation>
    </message>
    <message>
        <source>ISO codes, e.g. SN, GH</source>
        <translation>códigos ISO, p. ej. SN, GH</translation>
    </message>
    <message>
        <source>Star&amp;t:</source>
        <translation>Ini&amp;cio:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Re&amp;quested amount:</source>
        <translation>Importe soli&amp;citado:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217, p. ej. USD</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Data disaggregated by:</source>
        <translation>Datos desglosados por:</translation>
    </message>
    <message>
        <source>Ot&amp;her disaggregation:</source>
        <translation>Otro desglo&amp;se:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <source>&amp;Remove Line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Choose the applicant.</source>
        <translation>Elija el solicitante.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The lines add up to %1 %3; %2 %3 requested.</source>
        <translation>Las líneas suman %1 %3; se solicitan %2 %3.</translation>
    </message>
    <message>
        <source>Complete: it can be submitted.</source>
        <translation>Completa: puede presentarse.</translation>
    </message>
    <message>
        <source>Before it can be submitted, it still needs: %1.</source>
        <translation>Para poder presentarse, aún le falta: %1.</translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation>No se puede guardar la propuesta</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this proposal?</source>
        <translation>¿Descartar los cambios sin guardar de esta propuesta?</translation>
    </message>
    <message>
        <source>%1 — retired</source>
        <translation>%1 — retirada</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Separated by commas, from: %1</source>
        <translation>Separados por comas, entre: %1</translation>
    </message>
    <message>
        <source>Funding &amp;window:</source>
        <translation>&amp;Ventanilla de financiación:</translation>
    </message>
    <message>
        <source>The lines add up past the limit of %1 %2.</source>
        <translation>Las líneas suman más que el límite de %1 %2.</translation>
    </message>
    <message>
        <source>Proposal %1 saved</source>
        <translation>Propuesta %1 guardada</translation>
    </message>
</context>
<context>
    <name>imdp::ui::RecordsBrowser</name>
    <message>
        <source>Re&amp;views</source>
        <translation>E&amp;valuaciones</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>Terms of re&amp;ference</source>
        <translation>Términos de re&amp;ferencia</translation>
    </message>
    <message>
        <source>Re&amp;lease Selected Tranche…</source>
        <translation>&amp;Desembolsar el tramo elegido…</translation>
    </message>
    <message>
        <source>Posts the transfer to the partner in the ledger at once; it is not undone by Undo.</source>
        <translation>Registra de inmediato la transferencia al socio en el libro mayor; Deshacer no la revierte.</translation>
    </message>
    <message>
        <source>Tra&amp;nches</source>
        <translation>Tra&amp;mos</translation>
    </message>
    <message>
        <source>Mark Selected Report &amp;Received…</source>
        <translation>Marcar el informe elegido como &amp;recibido…</translation>
    </message>
    <message>
        <source>Records the receipt at once; it is not undone by Undo.</source>
        <translation>Registra de inmediato la recepción; Deshacer no la revierte.</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>In&amp;formes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>The Committee has not decided on this proposal.</source>
        <translation>El Comité no se ha pronunciado sobre esta propuesta.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; on %2&lt;/p&gt;&lt;p&gt;Allocation: %3 USD&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; el %2&lt;/p&gt;&lt;p&gt;Asignación: %3 USD&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Conditions: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Condiciones: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No terms of reference yet.</source>
        <translation>Aún no hay términos de referencia.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Partner:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;From&lt;/b&gt; %2 &lt;b&gt;to&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Budget:&lt;/b&gt; %4 USD&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objectives&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasks&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Expected results&lt;/b&gt;&lt;br&gt;%7&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Socio:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Del&lt;/b&gt; %2 &lt;b&gt;al&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Presupuesto:&lt;/b&gt; %4 USD&lt;/p&gt;&lt;p&gt;&lt;b&gt;Objetivos&lt;/b&gt;&lt;br&gt;%5&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tareas&lt;/b&gt;&lt;br&gt;%6&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultados esperados&lt;/b&gt;&lt;br&gt;%7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Release tranche %1</source>
        <translation>Desembolsar el tramo %1</translation>
    </message>
    <message>
        <source>Payment reference for the transfer of %1 USD:</source>
        <translation>Referencia de pago de la transferencia de %1 USD:</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>Desembolso rechazado</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Informe recibido</translation>
    </message>
    <message>
        <source>Note on the %1 due %2:</source>
        <translation>Nota sobre el %1 previsto el %2:</translation>
    </message>
    <message>
        <source>Receipt refused</source>
        <translation>Recepción rechazada</translation>
    </message>
    <message>
        <source>No reviewer is assigned to this proposal.</source>
        <translation>No hay ningún evaluador asignado a esta propuesta.</translation>
    </message>
    <message>
        <source>%1 of %2 reviews completed (call %3).</source>
        <translation>%1 de %2 evaluaciones completadas (convocatoria %3).</translation>
    </message>
    <message>
        <source>Weighted mean: %1; spread between reviewers: %2.</source>
        <translation>Media ponderada: %1; diferencia entre evaluadores: %2.</translation>
    </message>
    <message>
        <source>The spread is above the fund&apos;s threshold: the reviewers disagree.</source>
        <translation>La diferencia supera el umbral del fondo: los evaluadores discrepan.</translation>
    </message>
    <message>
        <source>%1 assignment(s) blocked by a conflict of interest.</source>
        <translation>%1 asignación(es) bloqueada(s) por un conflicto de intereses.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Media ponderada</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>A single overall score, given without the rubric</source>
        <translation>Una única puntuación global, dada sin la rúbrica</translation>
    </message>
    <message>
        <source>Tranche %1 of %2 released: %3 USD</source>
        <translation>Tramo %1 de %2 desembolsado: %3 USD</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 de %2 recibido</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReceiptDialog</name>
    <message>
        <source>Record Receipt</source>
        <translation>Registrar ingreso</translation>
    </message>
    <message>
        <source>the bank statement&apos;s reference</source>
        <translation>la referencia del extracto bancario</translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>Against &amp;pledge:</source>
        <translation>Contra la &amp;promesa:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Donor: enter the donor&apos;s name</source>
        <translation>Donante: introduzca el nombre del donante</translation>
    </message>
    <message>
        <source>Reference: enter the receipt&apos;s reference</source>
        <translation>Referencia: introduzca la referencia del ingreso</translation>
    </message>
    <message>
        <source>Currency: pledge %1 is in %2</source>
        <translation>Moneda: la promesa %1 está en %2</translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <translation>Valor en USD: %1</translation>
    </message>
    <message>
        <source>empty: the fund&apos;s rule; 0: fee-exempt</source>
        <translation>vacío: la regla del fondo; 0: exento</translation>
    </message>
    <message>
        <source>Own &amp;fee (basis points):</source>
        <translation>&amp;Comisión propia (puntos básicos):</translation>
    </message>
    <message>
        <source>Own fee: whole basis points from 0 to 10000, or empty</source>
        <translation>Comisión propia: puntos básicos enteros de 0 a 10000, o vacío</translation>
    </message>
    <message>
        <source>Receipt %1 recorded: %2</source>
        <translation>Ingreso %1 registrado: %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>The statements the secretariat owes, computed from the journal. Every export carries its totals and the fund&apos;s data fingerprint.</source>
        <translation>Los estados que debe presentar la secretaría, calculados a partir del diario. Cada exportación lleva sus totales y la huella de los datos del fondo.</translation>
    </message>
    <message>
        <source>Sources and uses of funds</source>
        <translation>Origen y aplicación de fondos</translation>
    </message>
    <message>
        <source>Donor statement</source>
        <translation>Estado por donante</translation>
    </message>
    <message>
        <source>Project financial summary</source>
        <translation>Resumen financiero de proyectos</translation>
    </message>
    <message>
        <source>Pipeline report</source>
        <translation>Informe de propuestas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>From the fund&apos;s first entry</source>
        <translation>Desde el primer asiento del fondo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar a PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar a XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>All donors</source>
        <translation>Todos los donantes</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Todos los proyectos</translation>
    </message>
    <message>
        <source>No fund is open.</source>
        <translation>No hay ningún fondo abierto.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Report to the Global Forum on funded activities</source>
        <translation>Informe al Foro Mundial sobre las actividades financiadas</translation>
    </message>
    <message>
        <source>DGF application: preliminary proposal</source>
        <translation>Solicitud al DGF: propuesta preliminar</translation>
    </message>
    <message>
        <source>DGF application: formal request</source>
        <translation>Solicitud al DGF: solicitud formal</translation>
    </message>
    <message>
        <source>DGF Narratives…</source>
        <translation>Textos DGF…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>1 DGF application narrative saved</source>
        <translation>1 texto de la solicitud DGF guardado</translation>
    </message>
    <message>
        <source>%1 DGF application narratives saved</source>
        <translation>%1 textos de la solicitud DGF guardados</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>PDF export cancelled; no file was written.</source>
        <translation>Exportación a PDF cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReviewWindow</name>
    <message>
        <source>%1 — Review mode — IMDP Desk</source>
        <translation>%1 — Modo de evaluación — IMDP Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Review package for %1&lt;/b&gt; — %2. Work offline; Save writes your review into the package, which you send back to the secretariat.</source>
        <translation>&lt;b&gt;Paquete de evaluación de %1&lt;/b&gt; — %2. Trabaje sin conexión; Guardar escribe su evaluación en el paquete, que devuelve a la secretaría.</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Propuesta:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Save Attachment As…</source>
        <translation>Guardar adjunto como…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>you are its primary reviewer</source>
        <translation>usted es su evaluador principal</translation>
    </message>
    <message>
        <source>you are its secondary reviewer</source>
        <translation>usted es su evaluador secundario</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflicto de intereses</translation>
    </message>
    <message>
        <source>Not declared yet</source>
        <translation>Aún no declarado</translation>
    </message>
    <message>
        <source>I have no conflict of interest</source>
        <translation>No tengo conflicto de intereses</translation>
    </message>
    <message>
        <source>I have a conflict of interest</source>
        <translation>Tengo un conflicto de intereses</translation>
    </message>
    <message>
        <source>Declaration:</source>
        <translation>Declaración:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (peso %2)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Not given yet</source>
        <translation>Aún no dada</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recomendar</translation>
    </message>
    <message>
        <source>Recommend with changes</source>
        <translation>Recomendar con cambios</translation>
    </message>
    <message>
        <source>Do not recommend</source>
        <translation>No recomendar</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>Recomendación:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Weighted mean:</source>
        <translation>Media ponderada:</translation>
    </message>
    <message>
        <source>Nothing changed since the package was opened or saved</source>
        <translation>Nada ha cambiado desde que se abrió o guardó el paquete</translation>
    </message>
    <message>
        <source>%1 of %2 reviews complete — unsaved changes</source>
        <translation>%1 de %2 evaluaciones completas — cambios sin guardar</translation>
    </message>
    <message>
        <source>Saved: %1 of %2 reviews complete</source>
        <translation>Guardado: %1 de %2 evaluaciones completas</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Action area</source>
        <translation>Área de acción</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Data disaggregation</source>
        <translation>Desglose de los datos</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>1 — Poor</source>
        <translation>1 — Deficiente</translation>
    </message>
    <message>
        <source>2 — Fair</source>
        <translation>2 — Regular</translation>
    </message>
    <message>
        <source>3 — Good</source>
        <translation>3 — Bueno</translation>
    </message>
    <message>
        <source>4 — Very good</source>
        <translation>4 — Muy bueno</translation>
    </message>
    <message>
        <source>5 — Excellent</source>
        <translation>5 — Excelente</translation>
    </message>
    <message>
        <source>%1: Note: say what the conflict of interest is; a declared conflict needs a note.</source>
        <translation>%1: Nota: indique en qué consiste el conflicto de intereses; un conflicto declarado requiere una nota.</translation>
    </message>
    <message>
        <source>What the conflict is (required)</source>
        <translation>En qué consiste el conflicto (obligatorio)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>1 Poor, 2 Fair, 3 Good, 4 Very good, 5 Excellent</source>
        <translation>1 Deficiente, 2 Regular, 3 Bueno, 4 Muy bueno, 5 Excelente</translation>
    </message>
    <message>
        <source>%1
Close without saving?</source>
        <translation>%1
¿Cerrar sin guardar?</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Evaluador:</translation>
    </message>
    <message>
        <source>Export Package…</source>
        <translation>Exportar paquete…</translation>
    </message>
    <message>
        <source>Import Package…</source>
        <translation>Importar paquete…</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflicto de intereses</translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation>Avance por evaluador</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Resumen de la ronda</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Media ponderada</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (above %2)</source>
        <translation>%1 (por encima de %2)</translation>
    </message>
    <message>
        <source>Export Review Package</source>
        <translation>Exportar paquete de evaluación</translation>
    </message>
    <message>
        <source>Review packages (*.imdpreview)</source>
        <translation>Paquetes de evaluación (*.imdpreview)</translation>
    </message>
    <message>
        <source>Exported %1 proposal(s) for %2 to %3.</source>
        <translation>%1 propuesta(s) exportada(s) para %2 en %3.</translation>
    </message>
    <message>
        <source>Import Review Package</source>
        <translation>Importar paquete de evaluación</translation>
    </message>
    <message>
        <source>Nothing new: the fund already holds this package&apos;s reviews.</source>
        <translation>Nada nuevo: el fondo ya contiene las evaluaciones de este paquete.</translation>
    </message>
    <message>
        <source>Imported the reviews of %1.</source>
        <translation>Evaluaciones de %1 importadas.</translation>
    </message>
    <message>
        <source>Assign reviewers to proposals and record their conflicts of interest. Reviewers score offline in a review package holding only their assignments: export a package for a reviewer, and import it when it comes back.</source>
        <translation>Asigne evaluadores a las propuestas y registre sus conflictos de intereses. Los evaluadores puntúan sin conexión en un paquete de evaluación que solo contiene sus asignaciones: exporte un paquete para un evaluador e impórtelo cuando regrese.</translation>
    </message>
    <message>
        <source>Assign Reviewer…</source>
        <translation>Asignar evaluador…</translation>
    </message>
    <message>
        <source>Declare Conflict…</source>
        <translation>Declarar conflicto…</translation>
    </message>
    <message>
        <source>Edit Rubric…</source>
        <translation>Editar rúbrica…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Importación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Imported the reviews of %1, replacing %2 recorded review(s) with the package&apos;s.</source>
        <translation>Evaluaciones de %1 importadas; %2 evaluación(es) registrada(s) sustituida(s) por las del paquete.</translation>
    </message>
    <message>
        <source>Declare Conflict of Interest</source>
        <translation>Declarar conflicto de intereses</translation>
    </message>
    <message>
        <source>Select the assignment the declaration is about.</source>
        <translation>Seleccione la asignación a la que se refiere la declaración.</translation>
    </message>
    <message>
        <source>Declaration of %1 on %2 recorded.</source>
        <translation>Declaración de %1 en %2 registrada.</translation>
    </message>
    <message>
        <source>Rubric saved.</source>
        <translation>Rúbrica guardada.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::RubricDialog</name>
    <message>
        <source>Edit Rubric</source>
        <translation>Editar rúbrica</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Convocatoria:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Añadir criterio</translation>
    </message>
    <message>
        <source>&amp;Remove Criterion</source>
        <translation>&amp;Quitar criterio</translation>
    </message>
    <message>
        <source>Scores are weighted by the criteria&apos;s weights, relative to each other. Once a review is scored or a package exported for the call, its rubric is fixed.</source>
        <translation>Las puntuaciones se ponderan con los pesos de los criterios, unos respecto de otros. En cuanto se puntúa una evaluación o se exporta un paquete para la convocatoria, su rúbrica queda fijada.</translation>
    </message>
    <message>
        <source>Call: enter the call whose rubric this is</source>
        <translation>Convocatoria: escriba la convocatoria a la que corresponde esta rúbrica</translation>
    </message>
    <message>
        <source>Criteria: a rubric needs at least one criterion</source>
        <translation>Criterios: una rúbrica necesita al menos un criterio</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterio %1</translation>
    </message>
    <message>
        <source>%1: enter a code (e.g. relevance)</source>
        <translation>%1: escriba un código (p. ej. relevance)</translation>
    </message>
    <message>
        <source>%1: the code %2 is used twice</source>
        <translation>%1: el código %2 se usa dos veces</translation>
    </message>
    <message>
        <source>%1: enter what the criterion assesses</source>
        <translation>%1: indique qué evalúa el criterio</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to 100</source>
        <translation>%1: el peso debe ser un número entero de 1 a 100</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
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
        <translation>Intereses remitidos por un socio</translation>
    </message>
    <message>
        <source>Transfer to Another Fund</source>
        <translation>Transferencia a otro fondo</translation>
    </message>
    <message>
        <source>Direct Costs</source>
        <translation>Costos directos</translation>
    </message>
    <message>
        <source>Bank Charges</source>
        <translation>Gastos bancarios</translation>
    </message>
    <message>
        <source>Fee Adjustment</source>
        <translation>Ajuste de la comisión</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <source>e.g. IMDP-26-001</source>
        <translation>p. ej. IMDP-26-001</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>S&amp;ocio:</translation>
    </message>
    <message>
        <source>the receiving trust fund&apos;s name</source>
        <translation>el nombre del fondo receptor</translation>
    </message>
    <message>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Charge more</source>
        <translation>Cobrar más</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sentido:</translation>
    </message>
    <message>
        <source>&amp;Amount (USD):</source>
        <translation>&amp;Importe (USD):</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferencia:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Project: give the project the interest was earned on</source>
        <translation>Proyecto: indique el proyecto sobre el que se generaron los intereses</translation>
    </message>
    <message>
        <source>Partner: choose the partner that remitted the interest</source>
        <translation>Socio: elija el socio que remitió los intereses</translation>
    </message>
    <message>
        <source>Fund: give the name of the fund receiving the transfer</source>
        <translation>Fondo: indique el nombre del fondo que recibe la transferencia</translation>
    </message>
    <message>
        <source>Reason: say why the fee is adjusted</source>
        <translation>Motivo: indique por qué se ajusta la comisión</translation>
    </message>
    <message>
        <source>Adds %1 to what is available for allocation.</source>
        <translation>Añade %1 a lo disponible para asignación.</translation>
    </message>
    <message>
        <source>Takes %1 from what is available for allocation.</source>
        <translation>Resta %1 de lo disponible para asignación.</translation>
    </message>
    <message>
        <source>%1 recorded: %2</source>
        <translation>Registrado (%1): %2</translation>
    </message>
</context>
<context>
    <name>imdp::ui::TransferDialog</name>
    <message>
        <source>Record Transfer</source>
        <translation>Registrar transferencia</translation>
    </message>
    <message>
        <source>transfer order, bank</source>
        <translation>orden de transferencia, banco</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Fe&amp;cha:</translation>
    </message>
    <message>
        <source>A&amp;mount (USD):</source>
        <translation>&amp;Importe (USD):</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Refe&amp;rencia:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>%1: allocated %2 USD, transferred %3 USD; %4 USD can still be transferred.</source>
        <translation>%1: asignado %2 USD, transferido %3 USD; aún pueden transferirse %4 USD.</translation>
    </message>
    <message>
        <source>Project: choose the project</source>
        <translation>Proyecto: elija el proyecto</translation>
    </message>
    <message>
        <source>Partner: choose the partner receiving the tranche</source>
        <translation>Socio: elija el socio que recibe el tramo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Transfer to %1 for %2 recorded: %3</source>
        <translation>Transferencia a %1 para %2 registrada: %3</translation>
    </message>
</context>
<context>
    <name>imdp::ui::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>imdp::ui::WindowDialog</name>
    <message>
        <source>Open Funding Window</source>
        <translation>Abrir ventanilla de financiación</translation>
    </message>
    <message>
        <source>Edit Funding Window</source>
        <translation>Editar ventanilla de financiación</translation>
    </message>
    <message>
        <source>e.g. W2008-1</source>
        <translation>p. ej. W2008-1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>optional, e.g. %1</source>
        <translation>opcional, p. ej. %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Opens on:</source>
        <translation>&amp;Abre el:</translation>
    </message>
    <message>
        <source>C&amp;loses on:</source>
        <translation>&amp;Cierra el:</translation>
    </message>
    <message>
        <source>O&amp;bjectives accepted:</source>
        <translation>O&amp;bjetivos aceptados:</translation>
    </message>
    <message>
        <source>&amp;Areas accepted:</source>
        <translation>Á&amp;reas aceptadas:</translation>
    </message>
    <message>
        <source>Ceiling per &amp;proposal (USD):</source>
        <translation>Tope por &amp;propuesta (USD):</translation>
    </message>
    <message>
        <source>Total for the &amp;window (USD):</source>
        <translation>Total de la &amp;ventanilla (USD):</translation>
    </message>
    <message>
        <source>No area ticked: every area is accepted. A proposal is refused at submission when the window does not accept its objectives or area, is not open that day, or when it asks more than the ceilings.</source>
        <translation>Ninguna área marcada: se aceptan todas. Una propuesta se rechaza al presentarla si la ventanilla no acepta sus objetivos o su área, no está abierta ese día o pide más que los topes.</translation>
    </message>
    <message>
        <source>Code: enter 1-24 capital letters, digits or dashes</source>
        <translation>Código: introduzca de 1 a 24 mayúsculas, dígitos o guiones</translation>
    </message>
    <message>
        <source>Title: enter the window&apos;s title</source>
        <translation>Título: introduzca el título de la ventanilla</translation>
    </message>
    <message>
        <source>Closes on: before the opening date</source>
        <translation>Cierra el: anterior a la fecha de apertura</translation>
    </message>
    <message>
        <source>Objectives: tick at least one objective the window accepts</source>
        <translation>Objetivos: marque al menos un objetivo que acepte la ventanilla</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Tope</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ceiling: above the window&apos;s total</source>
        <translation>Tope: superior al total de la ventanilla</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk: administración de donaciones del fondo IMDP.</translation>
    </message>
    <message>
        <source>Render each main page into FOLDER and quit.</source>
        <translation>Representar cada página principal en CARPETA y salir.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Idioma de la interfaz: en, fr o es.</translation>
    </message>
    <message>
        <source>The fund file, or a review package, to open.</source>
        <translation>El archivo del fondo, o un paquete de evaluación, que abrir.</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Modo de evaluación</translation>
    </message>
</context>
<context>
    <name>imdp::ui::PdfJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
</context>
<context>
    <name>imdp::ui::VerifyDialog</name>
    <message>
        <source>Verify Fund</source>
        <translation>Verificar el fondo</translation>
    </message>
    <message>
        <source>Checks that %1 holds together: every page of the file, the audit chain, the balances and every row written. It only reads; the fund stays usable meanwhile.</source>
        <translation>Comprueba que %1 es coherente: cada página del archivo, la cadena de auditoría, los saldos y cada fila escrita. Solo lee; el fondo sigue utilizable mientras tanto.</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>integridad</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>claves foráneas</translation>
    </message>
    <message>
        <source>audit chain</source>
        <translation>cadena de auditoría</translation>
    </message>
    <message>
        <source>journal balances</source>
        <translation>equilibrio de los asientos</translation>
    </message>
    <message>
        <source>stored balances</source>
        <translation>saldos almacenados</translation>
    </message>
    <message>
        <source>project balances</source>
        <translation>saldos de los proyectos</translation>
    </message>
    <message>
        <source>ledger imports</source>
        <translation>importaciones del libro mayor</translation>
    </message>
    <message>
        <source>statement lines</source>
        <translation>líneas de extracto</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <source>audit anchor</source>
        <translation>anclaje de auditoría</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Check %1 of %2: %3…</source>
        <translation>Comprobación %1 de %2: %3…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The fund could not be verified: %1</source>
        <translation>No se pudo verificar el fondo: %1</translation>
    </message>
    <message>
        <source>Cancelled: the checks stopped before the end, so they prove nothing either way. Nothing was changed.</source>
        <translation>Cancelado: las comprobaciones se detuvieron antes del final, así que no prueban nada. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: every check holds (%n audit row(s)).</source>
        <translation>
            <numerusform>Verificado: todas las comprobaciones se cumplen (%n fila de auditoría).</numerusform>
            <numerusform>Verificado: todas las comprobaciones se cumplen (%n filas de auditoría).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) found problems: the file was changed outside IMDP Desk or is damaged. Keep a copy of it and restore the last good backup.</source>
        <translation>
            <numerusform>%n comprobación encontró problemas: el archivo se modificó fuera de IMDP Desk o está dañado. Guarde una copia y restaure la última copia de seguridad correcta.</numerusform>
            <numerusform>%n comprobaciones encontraron problemas: el archivo se modificó fuera de IMDP Desk o está dañado. Guarde una copia y restaure la última copia de seguridad correcta.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>correcto: %1</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <translation>problemas: %1</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Cabeza de la cadena de auditoría: %1</translation>
    </message>
</context>
</TS>
