<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Prospective</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Donante</translation>
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
        <source>Receipt</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Investment income</source>
        <translation>Rendimientos de inversión</translation>
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
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Cash held by the trustee</source>
        <translation>Efectivo en poder del fideicomisario</translation>
    </message>
    <message>
        <source>Pledges receivable</source>
        <translation>Promesas por cobrar</translation>
    </message>
    <message>
        <source>Balance held by partners</source>
        <translation>Saldo en poder de los socios</translation>
    </message>
    <message>
        <source>Contributions by donors</source>
        <translation>Contribuciones de los donantes</translation>
    </message>
    <message>
        <source>Bank (DGF) resources</source>
        <translation>Recursos del Banco (DGF)</translation>
    </message>
    <message>
        <source>Exchange differences</source>
        <translation>Diferencias de cambio</translation>
    </message>
    <message>
        <source>Administrative agent fee</source>
        <translation>Comisión del agente administrativo</translation>
    </message>
    <message>
        <source>Expenditure reported by partners</source>
        <translation>Gastos informados por los socios</translation>
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
        <source>Allocations to projects (memo)</source>
        <translation>Asignaciones a proyectos (memoria)</translation>
    </message>
    <message>
        <source>Resources allocated, control (memo)</source>
        <translation>Recursos asignados, control (memoria)</translation>
    </message>
    <message>
        <source>Transfers to partners (memo)</source>
        <translation>Transferencias a socios (memoria)</translation>
    </message>
    <message>
        <source>Refunds from partners (memo)</source>
        <translation>Reembolsos de los socios (memoria)</translation>
    </message>
    <message>
        <source>Transfers net of refunds, control (memo)</source>
        <translation>Transferencias netas de reembolsos, control (memoria)</translation>
    </message>
    <message>
        <source>Plan (funding requested)</source>
        <translation>Plan (financiación solicitada)</translation>
    </message>
    <message>
        <source>Pledged (signed)</source>
        <translation>Prometido (firmado)</translation>
    </message>
    <message>
        <source>Received (paid in)</source>
        <translation>Recibido (pagado)</translation>
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
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
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
        <source>Change: the amount and the status are as recorded</source>
        <translation>Cambio: el importe y el estado son los ya registrados</translation>
    </message>
    <message>
        <source>This change would put the plan basis beyond the DGF cap: saving will ask for an override with a written justification.</source>
        <translation>Este cambio pondría la base del plan por encima del límite DGF: al guardar se pedirá una excepción con justificación escrita.</translation>
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
        <source>Instalments of the selected pledge (arrears in red)</source>
        <translation>Plazos de la promesa seleccionada (atrasos en rojo)</translation>
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
        <source>1 row imported.</source>
        <translation>1 fila importada.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 filas importadas.</translation>
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
        <source>optional: 2027-03-31=500000; 2028-03-31=500000</source>
        <translation>opcional: 2027-03-31=500000; 2028-03-31=500000</translation>
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
        <source>Instalments: &apos;%1&apos; is not DATE=AMOUNT (YYYY-MM-DD=amount)</source>
        <translation>Plazos: «%1» no tiene la forma FECHA=IMPORTE (AAAA-MM-DD=importe)</translation>
    </message>
    <message>
        <source>Instalments: the amount of &apos;%1&apos; is not a positive amount</source>
        <translation>Plazos: el importe de «%1» no es un importe positivo</translation>
    </message>
    <message>
        <source>Instalments: they add up to %1, not to the pledged %2</source>
        <translation>Plazos: suman %1, no el importe prometido de %2</translation>
    </message>
    <message>
        <source>USD value: %1</source>
        <translation>Valor en USD: %1</translation>
    </message>
    <message>
        <source>Beyond the DGF cap on the plan basis (%1 of %2): saving will ask for an override with a written justification.</source>
        <translation>Por encima del límite DGF en la base del plan (%1 de %2): al guardar se pedirá una excepción con justificación escrita.</translation>
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
        <translation>Representar cada página principal en CARPETA y salir.</translation>
    </message>
    <message>
        <source>Interface language: en, fr or es.</source>
        <translation>Idioma de la interfaz: en, fr o es.</translation>
    </message>
</context>
</TS>
