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
        <translation>Abierto con una advertencia</translation>
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
        <source>What the conflict is</source>
        <translation>En qué consiste el conflicto</translation>
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
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>imdp::ui::ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Reviewers score proposals offline in a review package holding only their assignments. Export a package for a reviewer, and import it when it comes back.</source>
        <translation>Los evaluadores puntúan sin conexión en un paquete de evaluación que solo contiene sus asignaciones. Exporte el paquete de un evaluador e impórtelo cuando vuelva.</translation>
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
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>declared: %1</source>
        <translation>declarado: %1</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>ninguno declarado</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>señalado: %1</translation>
    </message>
    <message>
        <source>flagged: %1; overridden: %2</source>
        <translation>señalado: %1; autorizado: %2</translation>
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
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
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
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Nothing was imported: reviews already recorded differ from the package.
%1</source>
        <translation>No se importó nada: evaluaciones ya registradas difieren del paquete.
%1</translation>
    </message>
    <message>
        <source>Nothing new: the fund already holds this package&apos;s reviews.</source>
        <translation>Nada nuevo: el fondo ya contiene las evaluaciones de este paquete.</translation>
    </message>
    <message>
        <source>Import the reviews of %1?
%2</source>
        <translation>¿Importar las evaluaciones de %1?
%2</translation>
    </message>
    <message>
        <source>Imported the reviews of %1.</source>
        <translation>Evaluaciones de %1 importadas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IMDP Desk: grant administration for the IMDP trust fund.</source>
        <translation>IMDP Desk: administración de donaciones del fondo IMDP.</translation>
    </message>
    <message>
        <source>The fund file, or a review package, to open.</source>
        <translation>El archivo del fondo, o un paquete de evaluación, que abrir.</translation>
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
        <source>Review mode</source>
        <translation>Modo de evaluación</translation>
    </message>
</context>
</TS>
