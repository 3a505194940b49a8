<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>No recomendada</translation>
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
        <source>Terms of reference issued</source>
        <translation>Términos de referencia emitidos</translation>
    </message>
    <message>
        <source>Under implementation</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Cerrada operativamente</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Cerrada financieramente</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bank (DGF)</source>
        <translation>Banco (DGF)</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>UN / international agency</source>
        <translation>Organismo de las Naciones Unidas / internacional</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <source>UN regional commission</source>
        <translation>Comisión regional de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Committee meetings</source>
        <translation>Reuniones del Comité</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
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
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Open and closed proposals</source>
        <translation>Propuestas abiertas y cerradas</translation>
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
        <source>The organisations of the fund: donors, the Bank&apos;s Development Grant Facility, GMG agencies and partners. Pledges, instalments and receipts in any currency arrive here with the trust-fund ledger.</source>
        <translation>Las organizaciones del fondo: donantes, el Mecanismo de Donaciones para el Desarrollo (DGF) del Banco, organismos del GMG y asociados. Las promesas, los plazos y los cobros en cualquier moneda llegarán aquí con el libro mayor del fondo.</translation>
    </message>
    <message>
        <source>The trust fund&apos;s double-entry journal will be kept here: pledges, receipts, allocations, transfers to partners, fees, investment income and refunds, with filters, running balances and reversals. It arrives with the ledger capability.</source>
        <translation>Aquí se llevará el diario por partida doble del fondo: promesas, cobros, asignaciones, transferencias a los asociados, comisiones, ingresos de inversión y reembolsos, con filtros, saldos acumulados y reversiones. Llegará con el libro mayor.</translation>
    </message>
    <message>
        <source>Every proposal and where it stands. The board, the proposal editor and guarded moves from intake to financial closing arrive with the pipeline capability.</source>
        <translation>Cada propuesta y su situación. El tablero, el editor de propuestas y las transiciones controladas, desde la recepción hasta el cierre financiero, llegarán con la cartera de proyectos.</translation>
    </message>
    <message>
        <source>Offline review will be run from here: reviewer assignments with conflict-of-interest declarations, review packages to take away, rubric scores and the safe merge of reviews back into the fund.</source>
        <translation>La evaluación sin conexión se dirigirá desde aquí: asignación de evaluadores con declaraciones de conflicto de intereses, paquetes de evaluación para llevar, puntuaciones según la rúbrica y la reintegración segura de las evaluaciones en el fondo.</translation>
    </message>
    <message>
        <source>The Oversight Committee&apos;s members, meetings, agendas and decisions will be kept here, with the printed dossier for each meeting.</source>
        <translation>Aquí se llevarán los miembros, reuniones, órdenes del día y decisiones del Comité de Supervisión, con el expediente impreso de cada reunión.</translation>
    </message>
    <message>
        <source>Cannot open the fund</source>
        <translation>No se puede abrir el fondo</translation>
    </message>
    <message>
        <source>New Fund</source>
        <translation>Nuevo fondo</translation>
    </message>
    <message>
        <source>Name of the fund:</source>
        <translation>Nombre del fondo:</translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk: administración de donaciones del fondo IMDP.</translation>
    </message>
    <message>
        <source>The fund file to open.</source>
        <translation>El archivo de fondo que se abrirá.</translation>
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
