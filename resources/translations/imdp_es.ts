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
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>Informe financiero</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Informe narrativo final</translation>
    </message>
    <message>
        <source>Final financial report</source>
        <translation>Informe financiero final</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Informe de finalización</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
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
    <name>ProposalEditor</name>
    <message>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <source>GFMD recommendation</source>
        <translation>Recomendación del FMMD</translation>
    </message>
    <message>
        <source>GFMD Marketplace</source>
        <translation>Marketplace del FMMD</translation>
    </message>
    <message>
        <source>GMG agency</source>
        <translation>Organismo del GMG</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Organización asociada</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>ONG</translation>
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
        <source>Ethnic origin</source>
        <translation>Origen étnico</translation>
    </message>
    <message>
        <source>Education level</source>
        <translation>Nivel educativo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Cambios sin guardar</translation>
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
        <source>Offline review will be run from here: reviewer assignments with conflict-of-interest declarations, review packages to take away, rubric scores and the safe merge of reviews back into the fund.</source>
        <translation>La evaluación sin conexión se dirigirá desde aquí: asignación de evaluadores con declaraciones de conflicto de intereses, paquetes de evaluación para llevar, puntuaciones según la rúbrica y la reintegración segura de las evaluaciones en el fondo.</translation>
    </message>
    <message>
        <source>The Oversight Committee&apos;s members, meetings, agendas and decisions will be kept here, with the printed dossier for each meeting.</source>
        <translation>Aquí se llevarán los miembros, reuniones, órdenes del día y decisiones del Comité de Supervisión, con el expediente impreso de cada reunión.</translation>
    </message>
    <message>
        <source>The statements the secretariat owes will be produced here: sources and uses of funds, donor statements, project summaries, the report to the Global Forum, the DGF application pack and the IATI export.</source>
        <translation>Aquí se elaborarán los estados que debe la secretaría: orígenes y aplicaciones de fondos, estados de los donantes, resúmenes de proyectos, el informe al Foro Mundial, el paquete de solicitud al DGF y la exportación IATI.</translation>
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
        <source>1, 2 or 3, e.g. 1,3</source>
        <translation>1, 2 o 3, p. ej. 1,3</translation>
    </message>
    <message>
        <source>Action a&amp;rea:</source>
        <translation>Á&amp;rea de acción:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Orig&amp;en:</translation>
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
        <translation>Mo&amp;neda:</translation>
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
        <source>2 to 32 capital letters, digits or dashes.</source>
        <translation>De 2 a 32 mayúsculas, cifras o guiones.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Se requiere un título.</translation>
    </message>
    <message>
        <source>Choose the applicant.</source>
        <translation>Elija el solicitante.</translation>
    </message>
    <message>
        <source>List objectives 1, 2 or 3, separated by commas.</source>
        <translation>Indique los objetivos 1, 2 o 3, separados por comas.</translation>
    </message>
    <message>
        <source>Not an ISO country code: %1.</source>
        <translation>No es un código de país ISO: %1.</translation>
    </message>
    <message>
        <source>A country is listed twice.</source>
        <translation>Un país figura dos veces.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Ends before it starts.</source>
        <translation>Termina antes de empezar.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>Line %1: the category is empty.</source>
        <translation>Línea %1: la categoría está vacía.</translation>
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
        <source>Discard the unsaved changes to this proposal?</source>
        <translation>¿Descartar los cambios sin guardar de esta propuesta?</translation>
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
