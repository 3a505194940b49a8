<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>Dossier</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>No recomendado</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Aprobado con condiciones</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Terms of reference issued</source>
        <translation>Términos de referencia emitidos</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Operationally closed</source>
        <translation>Cerrado (operaciones)</translation>
    </message>
    <message>
        <source>Financially closed</source>
        <translation>Cerrado (finanzas)</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En evaluación</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de avance</translation>
    </message>
    <message>
        <source>Financial statement</source>
        <translation>Estado financiero</translation>
    </message>
    <message>
        <source>Final narrative report</source>
        <translation>Informe narrativo final</translation>
    </message>
    <message>
        <source>Final financial statement</source>
        <translation>Estado financiero final</translation>
    </message>
    <message>
        <source>Completion report</source>
        <translation>Informe de terminación</translation>
    </message>
    <message>
        <source>Independent evaluation</source>
        <translation>Evaluación independiente</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>País en desarrollo</translation>
    </message>
    <message>
        <source>Other stakeholder</source>
        <translation>Otra parte interesada</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Dossier issued</source>
        <translation>Expediente distribuido</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Minutes approved</source>
        <translation>Acta aprobada</translation>
    </message>
    <message>
        <source>World Bank (DGF)</source>
        <translation>Banco Mundial (DGF)</translation>
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
        <translation>Ingresos por inversiones</translation>
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
        <translation>Comprometido</translation>
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
        <translation>Otros</translation>
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
        <translation>Solicitado</translation>
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
        <source>Average</source>
        <translation>Promedio</translation>
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
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Endorsed with conditions</source>
        <translation>Aprobado con condiciones</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
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
