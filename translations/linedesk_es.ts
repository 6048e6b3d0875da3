<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account %1, billed in %2</source>
        <translation>Cuenta %1, facturada en %2</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Esta base de datos no contiene la cuenta %1</translation>
    </message>
    <message>
        <source>This database holds no account yet; create one with “init --demo”</source>
        <translation>Esta base de datos aún no contiene ninguna cuenta; cree una con «init --demo»</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No database is open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>No account is open</source>
        <translation>No hay ninguna cuenta abierta</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>AddExtensionDialog</name>
    <message>
        <source>Add an Extension</source>
        <translation>Añadir una extensión</translation>
    </message>
    <message>
        <source>101</source>
        <translation>101</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>No device yet</source>
        <translation>Aún sin dispositivo</translation>
    </message>
    <message>
        <source>%1 (%2 a month, as a service option)</source>
        <translation>%1 (%2 al mes, como opción de servicio)</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>&amp;Extensión:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>AddFunds</name>
    <message>
        <source>Amount: the account is kept in %1, not %2</source>
        <translation>Importe: la cuenta se lleva en %1, no en %2</translation>
    </message>
    <message>
        <source>Amount: %1 is not a positive amount</source>
        <translation>Importe: %1 no es un importe positivo</translation>
    </message>
    <message>
        <source>Amount: the minimum deposit by card or PayPal is %1; %2 is below it</source>
        <translation>Importe: el depósito mínimo con tarjeta o PayPal es de %1; %2 es inferior</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; funds cannot be added</source>
        <translation>Su rol en esta cuenta solo permite consultarla; no se pueden añadir fondos</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Tarjeta: %1</translation>
    </message>
    <message>
        <source>Card: no card is stored; add one under Payment Methods first</source>
        <translation>Tarjeta: no hay ninguna tarjeta guardada; añada primero una en Métodos de pago</translation>
    </message>
    <message>
        <source>Deposit by card, %1</source>
        <translation>Depósito con tarjeta, %1</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Depósito con PayPal</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>El pago fue rechazado: %1</translation>
    </message>
    <message>
        <source>Send %1 by bank wire to LineDesk Telecom Inc., First Harbor Bank, account 000123456789, routing (ABA) 021000021, SWIFT FHBKUS33. Write the reference %2 in the transfer&apos;s message so the funds reach your account. Wires usually arrive in 2–3 business days (between %3 and %4); after %5 the deposit is flagged overdue.</source>
        <translation>Envíe %1 por transferencia bancaria a LineDesk Telecom Inc., First Harbor Bank, cuenta 000123456789, número de ruta (ABA) 021000021, SWIFT FHBKUS33. Escriba la referencia %2 en el mensaje de la transferencia para que los fondos lleguen a su cuenta. Las transferencias suelen llegar en 2–3 días hábiles (entre el %3 y el %4); después del %5, el depósito se marca como atrasado.</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>The request id “%1” was already used for a different transaction</source>
        <translation>El identificador de solicitud «%1» ya se usó para otra transacción</translation>
    </message>
</context>
<context>
    <name>AddFundsPage</name>
    <message>
        <source>&amp;Add Funds</source>
        <translation>&amp;Añadir fondos</translation>
    </message>
    <message>
        <source>Mark &amp;Received</source>
        <translation>Marcar como &amp;recibido</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Amount, e.g. 50.00</source>
        <translation>Importe, p. ej. 50.00</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Bank wires on their way</source>
        <translation>Transferencias bancarias en curso</translation>
    </message>
    <message>
        <source>Card and PayPal deposits: at least %1. Bank wires arrive in 2–3 business days.</source>
        <translation>Depósitos con tarjeta y PayPal: %1 como mínimo. Las transferencias bancarias llegan en 2–3 días hábiles.</translation>
    </message>
    <message>
        <source>Overdue (more than 7 days)</source>
        <translation>Atrasada (más de 7 días)</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>Prevista para el %1</translation>
    </message>
    <message>
        <source>Add Funds</source>
        <translation>Añadir fondos</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Importe: %1</translation>
    </message>
    <message>
        <source>Reference number: %1
%2</source>
        <translation>Número de referencia: %1
%2</translation>
    </message>
    <message>
        <source>%1 was added to your balance.</source>
        <translation>Se añadió %1 a su saldo.</translation>
    </message>
    <message>
        <source>Mark Received</source>
        <translation>Marcar como recibido</translation>
    </message>
    <message>
        <source>Choose a bank wire in the list first.</source>
        <translation>Elija primero una transferencia bancaria de la lista.</translation>
    </message>
    <message>
        <source>Has the bank wire %1 reached the account? Its amount will be added to the balance.</source>
        <translation>¿Ha llegado la transferencia bancaria %1 a la cuenta? Su importe se añadirá al saldo.</translation>
    </message>
</context>
<context>
    <name>AddNumberDialog</name>
    <message>
        <source>Add a Number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <source>+1 514 555 0123</source>
        <translation>+1 514 555 0123</translation>
    </message>
    <message>
        <source>Automatic (from the number)</source>
        <translation>Automático (según el número)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Tarifa plana</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Monthly &amp;fee (%1):</source>
        <translation>&amp;Cuota mensual (%1):</translation>
    </message>
    <message>
        <source>&amp;Ordered on:</source>
        <translation>&amp;Pedido el:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The monthly fee must be an amount like 4.95</source>
        <translation>La cuota mensual debe ser un importe como 4.95</translation>
    </message>
    <message>
        <source>Write the number in international form, with its country code.</source>
        <translation>Escriba el número en formato internacional, con su prefijo de país.</translation>
    </message>
</context>
<context>
    <name>AutoBilling</name>
    <message>
        <source>Automatic billing is off</source>
        <translation>La facturación automática está desactivada</translation>
    </message>
    <message>
        <source>The balance is above the threshold: nothing to charge</source>
        <translation>El saldo está por encima del umbral: no hay nada que cobrar</translation>
    </message>
    <message>
        <source>The card was charged</source>
        <translation>Se realizó el cargo en la tarjeta</translation>
    </message>
    <message>
        <source>The card was declined; it will be tried again tomorrow at 00:01 Eastern</source>
        <translation>La tarjeta fue rechazada; se volverá a intentar mañana a las 00:01, hora del Este</translation>
    </message>
    <message>
        <source>The card was already charged today; a notification was sent and the next attempt is tomorrow at 00:01 Eastern</source>
        <translation>Ya se hizo un cargo en la tarjeta hoy; se envió una notificación y el próximo intento será mañana a las 00:01, hora del Este</translation>
    </message>
    <message>
        <source>Waiting for the retry at 00:01 Eastern</source>
        <translation>A la espera del reintento a las 00:01, hora del Este</translation>
    </message>
    <message>
        <source>No card is stored for automatic billing</source>
        <translation>No hay ninguna tarjeta guardada para la facturación automática</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view automatic billing</source>
        <translation>Su rol en esta cuenta solo le permite ver la facturación automática</translation>
    </message>
    <message>
        <source>Amount: the amount to charge must be more than zero</source>
        <translation>Importe: el importe que se cobrará debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Threshold: the low-balance threshold cannot be negative</source>
        <translation>Umbral: el umbral de saldo bajo no puede ser negativo</translation>
    </message>
    <message>
        <source>Target: the balance to top up to (%1) must be above the floor (%2)</source>
        <translation>Objetivo: el saldo que se debe alcanzar con la recarga (%1) debe ser superior al mínimo (%2)</translation>
    </message>
    <message>
        <source>Postpaid threshold: it must be more than zero</source>
        <translation>Umbral pospago: debe ser mayor que cero</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Tarjeta: %1</translation>
    </message>
    <message>
        <source>Card: add a card under Payment Methods before turning automatic billing on</source>
        <translation>Tarjeta: añada una tarjeta en Métodos de pago antes de activar la facturación automática</translation>
    </message>
    <message>
        <source>The balance reached the threshold a second time today; the card is charged at most once a day</source>
        <translation>El saldo alcanzó el umbral por segunda vez hoy; la tarjeta se cobra como máximo una vez al día</translation>
    </message>
    <message>
        <source>Automatic billing: no second charge today</source>
        <translation>Facturación automática: ningún segundo cargo hoy</translation>
    </message>
    <message>
        <source>Your balance of %1 reached your low-balance threshold again today. Your card is charged at most once a day, so no charge was made; the next attempt is on %2 at 00:01 Eastern.</source>
        <translation>Su saldo de %1 volvió a alcanzar hoy su umbral de saldo bajo. Su tarjeta se cobra como máximo una vez al día, así que no se realizó ningún cargo; el próximo intento será el %2 a las 00:01, hora del Este.</translation>
    </message>
    <message>
        <source>No card is stored</source>
        <translation>No hay ninguna tarjeta guardada</translation>
    </message>
    <message>
        <source>Automatic billing: no card on file</source>
        <translation>Facturación automática: ninguna tarjeta registrada</translation>
    </message>
    <message>
        <source>Your balance of %1 reached your low-balance threshold, but no card is stored for automatic billing. Add a card under Finances → Payment Methods.</source>
        <translation>Su saldo de %1 alcanzó su umbral de saldo bajo, pero no hay ninguna tarjeta guardada para la facturación automática. Añada una tarjeta en Finanzas → Métodos de pago.</translation>
    </message>
    <message>
        <source>Automatic billing, %1</source>
        <translation>Facturación automática, %1</translation>
    </message>
    <message>
        <source>Automatic billing: your card was declined</source>
        <translation>Facturación automática: su tarjeta fue rechazada</translation>
    </message>
    <message>
        <source>We tried to charge %1 to your %2 and it was declined (%3). We will try again on %4 at 00:01 Eastern.</source>
        <translation>Intentamos cargar %1 a su %2, pero el cargo fue rechazado (%3). Lo intentaremos de nuevo el %4 a las 00:01, hora del Este.</translation>
    </message>
    <message>
        <source>The automatic billing settings</source>
        <translation>La configuración de la facturación automática</translation>
    </message>
    <message>
        <source>The automatic billing settings were removed</source>
        <translation>Se eliminó la configuración de la facturación automática</translation>
    </message>
</context>
<context>
    <name>AutoBillingPage</name>
    <message>
        <source>Automatic billing is on</source>
        <translation>Facturación automática activada</translation>
    </message>
    <message>
        <source>&amp;Update Settings</source>
        <translation>&amp;Actualizar configuración</translation>
    </message>
    <message>
        <source>Turns automatic billing off or on at once; the card and the amounts are kept.</source>
        <translation>Desactiva o activa al instante la facturación automática; se conservan la tarjeta y los importes.</translation>
    </message>
    <message>
        <source>Charge a fixed amount when the balance reaches the threshold</source>
        <translation>Cobrar un importe fijo cuando el saldo alcance el umbral</translation>
    </message>
    <message>
        <source>Top up to a target when the balance falls below a floor</source>
        <translation>Recargar hasta un objetivo cuando el saldo baje de un mínimo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>Low-balance &amp;threshold:</source>
        <translation>&amp;Umbral de saldo bajo:</translation>
    </message>
    <message>
        <source>&amp;Amount to charge:</source>
        <translation>&amp;Importe a cobrar:</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>&amp;Mínimo:</translation>
    </message>
    <message>
        <source>T&amp;arget balance:</source>
        <translation>Saldo &amp;objetivo:</translation>
    </message>
    <message>
        <source>The card is charged at most once a day. A second low balance the same day, or a declined charge, sends a notification and is tried again the next day at 00:01 Eastern time.</source>
        <translation>La tarjeta se cobra como máximo una vez al día. Un segundo saldo bajo el mismo día, o un cargo rechazado, envía una notificación y se vuelve a intentar al día siguiente a las 00:01, hora del Este.</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>No card stored: add one under Payment Methods</source>
        <translation>Ninguna tarjeta guardada: añada una en Métodos de pago</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Automatic Billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Current balance</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <source>Incoming DID charges</source>
        <translation>Cargos DID próximos</translation>
    </message>
    <message>
        <source>Tomorrow:</source>
        <translation>Mañana:</translation>
    </message>
    <message>
        <source>Next 3 Days:</source>
        <translation>Próximos 3 días:</translation>
    </message>
    <message>
        <source>Next 7 Days:</source>
        <translation>Próximos 7 días:</translation>
    </message>
    <message>
        <source>The windows overlap: a charge due tomorrow is also counted in the next 3 and the next 7 days. When two windows show the same amount it is charged once, not twice.</source>
        <translation>Los periodos se solapan: un cargo que vence mañana también se cuenta en los próximos 3 y 7 días. Cuando dos periodos muestran el mismo importe, se cobra una vez, no dos.</translation>
    </message>
    <message>
        <source>Bank wire %1 of %2 is overdue (sent %3).</source>
        <translation>La transferencia bancaria %1 de %2 está atrasada (enviada el %3).</translation>
    </message>
    <message>
        <source>Bank wire %1 of %2 is on its way, expected by %3.</source>
        <translation>La transferencia bancaria %1 de %2 está en curso; se espera para el %3.</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>An employee account cannot fill or pay the basket; ask the account owner or an admin.</source>
        <translation>Una cuenta de empleado no puede llenar ni pagar la cesta; pídaselo al titular de la cuenta o a un administrador.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1).</source>
        <translation>La cantidad debe estar entre 1 y 999 (se recibió %1).</translation>
    </message>
    <message>
        <source>There is no option or package “%1” in the catalogue.</source>
        <translation>El catálogo no contiene ninguna opción ni ningún paquete «%1».</translation>
    </message>
    <message>
        <source>%1 belongs to a smart number: switch it on from the Smart Numbers section.</source>
        <translation>%1 pertenece a un número inteligente: actívelo desde la sección Números inteligentes.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1); use the bin to remove a product.</source>
        <translation>La cantidad debe estar entre 1 y 999 (se recibió %1); use la papelera para quitar un producto.</translation>
    </message>
    <message>
        <source>That basket line no longer exists.</source>
        <translation>Esa línea de la cesta ya no existe.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>La cesta está vacía.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>No se pudo iniciar una transacción: %1</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <source>%1 package</source>
        <translation>Paquete %1</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mes</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>BillingOptions</name>
    <message>
        <source>The account %1 has no subscription yet.</source>
        <translation>La cuenta %1 aún no tiene suscripción.</translation>
    </message>
    <message>
        <source>The billing method must be monthly invoices or credit card (got “%1”).</source>
        <translation>El método de facturación debe ser facturas mensuales o tarjeta de crédito (se recibió «%1»).</translation>
    </message>
    <message>
        <source>Credit card billing needs a card: choose a saved card or add one.</source>
        <translation>La facturación con tarjeta de crédito requiere una tarjeta: elija una tarjeta guardada o añada una.</translation>
    </message>
    <message>
        <source>The chosen card does not belong to this account.</source>
        <translation>La tarjeta elegida no pertenece a esta cuenta.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Billing e-mail</source>
        <translation>Correo electrónico de facturación</translation>
    </message>
    <message>
        <source>Billing address: “%1” is mandatory.</source>
        <translation>Dirección de facturación: «%1» es obligatorio.</translation>
    </message>
    <message>
        <source>An employee account cannot change the billing options.</source>
        <translation>Una cuenta de empleado no puede cambiar las opciones de facturación.</translation>
    </message>
    <message>
        <source>The billing options were changed by someone else; reload and try again.</source>
        <translation>Otra persona ha cambiado las opciones de facturación; vuelva a cargarlas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Billing address: %1</source>
        <translation>Dirección de facturación: %1</translation>
    </message>
</context>
<context>
    <name>BillingOptionsDialog</name>
    <message>
        <source>Monthly &amp;invoices, payable by the due date</source>
        <translation>&amp;Facturas mensuales, pagaderas antes del vencimiento</translation>
    </message>
    <message>
        <source>&amp;Credit card: invoiced monthly, paid automatically by card</source>
        <translation>&amp;Tarjeta de crédito: facturación mensual, pago automático con tarjeta</translation>
    </message>
    <message>
        <source>Billing Options</source>
        <translation>Opciones de facturación</translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation>Datos de facturación</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Billing address (every field but the second line is mandatory)</source>
        <translation>Dirección de facturación (todos los campos salvo la segunda línea son obligatorios)</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Dirección, línea &amp;2:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Estado o provincia:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters):</source>
        <translation>Pa&amp;ís (dos letras):</translation>
    </message>
    <message>
        <source>Billing &amp;e-mail:</source>
        <translation>&amp;Correo electrónico de facturación:</translation>
    </message>
    <message>
        <source>%1 ending in %2, expires %3/%4</source>
        <translation>%1 terminada en %2, caducidad %3/%4</translation>
    </message>
    <message>
        <source>There is no saved card: add one in Finances → Payment methods first.</source>
        <translation>No hay ninguna tarjeta guardada: añada primero una en Finanzas → Métodos de pago.</translation>
    </message>
</context>
<context>
    <name>BillingProfile</name>
    <message>
        <source>Company: enter the name invoices are made out to</source>
        <translation>Empresa: escriba el nombre a quien se emiten las facturas</translation>
    </message>
    <message>
        <source>Company: at most 200 characters</source>
        <translation>Empresa: 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>Address: enter the street address</source>
        <translation>Dirección: escriba la calle y el número</translation>
    </message>
    <message>
        <source>City: enter the city</source>
        <translation>Ciudad: escriba la ciudad</translation>
    </message>
    <message>
        <source>Country: “%1” is not a two-letter country code such as US, CA or FR</source>
        <translation>País: «%1» no es un código de país de dos letras, como US, CA o FR</translation>
    </message>
    <message>
        <source>ZIP code: “%1” is not a ZIP code such as 10118 or 10118-0110</source>
        <translation>Código ZIP: «%1» no es un código ZIP como 10118 o 10118-0110</translation>
    </message>
    <message>
        <source>Postal code: “%1” is not a Canadian postal code such as H2X 1Y4</source>
        <translation>Código postal: «%1» no es un código postal canadiense como H2X 1Y4</translation>
    </message>
    <message>
        <source>Postal code: at most 12 characters</source>
        <translation>Código postal: 12 caracteres como máximo</translation>
    </message>
    <message>
        <source>State or province: enter it for an address in the US or Canada</source>
        <translation>Estado o provincia: indíquelo para una dirección en EE. UU. o Canadá</translation>
    </message>
    <message>
        <source>Billing e-mail: “%1” is not an e-mail address</source>
        <translation>Correo electrónico de facturación: «%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Currency: “%1” is not an ISO 4217 code such as USD, CAD or EUR</source>
        <translation>Moneda: «%1» no es un código ISO 4217 como USD, CAD o EUR</translation>
    </message>
    <message>
        <source>Time zone: “%1” is not a time zone such as America/New_York</source>
        <translation>Zona horaria: «%1» no es una zona horaria como America/New_York</translation>
    </message>
    <message>
        <source>There is no account %1 in this database</source>
        <translation>Esta base de datos no contiene la cuenta %1</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view the billing profile</source>
        <translation>Su rol en esta cuenta solo le permite ver el perfil de facturación</translation>
    </message>
    <message>
        <source>Currency: the account already has transactions in %1; its currency cannot change</source>
        <translation>Moneda: la cuenta ya tiene transacciones en %1; su moneda no puede cambiar</translation>
    </message>
    <message>
        <source>The billing profile was changed by someone else; reload it</source>
        <translation>Otra persona ha cambiado el perfil de facturación; vuelva a cargarlo</translation>
    </message>
</context>
<context>
    <name>BillingProfilePage</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address (line 2):</source>
        <translation>Dirección (línea 2):</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>State or &amp;province:</source>
        <translation>Estado o &amp;provincia:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>Co&amp;untry (two letters):</source>
        <translation>Pa&amp;ís (dos letras):</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Billing &amp;e-mail:</source>
        <translation>&amp;Correo electrónico de facturación:</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <source>Every payment notification goes to this address.</source>
        <translation>Todas las notificaciones de pago se envían a esta dirección.</translation>
    </message>
    <message>
        <source>The billing profile was saved.</source>
        <translation>Se guardó el perfil de facturación.</translation>
    </message>
</context>
<context>
    <name>CallerFilter</name>
    <message>
        <source>“%1” is not a caller pattern: use a number in international form (+15145550123), a prefix ending in * (+1514*) or “anonymous”</source>
        <translation>«%1» no es un patrón de llamante: use un número en formato internacional (+15145550123), un prefijo terminado en * (+1514*) o «anonymous»</translation>
    </message>
</context>
<context>
    <name>CallerFilterEntry</name>
    <message>
        <source>Exact number</source>
        <translation>Número exacto</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Anonymous callers</source>
        <translation>Llamantes anónimos</translation>
    </message>
    <message>
        <source>The caller filter entry is empty: write a number, a prefix like +1514* or “anonymous”</source>
        <translation>La entrada del filtro de llamantes está vacía: escriba un número, un prefijo como +1514* o «anonymous»</translation>
    </message>
</context>
<context>
    <name>CallerFilterModel</name>
    <message>
        <source>Choose a number first</source>
        <translation>Elija primero un número</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CallerFilterRepository</name>
    <message>
        <source>Your role (employee) lets you view caller filters, not change them</source>
        <translation>Su rol (empleado) le permite ver los filtros de llamantes, no cambiarlos</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Este número ya no pertenece a la cuenta</translation>
    </message>
    <message>
        <source>“%1” is already in this list</source>
        <translation>«%1» ya figura en esta lista</translation>
    </message>
    <message>
        <source>This entry is no longer in the list</source>
        <translation>Esta entrada ya no figura en la lista</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>This number uses an allow list: a caller who is not on it is already kept out</source>
        <translation>Este número usa una lista de permitidos: un llamante que no figura en ella ya queda excluido</translation>
    </message>
    <message>
        <source>Blocked from the missed calls list</source>
        <translation>Bloqueado desde la lista de llamadas perdidas</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Esta entrada</translation>
    </message>
</context>
<context>
    <name>CallsReportModel</name>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>CdrImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Your role in this account only views: importing calls is not allowed.</source>
        <translation>Su rol en esta cuenta solo permite consultar: no se permite importar llamadas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>the header must be “%1”</source>
        <translation>el encabezado debe ser «%1»</translation>
    </message>
    <message>
        <source>expected 6 fields (%1)</source>
        <translation>se esperaban 6 campos (%1)</translation>
    </message>
    <message>
        <source>bad date “%1” (expected a UTC instant such as 2026-11-23T15:04:05Z)</source>
        <translation>fecha incorrecta «%1» (se esperaba un instante UTC como 2026-11-23T15:04:05Z)</translation>
    </message>
    <message>
        <source>unknown number “%1” (not one of this account&apos;s numbers)</source>
        <translation>número desconocido «%1» (no es uno de los números de esta cuenta)</translation>
    </message>
    <message>
        <source>bad caller “%1” (expected an E.164 number or “anonymous”)</source>
        <translation>llamante incorrecto «%1» (se esperaba un número E.164 o «anonymous»)</translation>
    </message>
    <message>
        <source>unknown disposition “%1” (expected answered, missed, voicemail, blocked or outbound)</source>
        <translation>resultado desconocido «%1» (se esperaba answered, missed, voicemail, blocked u outbound)</translation>
    </message>
    <message>
        <source>negative duration %1</source>
        <translation>duración negativa %1</translation>
    </message>
    <message>
        <source>bad duration “%1” (expected whole seconds)</source>
        <translation>duración incorrecta «%1» (se esperaba un número entero de segundos)</translation>
    </message>
    <message>
        <source>bad charge “%1” (expected a decimal amount of at least 0 such as 0.25)</source>
        <translation>cargo incorrecto «%1» (se esperaba un importe decimal de al menos 0, como 0.25)</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header “%1”.</source>
        <translation>El archivo está vacío: debe contener el encabezado «%1».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no database at “%1”; create it with “linedesk-cli --db %1 init --demo”</source>
        <translation>No hay ninguna base de datos en «%1»; créela con «linedesk-cli --db %1 init --demo»</translation>
    </message>
    <message>
        <source>Shows the options of this command.</source>
        <translation>Muestra las opciones de este comando.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>info: unexpected argument “%1”</source>
        <translation>info: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 (%2), id %3</source>
        <translation>%1 (%2), id. %3</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Show the backend, schema version, account and row counts.</source>
        <translation>Muestra el motor, la versión del esquema, la cuenta y el número de filas.</translation>
    </message>
    <message>
        <source>Adds a realistic demo account.</source>
        <translation>Añade una cuenta de demostración realista.</translation>
    </message>
    <message>
        <source>Seed of the demo data (default 1).</source>
        <translation>Semilla de los datos de demostración (1 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>init: --seed “%1” must be a positive whole number</source>
        <translation>init: --seed «%1» debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>init: --seed goes with --demo</source>
        <translation>init: --seed se usa junto con --demo</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>Cuenta de demostración</translation>
    </message>
    <message>
        <source>Create or upgrade the database; --demo adds a demo account.</source>
        <translation>Crea o actualiza la base de datos; --demo añade una cuenta de demostración.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use en, fr or es</source>
        <translation>Idioma desconocido «%1»; use en, fr o es</translation>
    </message>
    <message>
        <source>LineDesk command line: manage a virtual phone number account.</source>
        <translation>LineDesk en línea de comandos: gestione una cuenta de números de teléfono virtuales.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>The database: a SQLite file or postgresql://user@host:port/db (default: $LINEDESK_DB, then the GUI&apos;s database).</source>
        <translation>La base de datos: un archivo SQLite o postgresql://usuario@host:puerto/base (por defecto: $LINEDESK_DB y, si no, la base de la interfaz gráfica).</translation>
    </message>
    <message>
        <source>path-or-url</source>
        <translation>ruta-o-url</translation>
    </message>
    <message>
        <source>The clock for everything time-dependent, as an ISO 8601 instant with its offset (2026-11-23T10:00:00-05:00).</source>
        <translation>El reloj para todo lo que depende del tiempo, como instante ISO 8601 con su desfase (2026-11-23T10:00:00-05:00).</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>instante</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Salida: table, csv o json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Language of messages: en, fr or es.</source>
        <translation>Idioma de los mensajes: en, fr o es.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>The account to work on when the database holds several.</source>
        <translation>La cuenta con la que trabajar cuando la base contiene varias.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>The command to run, then its options.</source>
        <translation>El comando que se ejecutará y, a continuación, sus opciones.</translation>
    </message>
    <message>
        <source>Unknown output format “%1”; use table, csv or json</source>
        <translation>Formato de salida desconocido «%1»; use table, csv o json</translation>
    </message>
    <message>
        <source>--now “%1” is not an instant; write it like 2026-11-23T10:00:00-05:00</source>
        <translation>--now «%1» no es un instante; escríbalo como 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>--account “%1” is not an account id</source>
        <translation>--account «%1» no es un identificador de cuenta</translation>
    </message>
    <message>
        <source>Unknown command “%1”; run linedesk-cli --help for the list</source>
        <translation>Comando desconocido «%1»; ejecute linedesk-cli --help para ver la lista</translation>
    </message>
    <message>
        <source>Monthly price of the service, e.g. 12.95.</source>
        <translation>Precio mensual del servicio, p. ej. 12.95.</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>IMPORTE</translation>
    </message>
    <message>
        <source>Day the service starts (YYYY-MM-DD).</source>
        <translation>Día de inicio del servicio (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Invoice day of the month, 1–28, or 0 for the last day (default 1).</source>
        <translation>Día de facturación del mes, 1–28, o 0 para el último día (1 por defecto).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>A prepaid account: one full month is due as well.</source>
        <translation>Cuenta prepago: también se debe un mes completo.</translation>
    </message>
    <message>
        <source>billing prorate: unexpected argument “%1”</source>
        <translation>billing prorate: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>billing prorate: --monthly AMOUNT is required</source>
        <translation>billing prorate: --monthly IMPORTE es obligatorio</translation>
    </message>
    <message>
        <source>billing prorate: --start DATE is required</source>
        <translation>billing prorate: --start FECHA es obligatorio</translation>
    </message>
    <message>
        <source>billing prorate: --monthly “%1”: %2</source>
        <translation>billing prorate: --monthly «%1»: %2</translation>
    </message>
    <message>
        <source>billing prorate: --start “%1” is not a date (YYYY-MM-DD)</source>
        <translation>billing prorate: --start «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>billing prorate: --invoice-day “%1” must be 1 to 28, or 0 for the last day</source>
        <translation>billing prorate: --invoice-day «%1» debe estar entre 1 y 28, o ser 0 para el último día</translation>
    </message>
    <message>
        <source>billing prorate: %1</source>
        <translation>billing prorate: %1</translation>
    </message>
    <message>
        <source>Prorated</source>
        <translation>Prorrateado</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>A pagar ahora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>%1 of %2 (to %3)</source>
        <translation>%1 de %2 (hasta el %3)</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] billing prorate --monthly AMOUNT --start DATE [--invoice-day D] [--prepaid]</source>
        <translation>Uso: linedesk-cli [opciones globales] billing prorate --monthly IMPORTE --start FECHA [--invoice-day D] [--prepaid]</translation>
    </message>
    <message>
        <source>billing: unknown subcommand “%1”; use prorate</source>
        <translation>billing: subcomando desconocido «%1»; use prorate</translation>
    </message>
    <message>
        <source>Prorate a monthly price: billing prorate --monthly A --start DATE.</source>
        <translation>Prorratea un precio mensual: billing prorate --monthly IMPORTE --start FECHA.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Next 3 Days</source>
        <translation>Próximos 3 días</translation>
    </message>
    <message>
        <source>Next 7 Days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>finances transactions: give both --from and --to (YYYY-MM-DD)</source>
        <translation>finances transactions: indique tanto --from como --to (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>finances transactions: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>finances transactions: --from «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>finances transactions: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>finances transactions: --to «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>finances transactions: --to %1 is before --from %2</source>
        <translation>finances transactions: --to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>finances add-funds: give one AMOUNT, e.g. “finances add-funds 25.00 --method card”</source>
        <translation>finances add-funds: indique un IMPORTE, p. ej. «finances add-funds 25.00 --method card»</translation>
    </message>
    <message>
        <source>finances add-funds: --method “%1” is not card, paypal or wire</source>
        <translation>finances add-funds: --method «%1» no es card, paypal ni wire</translation>
    </message>
    <message>
        <source>finances add-funds: AMOUNT “%1”: %2</source>
        <translation>finances add-funds: IMPORTE «%1»: %2</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prevista para</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>Depositado</translation>
    </message>
    <message>
        <source>finances autobill: --%1 “%2”: %3</source>
        <translation>finances autobill: --%1 «%2»: %3</translation>
    </message>
    <message>
        <source>finances autobill: --enabled “%1” is not on or off</source>
        <translation>finances autobill: --enabled «%1» no es on ni off</translation>
    </message>
    <message>
        <source>finances autobill: --mode “%1” is not threshold or topup</source>
        <translation>finances autobill: --mode «%1» no es threshold ni topup</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>top up to a target</source>
        <translation>recarga hasta un objetivo</translation>
    </message>
    <message>
        <source>fixed amount at a threshold</source>
        <translation>importe fijo al alcanzar un umbral</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>finances forecast: --days “%1” is not a number of days from 1 to 366</source>
        <translation>finances forecast: --days «%1» no es un número de días entre 1 y 366</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Recarga</translation>
    </message>
    <message>
        <source>Without automatic billing the balance reaches zero on %1.</source>
        <translation>Sin facturación automática, el saldo llega a cero el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for %n day(s).</source>
        <translation>
            <numerusform>Sin facturación automática, el saldo se mantiene por encima de cero durante %n día.</numerusform>
            <numerusform>Sin facturación automática, el saldo se mantiene por encima de cero durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>balance | upcoming | transactions | add-funds AMOUNT | autobill | forecast</source>
        <translation>balance | upcoming | transactions | add-funds IMPORTE | autobill | forecast</translation>
    </message>
    <message>
        <source>transactions: first day (YYYY-MM-DD).</source>
        <translation>transactions: primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>transactions: last day (YYYY-MM-DD).</source>
        <translation>transactions: último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>add-funds: card, paypal or wire.</source>
        <translation>add-funds: card, paypal o wire.</translation>
    </message>
    <message>
        <source>autobill: charge when the balance reaches this.</source>
        <translation>autobill: cobrar cuando el saldo llegue a este importe.</translation>
    </message>
    <message>
        <source>autobill: the amount to charge.</source>
        <translation>autobill: el importe que se cobrará.</translation>
    </message>
    <message>
        <source>autobill: on or off (keeps the card).</source>
        <translation>autobill: on u off (conserva la tarjeta).</translation>
    </message>
    <message>
        <source>autobill: threshold or topup.</source>
        <translation>autobill: threshold o topup.</translation>
    </message>
    <message>
        <source>autobill, top-up mode: recharge below this balance.</source>
        <translation>autobill, modo recarga: recargar por debajo de este saldo.</translation>
    </message>
    <message>
        <source>autobill, top-up mode: recharge up to this balance.</source>
        <translation>autobill, modo recarga: recargar hasta este saldo.</translation>
    </message>
    <message>
        <source>autobill: apply the rules now (charges the card if they say so).</source>
        <translation>autobill: aplicar las reglas ahora (cobra en la tarjeta si así lo indican).</translation>
    </message>
    <message>
        <source>forecast: how many days ahead (30, 60, 90…).</source>
        <translation>forecast: cuántos días hacia adelante (30, 60, 90…).</translation>
    </message>
    <message>
        <source>finances: give a subcommand: balance, upcoming, transactions, add-funds, autobill or forecast</source>
        <translation>finances: indique un subcomando: balance, upcoming, transactions, add-funds, autobill o forecast</translation>
    </message>
    <message>
        <source>finances: unknown subcommand “%1”</source>
        <translation>finances: subcomando desconocido «%1»</translation>
    </message>
    <message>
        <source>finances %1: the option --%2 does not apply here</source>
        <translation>finances %1: la opción --%2 no se aplica aquí</translation>
    </message>
    <message>
        <source>finances %1: unexpected argument “%2”</source>
        <translation>finances %1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>finances add-funds: give --method card, paypal or wire</source>
        <translation>finances add-funds: indique --method card, paypal o wire</translation>
    </message>
    <message>
        <source>Balance, upcoming charges, transactions, add funds, automatic billing and the forecast.</source>
        <translation>Saldo, cargos próximos, transacciones, añadir fondos, facturación automática y previsión.</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <source>import cdr: expected one CSV file, as in “import cdr calls.csv”</source>
        <translation>import cdr: se esperaba un archivo CSV, como en «import cdr calls.csv»</translation>
    </message>
    <message>
        <source>import cdr: there is no file “%1”</source>
        <translation>import cdr: no existe el archivo «%1»</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Calls imported</source>
        <translation>Llamadas importadas</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Ya existentes</translation>
    </message>
    <message>
        <source>import: expected “cdr”, as in “import cdr FILE.csv”</source>
        <translation>import: se esperaba «cdr», como en «import cdr ARCHIVO.csv»</translation>
    </message>
    <message>
        <source>Import call records: import cdr FILE.csv.</source>
        <translation>Importa registros de llamadas: import cdr ARCHIVO.csv.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (at most 6 months back).</source>
        <translation>Primer día, AAAA-MM-DD (como máximo 6 meses atrás).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (inclusive).</source>
        <translation>Último día, AAAA-MM-DD (incluido).</translation>
    </message>
    <message>
        <source>Only this number (repeat for several).</source>
        <translation>Solo este número (repita la opción para varios).</translation>
    </message>
    <message>
        <source>all, answered, missed, voicemail, blocked or outbound.</source>
        <translation>all, answered, missed, voicemail, blocked u outbound.</translation>
    </message>
    <message>
        <source>none, day, did or hour.</source>
        <translation>none, day, did o hour.</translation>
    </message>
    <message>
        <source>report calls: unexpected argument “%1”</source>
        <translation>report calls: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>report calls: --from and --to are required (YYYY-MM-DD)</source>
        <translation>report calls: --from y --to son obligatorios (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>report calls: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>report calls: --from «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>report calls: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>report calls: --to «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>report calls: --type must be all, answered, missed, voicemail, blocked or outbound, not “%1”</source>
        <translation>report calls: --type debe ser all, answered, missed, voicemail, blocked u outbound, no «%1»</translation>
    </message>
    <message>
        <source>report calls: --group-by must be none, day, did or hour, not “%1”</source>
        <translation>report calls: --group-by debe ser none, day, did o hour, no «%1»</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Total: %1 calls, %2 minutes, %3</source>
        <translation>Total: %1 llamadas, %2 minutos, %3</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] report calls --from DATE --to DATE [--did E164]... [--type TYPE] [--group-by GROUP]</source>
        <translation>Uso: linedesk-cli [opciones globales] report calls --from FECHA --to FECHA [--did E164]... [--type TIPO] [--group-by GRUPO]</translation>
    </message>
    <message>
        <source>report: expected “calls”, as in “report calls --from DATE --to DATE”</source>
        <translation>report: se esperaba «calls», como en «report calls --from FECHA --to FECHA»</translation>
    </message>
    <message>
        <source>Call reports: report calls --from DATE --to DATE [--did E164]... [--type] [--group-by].</source>
        <translation>Informes de llamadas: report calls --from FECHA --to FECHA [--did E164]... [--type] [--group-by].</translation>
    </message>
    <message>
        <source>route: the account has no number %1</source>
        <translation>route: la cuenta no tiene el número %1</translation>
    </message>
    <message>
        <source>The number whose routing is replaced.</source>
        <translation>El número cuyo enrutamiento se reemplaza.</translation>
    </message>
    <message>
        <source>The routing configuration (JSON, as printed by route show).</source>
        <translation>La configuración de enrutamiento (JSON, tal como la muestra route show).</translation>
    </message>
    <message>
        <source>route set: expected E164 FILE.json</source>
        <translation>route set: se esperaba E164 ARCHIVO.json</translation>
    </message>
    <message>
        <source>route set: cannot read “%1”: %2</source>
        <translation>route set: no se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>route set: %1: %2</source>
        <translation>route set: %1: %2</translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation>Reglas guardadas</translation>
    </message>
    <message>
        <source>The number whose routing is printed (JSON).</source>
        <translation>El número cuyo enrutamiento se muestra (JSON).</translation>
    </message>
    <message>
        <source>route show: expected E164</source>
        <translation>route show: se esperaba E164</translation>
    </message>
    <message>
        <source>The number called.</source>
        <translation>El número llamado.</translation>
    </message>
    <message>
        <source>When the call arrives (ISO 8601 with an offset or Z).</source>
        <translation>Cuándo llega la llamada (ISO 8601 con desfase o Z).</translation>
    </message>
    <message>
        <source>INSTANT</source>
        <translation>INSTANTE</translation>
    </message>
    <message>
        <source>Who calls (E.164 or anonymous); without it the filter is not consulted.</source>
        <translation>Quién llama (E.164 o anonymous); sin esta opción no se consulta el filtro.</translation>
    </message>
    <message>
        <source>E164</source>
        <translation>E164</translation>
    </message>
    <message>
        <source>route simulate: expected E164 --at INSTANT</source>
        <translation>route simulate: se esperaba E164 --at INSTANTE</translation>
    </message>
    <message>
        <source>route simulate: --at INSTANT is required</source>
        <translation>route simulate: --at INSTANTE es obligatorio</translation>
    </message>
    <message>
        <source>route simulate: --at “%1” is not an instant with an offset, like 2026-11-23T10:00:00-05:00</source>
        <translation>route simulate: --at «%1» no es un instante con desfase, como 2026-11-23T10:00:00-05:00</translation>
    </message>
    <message>
        <source>route simulate: --caller “%1” is not a number in international form or “anonymous”</source>
        <translation>route simulate: --caller «%1» no es un número en formato internacional ni «anonymous»</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The number whose routing is checked.</source>
        <translation>El número cuyo enrutamiento se comprueba.</translation>
    </message>
    <message>
        <source>route lint: expected E164</source>
        <translation>route lint: se esperaba E164</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] route set E164 FILE.json | show E164 | simulate E164 --at INSTANT [--caller E164|anonymous] | lint E164</source>
        <translation>Uso: linedesk-cli [opciones globales] route set E164 ARCHIVO.json | show E164 | simulate E164 --at INSTANTE [--caller E164|anonymous] | lint E164</translation>
    </message>
    <message>
        <source>route: expected set, show, simulate or lint</source>
        <translation>route: se esperaba set, show, simulate o lint</translation>
    </message>
    <message>
        <source>route: unknown subcommand “%1” (expected set, show, simulate or lint)</source>
        <translation>route: subcomando desconocido «%1» (se esperaba set, show, simulate o lint)</translation>
    </message>
    <message>
        <source>Set, show, simulate and lint a number&apos;s routing rules (route set|show|simulate|lint).</source>
        <translation>Define, muestra, simula y verifica las reglas de enrutamiento de un número (route set|show|simulate|lint).</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>%1, %2 a month</source>
        <translation>%1, %2 al mes</translation>
    </message>
    <message>
        <source>Monthly price</source>
        <translation>Precio mensual</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>A partir del %1</translation>
    </message>
    <message>
        <source>Smart numbers</source>
        <translation>Números inteligentes</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>Cobrado ahora</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mes</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>no (dry run)</source>
        <translation>no (simulación)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] subscription show | add-option CODE [--number E164] [--quantity N] | remove-option CODE [--number E164] | add-number E164 | cancel</source>
        <translation>Uso: linedesk-cli [opciones globales] subscription show | add-option CÓDIGO [--number E164] [--quantity N] | remove-option CÓDIGO [--number E164] | add-number E164 | cancel</translation>
    </message>
    <message>
        <source>subscription: unknown subcommand “%1”; use %2</source>
        <translation>subscription: subcomando desconocido «%1»; use %2</translation>
    </message>
    <message>
        <source>The smart number of a fax, SMS or 911 option.</source>
        <translation>El número inteligente de una opción de fax, SMS o 911.</translation>
    </message>
    <message>
        <source>How many (devices, minute packages); default 1.</source>
        <translation>Cantidad (dispositivos, paquetes de minutos); 1 por defecto.</translation>
    </message>
    <message>
        <source>Send the confirmation to the billing e-mail (outbox).</source>
        <translation>Envía la confirmación al correo electrónico de facturación (bandeja de salida).</translation>
    </message>
    <message>
        <source>Show the price impact without changing anything.</source>
        <translation>Muestra el efecto en el precio sin cambiar nada.</translation>
    </message>
    <message>
        <source>Client request id: the same id again never charges twice.</source>
        <translation>Identificador de solicitud del cliente: repetir el mismo identificador nunca cobra dos veces.</translation>
    </message>
    <message>
        <source>subscription %1: give exactly one %2</source>
        <translation>subscription %1: indique exactamente un %2</translation>
    </message>
    <message>
        <source>subscription %1: unexpected argument “%2”</source>
        <translation>subscription %1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>subscription add-option: --quantity “%1” must be a whole number of at least 1</source>
        <translation>subscription add-option: --quantity «%1» debe ser un número entero de al menos 1</translation>
    </message>
    <message>
        <source>Show or change the subscription: show, add-option, remove-option, add-number, cancel.</source>
        <translation>Muestra o cambia la suscripción: show, add-option, remove-option, add-number, cancel.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Próxima facturación</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Only numbers whose digits, note or rate centre contain TEXT.</source>
        <translation>Solo los números cuyas cifras, nota o centro de tarifa contienen TEXTO.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only numbers of this country (ISO code).</source>
        <translation>Solo los números de este país (código ISO).</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>Only local, toll-free or international numbers.</source>
        <translation>Solo los números local, toll-free o international.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>Only flat or per-minute numbers.</source>
        <translation>Solo los números flat o per-minute.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>numbers list: unexpected argument “%1”</source>
        <translation>numbers list: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>numbers list: --type “%1” must be local, toll-free or international</source>
        <translation>numbers list: --type «%1» debe ser local, toll-free o international</translation>
    </message>
    <message>
        <source>numbers list: --plan “%1” must be flat or per-minute</source>
        <translation>numbers list: --plan «%1» debe ser flat o per-minute</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>local, toll-free or international (default: from the number).</source>
        <translation>local, toll-free o international (por defecto: según el número).</translation>
    </message>
    <message>
        <source>flat or per-minute (default flat).</source>
        <translation>flat o per-minute (flat por defecto).</translation>
    </message>
    <message>
        <source>Monthly fee, like 4.95 (default 0).</source>
        <translation>Cuota mensual, como 4.95 (0 por defecto).</translation>
    </message>
    <message>
        <source>Order date YYYY-MM-DD (default today).</source>
        <translation>Fecha de pedido AAAA-MM-DD (hoy por defecto).</translation>
    </message>
    <message>
        <source>Next billing date YYYY-MM-DD (default: a month after the order, the next one after today).</source>
        <translation>Fecha de próxima facturación AAAA-MM-DD (por defecto: un mes después del pedido, el primer vencimiento posterior a hoy).</translation>
    </message>
    <message>
        <source>The number, like +15145550123.</source>
        <translation>El número, como +15145550123.</translation>
    </message>
    <message>
        <source>numbers add: give exactly one number, like +15145550123</source>
        <translation>numbers add: indique exactamente un número, como +15145550123</translation>
    </message>
    <message>
        <source>numbers add: --ordered “%1” is not a date YYYY-MM-DD</source>
        <translation>numbers add: --ordered «%1» no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>numbers add: --next-billing “%1” is not a date YYYY-MM-DD</source>
        <translation>numbers add: --next-billing «%1» no es una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <source>numbers add: --monthly: %1</source>
        <translation>numbers add: --monthly: %1</translation>
    </message>
    <message>
        <source>The number to release.</source>
        <translation>El número que se liberará.</translation>
    </message>
    <message>
        <source>numbers remove: give exactly one number, like +15145550123</source>
        <translation>numbers remove: indique exactamente un número, como +15145550123</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <source>Activity Time Zone, an IANA name like America/New_York.</source>
        <translation>Zona horaria de la actividad, un nombre IANA como America/New_York.</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>on or off.</source>
        <translation>on u off.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>The number&apos;s note.</source>
        <translation>La nota del número.</translation>
    </message>
    <message>
        <source>The number to change.</source>
        <translation>El número que se cambiará.</translation>
    </message>
    <message>
        <source>numbers set: give exactly one number, like +15145550123</source>
        <translation>numbers set: indique exactamente un número, como +15145550123</translation>
    </message>
    <message>
        <source>numbers set: nothing to change; use --timezone, --voicemail or --note</source>
        <translation>numbers set: no hay nada que cambiar; use --timezone, --voicemail o --note</translation>
    </message>
    <message>
        <source>numbers set: --voicemail “%1” must be on or off</source>
        <translation>numbers set: --voicemail «%1» debe ser on u off</translation>
    </message>
    <message>
        <source>numbers set: “%1” is not a known time zone: use an IANA name like America/New_York</source>
        <translation>numbers set: «%1» no es una zona horaria conocida: use un nombre IANA como America/New_York</translation>
    </message>
    <message>
        <source>The number.</source>
        <translation>El número.</translation>
    </message>
    <message>
        <source>flat or per-minute.</source>
        <translation>flat o per-minute.</translation>
    </message>
    <message>
        <source>numbers plan: give a number and a plan, like +15145550123 per-minute</source>
        <translation>numbers plan: indique un número y un plan, como +15145550123 per-minute</translation>
    </message>
    <message>
        <source>numbers plan: “%1” must be flat or per-minute</source>
        <translation>numbers plan: «%1» debe ser flat o per-minute</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli [global options] numbers list|add|remove|set|plan …</source>
        <translation>Uso: linedesk-cli [opciones globales] numbers list|add|remove|set|plan …</translation>
    </message>
    <message>
        <source>numbers: say what to do: list, add, remove, set or plan</source>
        <translation>numbers: indique la acción: list, add, remove, set o plan</translation>
    </message>
    <message>
        <source>numbers: unknown action “%1”; use list, add, remove, set or plan</source>
        <translation>numbers: acción desconocida «%1»; use list, add, remove, set o plan</translation>
    </message>
    <message>
        <source>List, add, release and change the account&apos;s phone numbers.</source>
        <translation>Lista, añade, libera y cambia los números de teléfono de la cuenta.</translation>
    </message>
    <message>
        <source>finances add-funds: --request-id “%1” must be 1 to 100 letters, digits, “.”, “_”, “:” or “-”</source>
        <translation>finances add-funds: --request-id «%1» debe tener de 1 a 100 letras, dígitos, «.», «_», «:» o «-»</translation>
    </message>
    <message>
        <source>finances add-funds: --request-id applies to card and PayPal deposits; a wire has its reference</source>
        <translation>finances add-funds: --request-id se aplica a los depósitos con tarjeta y PayPal; una transferencia tiene su propia referencia</translation>
    </message>
    <message>
        <source>add-funds: your id for this deposit; repeating the command with it never charges twice.</source>
        <translation>add-funds: su identificador para este depósito; repetir el comando con él nunca cobra dos veces.</translation>
    </message>
    <message>
        <source>First day of the invoice (YYYY-MM-DD).</source>
        <translation>Primer día de la factura (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the invoice (YYYY-MM-DD), included.</source>
        <translation>Último día de la factura (AAAA-MM-DD), incluido.</translation>
    </message>
    <message>
        <source>A calendar month instead of --from/--to (YYYY-MM).</source>
        <translation>Un mes calendario en lugar de --from/--to (AAAA-MM).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>standard (every ledger line) or canadian (deposits with their taxes).</source>
        <translation>standard (todos los movimientos) o canadian (depósitos con sus impuestos).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>One invoice per account of the database (with --month and --out-dir).</source>
        <translation>Una factura por cada cuenta de la base de datos (con --month y --out-dir).</translation>
    </message>
    <message>
        <source>The folder for the batch&apos;s PDF files.</source>
        <translation>La carpeta de los archivos PDF del lote.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>invoice: unexpected argument “%1”</source>
        <translation>invoice: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>invoice: --kind “%1” is not standard or canadian</source>
        <translation>invoice: --kind «%1» no es standard ni canadian</translation>
    </message>
    <message>
        <source>invoice: give either --month or --from and --to, not both</source>
        <translation>invoice: indique --month o bien --from y --to, no ambos</translation>
    </message>
    <message>
        <source>invoice: --month “%1” is not a month (YYYY-MM)</source>
        <translation>invoice: --month «%1» no es un mes (AAAA-MM)</translation>
    </message>
    <message>
        <source>invoice: --from DATE and --to DATE are required (or --month YYYY-MM)</source>
        <translation>invoice: --from FECHA y --to FECHA son obligatorios (o --month AAAA-MM)</translation>
    </message>
    <message>
        <source>invoice: --from “%1” is not a date (YYYY-MM-DD)</source>
        <translation>invoice: --from «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>invoice: --to “%1” is not a date (YYYY-MM-DD)</source>
        <translation>invoice: --to «%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>invoice: --to %1 is before --from %2</source>
        <translation>invoice: --to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>invoice: --all-accounts needs --out-dir DIR</source>
        <translation>invoice: --all-accounts requiere --out-dir CARPETA</translation>
    </message>
    <message>
        <source>invoice: --all-accounts writes one file per account in --out-dir; --out does not apply</source>
        <translation>invoice: --all-accounts escribe un archivo por cuenta en --out-dir; --out no se aplica</translation>
    </message>
    <message>
        <source>invoice: --out FILE.pdf is required</source>
        <translation>invoice: --out ARCHIVO.pdf es obligatorio</translation>
    </message>
    <message>
        <source>invoice: --out-dir goes with --all-accounts</source>
        <translation>invoice: --out-dir se usa junto con --all-accounts</translation>
    </message>
    <message>
        <source>invoice: --out: the folder “%1” does not exist</source>
        <translation>invoice: --out: la carpeta «%1» no existe</translation>
    </message>
    <message>
        <source>invoice: --out “%1” is a folder; give a file name</source>
        <translation>invoice: --out «%1» es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>invoice: --out-dir “%1” is a file, not a folder</source>
        <translation>invoice: --out-dir «%1» es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>invoice: cannot create the folder “%1”</source>
        <translation>invoice: no se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3: %4</translation>
    </message>
    <message>
        <source>[%1/%2] %3: FAILED: %4</source>
        <translation>[%1/%2] %3: ERROR: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to %1; %2 failed.</source>
        <translation>
            <numerusform>%n factura escrita en %1; errores: %2.</numerusform>
            <numerusform>%n facturas escritas en %1; errores: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <source>Invoice as PDF: --from --to --out [--kind standard|canadian], or --month --all-accounts --out-dir</source>
        <translation>Factura en PDF: --from --to --out [--kind standard|canadian], o --month --all-accounts --out-dir</translation>
    </message>
    <message>
        <source>%1: give the server with --db postgresql://admin@host/database; a SQLite file has no users</source>
        <translation>%1: indique el servidor con --db postgresql://admin@host/basededatos; un archivo SQLite no tiene usuarios</translation>
    </message>
    <message>
        <source>server setup: unexpected argument “%1”</source>
        <translation>server setup: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Tables owned by</source>
        <translation>Tablas propiedad de</translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation>Roles de grupo</translation>
    </message>
    <message>
        <source>Row-level security</source>
        <translation>Seguridad a nivel de fila</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only for members</source>
        <translation>Solo lectura para los miembros</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The user&apos;s PostgreSQL login.</source>
        <translation>El inicio de sesión de PostgreSQL del usuario.</translation>
    </message>
    <message>
        <source>%1: name the user (their PostgreSQL login)</source>
        <translation>%1: indique el nombre del usuario (su inicio de sesión de PostgreSQL)</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>%1: “%2” is not a user name LineDesk accepts (lower-case letters, digits, _ . - @; not pg_… or linedesk_…)</source>
        <translation>%1: «%2» no es un nombre de usuario que LineDesk acepte (letras minúsculas, dígitos, _ . - @; ni pg_… ni linedesk_…)</translation>
    </message>
    <message>
        <source>owner, admin or employee (read only).</source>
        <translation>owner, admin o employee (solo lectura).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Read the user&apos;s password from the first line of standard input.</source>
        <translation>Leer la contraseña del usuario de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>%1: --role must be owner, admin or employee</source>
        <translation>%1: --role debe ser owner, admin o employee</translation>
    </message>
    <message>
        <source>%1: --password-stdin read an empty password</source>
        <translation>%1: --password-stdin leyó una contraseña vacía</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>New login</source>
        <translation>Nuevo inicio de sesión</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Memberships removed</source>
        <translation>Membresías eliminadas</translation>
    </message>
    <message>
        <source>Usage: linedesk-cli --db postgresql://admin@host/database server setup | add-user NAME --role owner|admin|employee [--password-stdin] | remove-user NAME</source>
        <translation>Uso: linedesk-cli --db postgresql://admin@host/basededatos server setup | add-user NOMBRE --role owner|admin|employee [--password-stdin] | remove-user NOMBRE</translation>
    </message>
    <message>
        <source>server: say what to do: setup, add-user or remove-user</source>
        <translation>server: indique qué hacer: setup, add-user o remove-user</translation>
    </message>
    <message>
        <source>server: unknown action “%1”; use setup, add-user or remove-user</source>
        <translation>server: acción desconocida «%1»; use setup, add-user o remove-user</translation>
    </message>
    <message>
        <source>Set up a team&apos;s PostgreSQL server: roles, row-level security, users.</source>
        <translation>Configurar el servidor PostgreSQL de un equipo: roles, seguridad a nivel de fila, usuarios.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>%1

Reload shows their version and drops your changes. Overwrite saves your changes over theirs. Keep Editing leaves your changes on screen, unsaved.</source>
        <translation>%1

«Recargar» muestra la versión guardada y descarta sus cambios. «Sobrescribir» guarda sus cambios en lugar de los de la otra persona. «Seguir editando» deja sus cambios en pantalla, sin guardar.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>bd.ejemplo.es</translation>
    </message>
    <message>
        <source>Disable: never encrypt</source>
        <translation>Desactivado: no cifrar nunca</translation>
    </message>
    <message>
        <source>Allow: encrypt if the server insists</source>
        <translation>Permitir: cifrar si el servidor lo exige</translation>
    </message>
    <message>
        <source>Prefer: encrypt when possible (default)</source>
        <translation>Preferir: cifrar cuando sea posible (por defecto)</translation>
    </message>
    <message>
        <source>Require: always encrypt</source>
        <translation>Requerir: cifrar siempre</translation>
    </message>
    <message>
        <source>Verify CA: encrypt, check the certificate authority</source>
        <translation>Verificar CA: cifrar y comprobar la autoridad de certificación</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and host name</source>
        <translation>Verificación completa: cifrar y comprobar el certificado y el nombre del host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Modo &amp;SSL:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;No se pudo conectar.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>an empty database: LineDesk will create its tables</source>
        <translation>una base vacía: LineDesk creará sus tablas</translation>
    </message>
    <message>
        <source>LineDesk schema version %1</source>
        <translation>esquema de LineDesk versión %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connected&lt;/b&gt; to %1: %2.</source>
        <translation>&lt;b&gt;Conectado&lt;/b&gt; a %1: %2.</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Unless you tick “Remember password”, the password is used for this session only. LineDesk never writes it to its settings or to a file.</source>
        <translation>Si no marca «Recordar la contraseña», la contraseña solo se usa en esta sesión. LineDesk nunca la escribe en su configuración ni en un archivo.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconectando en %n segundo…</numerusform>
            <numerusform>Reconectando en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the database was lost. What you see may be out of date and changes cannot be saved until it is back. %1</source>
        <translation>Se perdió la conexión con la base de datos. Lo que ve puede no estar actualizado y no se pueden guardar cambios hasta que se restablezca. %1</translation>
    </message>
    <message>
        <source>Reconnected. The tabs show the current data again.</source>
        <translation>Conexión restablecida. Las pestañas vuelven a mostrar los datos actuales.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database connection is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file</source>
        <translation>«%1» es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”</source>
        <translation>No se puede crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The connection to the database was lost, so this was not done. LineDesk reconnects by itself; repeat it once the connection is back.</source>
        <translation>Se perdió la conexión con la base de datos, por lo que la operación no se realizó. LineDesk se vuelve a conectar automáticamente; repítala cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Cannot reconnect to %1: %2</source>
        <translation>No se puede volver a conectar a %1: %2</translation>
    </message>
    <message>
        <source>The LineDesk schema on %1 is at version %2 and this LineDesk needs version %3. Only the server&apos;s administrator can upgrade it, with “linedesk-cli server setup”. Nothing was changed.</source>
        <translation>El esquema de LineDesk en %1 está en la versión %2 y esta versión de LineDesk necesita la versión %3. Solo el administrador del servidor puede actualizarlo, con «linedesk-cli server setup». No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given</source>
        <translation>No se ha indicado ninguna base de datos</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address</source>
        <translation>«%1» no es ni un archivo ni una dirección postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address; write postgresql://user@host:port/database</source>
        <translation>«%1» no es una dirección PostgreSQL válida; escriba postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>The PostgreSQL address “%1” names no database</source>
        <translation>La dirección PostgreSQL «%1» no indica ninguna base de datos</translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”; use one of: %2</source>
        <translation>Modo SSL desconocido «%1»; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The demo recipe is missing from this build</source>
        <translation>Falta la receta de demostración en esta compilación</translation>
    </message>
    <message>
        <source>This database already holds the demo account %1 (seed %2); choose another seed</source>
        <translation>Esta base ya contiene la cuenta de demostración %1 (semilla %2); elija otra semilla</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de oficina</translation>
    </message>
    <message>
        <source>Saturday morning</source>
        <translation>Sábado por la mañana</translation>
    </message>
    <message>
        <source>Evening overflow</source>
        <translation>Desborde de la tarde</translation>
    </message>
    <message>
        <source>Robocaller</source>
        <translation>Llamadas automáticas</translation>
    </message>
    <message>
        <source>Premium-rate numbers</source>
        <translation>Números de tarificación adicional</translation>
    </message>
    <message>
        <source>Hidden caller ID</source>
        <translation>Número oculto</translation>
    </message>
    <message>
        <source>Deposit by card</source>
        <translation>Depósito con tarjeta</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>Subscription, %1</source>
        <translation>Suscripción, %1</translation>
    </message>
    <message>
        <source>Monthly fee %1</source>
        <translation>Cuota mensual %1</translation>
    </message>
    <message>
        <source>911 service %1</source>
        <translation>Servicio 911 %1</translation>
    </message>
    <message>
        <source>Fax to e-mail %1</source>
        <translation>Fax a correo %1</translation>
    </message>
    <message>
        <source>Incoming calls %1</source>
        <translation>Llamadas entrantes %1</translation>
    </message>
    <message>
        <source>Outgoing calls %1</source>
        <translation>Llamadas salientes %1</translation>
    </message>
    <message>
        <source>CNAM lookups %1</source>
        <translation>Consultas CNAM %1</translation>
    </message>
    <message>
        <source>Card declined by the issuing bank</source>
        <translation>Tarjeta rechazada por el banco emisor</translation>
    </message>
    <message>
        <source>Deposit by PayPal</source>
        <translation>Depósito con PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Repeated robocalls</source>
        <translation>Llamadas automáticas repetidas</translation>
    </message>
</context>
<context>
    <name>DidBillingPage</name>
    <message>
        <source>Rate centre</source>
        <translation>Centro de tarifa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Próxima facturación</translation>
    </message>
    <message>
        <source>%1 a month + %2 a minute</source>
        <translation>%1 al mes + %2 por minuto</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Tarifa plana</translation>
    </message>
    <message>
        <source>%1 (cannot switch)</source>
        <translation>%1 (no se puede cambiar)</translation>
    </message>
    <message>
        <source>&amp;Delete Number…</source>
        <translation>&amp;Eliminar número…</translation>
    </message>
    <message>
        <source>Delete the selected number from the account: its routing rules and filters go, its calls stay in reports</source>
        <translation>Eliminar de la cuenta el número seleccionado: sus reglas de enrutamiento y sus filtros se eliminan y sus llamadas se conservan en los informes</translation>
    </message>
    <message>
        <source>A number&apos;s plan (per minute or flat rate) can change once a calendar month; toll-free and international numbers keep their plan.</source>
        <translation>El plan de un número (por minuto o tarifa plana) puede cambiar una vez por mes calendario; los números gratuitos e internacionales conservan su plan.</translation>
    </message>
    <message>
        <source>DID Billing</source>
        <translation>Facturación de DID</translation>
    </message>
    <message>
        <source>Switch to &amp;Flat Rate</source>
        <translation>Cambiar a &amp;Tarifa plana</translation>
    </message>
    <message>
        <source>Switch to &amp;Per Minute</source>
        <translation>Cambiar a &amp;Por minuto</translation>
    </message>
    <message>
        <source>Select a number to switch its plan</source>
        <translation>Seleccione un número para cambiar su plan</translation>
    </message>
    <message>
        <source>Your role (employee) can view billing but not change it</source>
        <translation>Su rol (empleado) permite ver la facturación, no cambiarla</translation>
    </message>
    <message>
        <source>The plan can change once per calendar month</source>
        <translation>El plan puede cambiar una vez por mes calendario</translation>
    </message>
    <message>
        <source>Switch Plan</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <source>Delete Number</source>
        <translation>Eliminar número</translation>
    </message>
    <message>
        <source>Delete %1 from the account? Its monthly fee stops, its routing rules and caller filters are deleted, and its calls stay in reports. This cannot be undone.</source>
        <translation>¿Eliminar %1 de la cuenta? Su cuota mensual deja de cobrarse, sus reglas de enrutamiento y sus filtros de llamantes se eliminan, y sus llamadas se conservan en los informes. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>ExtensionSettingsDialog</name>
    <message>
        <source>Announce who is calling before I take the call</source>
        <translation>Anunciar quién llama antes de atender la llamada</translation>
    </message>
    <message>
        <source>Private phone number settings, extension %1</source>
        <translation>Configuración del número de teléfono privado, extensión %1</translation>
    </message>
    <message>
        <source>+1 917 555 0123</source>
        <translation>+1 917 555 0123</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Código PIN</translation>
    </message>
    <message>
        <source>Recognise my caller ID</source>
        <translation>Reconocer mi identificador de llamada</translation>
    </message>
    <message>
        <source>No authentication</source>
        <translation>Sin autenticación</translation>
    </message>
    <message>
        <source>Ring my phones</source>
        <translation>Hacer sonar mis teléfonos</translation>
    </message>
    <message>
        <source>Go to voicemail</source>
        <translation>Pasar al buzón de voz</translation>
    </message>
    <message>
        <source>Forward the call</source>
        <translation>Desviar la llamada</translation>
    </message>
    <message>
        <source>&amp;Private number:</source>
        <translation>Número &amp;privado:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>&amp;What to do first:</source>
        <translation>&amp;Primera acción:</translation>
    </message>
</context>
<context>
    <name>FinancesTab</name>
    <message>
        <source>Account Balance</source>
        <translation>Saldo de la cuenta</translation>
    </message>
    <message>
        <source>Add Funds</source>
        <translation>Añadir fondos</translation>
    </message>
    <message>
        <source>Automatic Billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>Transaction History</source>
        <translation>Historial de transacciones</translation>
    </message>
    <message>
        <source>DID Billing</source>
        <translation>Facturación de DID</translation>
    </message>
    <message>
        <source>Billing Profile</source>
        <translation>Perfil de facturación</translation>
    </message>
    <message>
        <source>Payment Methods</source>
        <translation>Métodos de pago</translation>
    </message>
    <message>
        <source>Balance Forecast</source>
        <translation>Previsión del saldo</translation>
    </message>
    <message>
        <source>Generate Invoice</source>
        <translation>Generar factura</translation>
    </message>
    <message>
        <source>Canadian Invoice</source>
        <translation>Factura canadiense</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Without automatic billing</source>
        <translation>Sin facturación automática</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Automatic top-up</source>
        <translation>Recarga automática</translation>
    </message>
    <message>
        <source>Runs out %1</source>
        <translation>Se agota el %1</translation>
    </message>
    <message>
        <source>Runs out %1 without automatic billing</source>
        <translation>Se agota el %1 sin facturación automática</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Saldo (%1)</translation>
    </message>
    <message>
        <source>Point at a day to see its balance.</source>
        <translation>Señale un día para ver su saldo.</translation>
    </message>
    <message>
        <source>%1: balance %2, without automatic billing %3</source>
        <translation>%1: saldo %2, sin facturación automática %3</translation>
    </message>
    <message>
        <source>%1; automatic top-up of %2</source>
        <translation>%1; recarga automática de %2</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Without automatic billing the balance reaches zero on %1.</source>
        <translation>Sin facturación automática, el saldo llega a cero el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for the next %n day(s).</source>
        <translation>
            <numerusform>Sin facturación automática, el saldo se mantiene por encima de cero durante %n día más.</numerusform>
            <numerusform>Sin facturación automática, el saldo se mantiene por encima de cero durante los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>It reaches the threshold on %1.</source>
        <translation>Alcanza el umbral el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Automatic billing would top up %n time(s), %1 in all.</source>
        <translation>
            <numerusform>La facturación automática recargaría %n vez, %1 en total.</numerusform>
            <numerusform>La facturación automática recargaría %n veces, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Even with automatic billing the balance reaches zero on %1.</source>
        <translation>Incluso con facturación automática, el saldo llega a cero el %1.</translation>
    </message>
    <message>
        <source>Automatic billing is off.</source>
        <translation>La facturación automática está desactivada.</translation>
    </message>
    <message>
        <source>Export Forecast</source>
        <translation>Exportar previsión</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceComposer</name>
    <message>
        <source>The invoice needs a From date (YYYY-MM-DD)</source>
        <translation>La factura necesita una fecha de inicio (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The invoice needs a To date (YYYY-MM-DD)</source>
        <translation>La factura necesita una fecha de fin (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>The invoice&apos;s To date %1 is before its From date %2</source>
        <translation>La fecha de fin de la factura (%1) es anterior a su fecha de inicio (%2)</translation>
    </message>
    <message>
        <source>Account %1 has an unknown time zone “%2”; set one in its Billing Profile</source>
        <translation>La cuenta %1 tiene una zona horaria desconocida «%2»; defina una en su perfil de facturación</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
    <message>
        <source>Monthly DID charges</source>
        <translation>Cuotas mensuales DID</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>911 service</source>
        <translation>Servicio 911</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Llamadas entrantes</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Llamadas salientes</translation>
    </message>
    <message>
        <source>CNAM queries</source>
        <translation>Consultas CNAM</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Bank wire</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Automatic billing</source>
        <translation>Facturación automática</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Saldo de la cuenta</translation>
    </message>
    <message>
        <source>GST</source>
        <translation>GST</translation>
    </message>
    <message>
        <source>HST</source>
        <translation>HST</translation>
    </message>
    <message>
        <source>PST</source>
        <translation>PST</translation>
    </message>
    <message>
        <source>QST</source>
        <translation>QST</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A tax and its rate on an invoice: &quot;GST 5 %&quot;</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Cuota mensual</translation>
    </message>
    <message>
        <source>Fax to e-mail</source>
        <translation>Fax a correo electrónico</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 queries</source>
        <translation>%1 consultas</translation>
    </message>
    <message>
        <source>Canadian Invoice</source>
        <translation>Factura canadiense</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <source>No transactions in this period.</source>
        <translation>No hay transacciones en este periodo.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Provincia: %1</translation>
    </message>
    <message>
        <source>Provincial Tax ID: %1</source>
        <translation>Identificador fiscal provincial: %1</translation>
    </message>
    <message>
        <source>Exempt from PST: valid Provincial Tax ID</source>
        <translation>Exento de PST: identificador fiscal provincial válido</translation>
    </message>
    <message>
        <source>Exempt from PST: exemption form on file</source>
        <translation>Exento de PST: formulario de exención registrado</translation>
    </message>
    <message>
        <source>This invoice shows deposits only, with the taxes charged on them.</source>
        <translation>Esta factura solo muestra los depósitos, con los impuestos aplicados a ellos.</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total pagado</translation>
    </message>
    <message>
        <source>No deposits in this period.</source>
        <translation>No hay depósitos en este periodo.</translation>
    </message>
    <message>
        <source>Deposits before tax</source>
        <translation>Depósitos antes de impuestos</translation>
    </message>
    <message>
        <source>Total taxes</source>
        <translation>Total de impuestos</translation>
    </message>
    <message>
        <source>Tax registration numbers</source>
        <translation>Números de registro fiscal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Amounts in %1. Thank you for choosing LineDesk.</source>
        <translation>Importes en %1. Gracias por elegir LineDesk.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message>
        <source>&amp;Get Invoice</source>
        <translation>&amp;Obtener factura</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
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
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Deposits made to the account with the taxes charged on them and LineDesk&apos;s tax registration numbers, for your tax accounting. Communication and monthly charges are not on this invoice.</source>
        <translation>Los depósitos realizados en la cuenta, con los impuestos aplicados a ellos y los números de registro fiscal de LineDesk, para su contabilidad fiscal. Los cargos de comunicación y las cuotas mensuales no figuran en esta factura.</translation>
    </message>
    <message>
        <source>Every transaction of the period: deposits, monthly DID charges, fax, 911, communication charges per number and CNAM queries, with the opening and closing balance.</source>
        <translation>Todas las transacciones del periodo: depósitos, cuotas mensuales DID, fax, 911, cargos de comunicación por número y consultas CNAM, con el saldo inicial y el saldo final.</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Provincial &amp;Tax ID:</source>
        <translation>Identificador fiscal &amp;provincial:</translation>
    </message>
    <message>
        <source>An &amp;exemption form is on file (British Columbia)</source>
        <translation>Hay un formulario de &amp;exención registrado (Columbia Británica)</translation>
    </message>
    <message>
        <source>Save &amp;Tax Profile</source>
        <translation>Guardar perfil &amp;fiscal</translation>
    </message>
    <message>
        <source>Outside Canada</source>
        <translation>Fuera de Canadá</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>P&amp;rovincia:</translation>
    </message>
    <message>
        <source>Resellers in British Columbia, Manitoba or Saskatchewan are exempt from PST with a valid Provincial Tax ID; in British Columbia an exemption form on file exempts too. Taxes are recorded with each deposit.</source>
        <translation>Los revendedores de Columbia Británica, Manitoba o Saskatchewan están exentos de PST con un identificador fiscal provincial válido; en Columbia Británica, un formulario de exención registrado también otorga la exención. Los impuestos se registran con cada depósito.</translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1: %n deposit(s), %2 paid with taxes.</source>
        <translation>
            <numerusform>Factura %1: %n depósito, %2 pagados con impuestos incluidos.</numerusform>
            <numerusform>Factura %1: %n depósitos, %2 pagados con impuestos incluidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1: %n line(s), closing balance %2.</source>
        <translation>
            <numerusform>Factura %1: %n línea, saldo final %2.</numerusform>
            <numerusform>Factura %1: %n líneas, saldo final %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2.</source>
        <translation>Factura %1 guardada en %2.</translation>
    </message>
    <message>
        <source>Save Invoice as PDF</source>
        <translation>Guardar la factura como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Invoice</source>
        <translation>Imprimir factura</translation>
    </message>
    <message>
        <source>Tax profile saved. Taxes apply to deposits from now on.</source>
        <translation>Perfil fiscal guardado. A partir de ahora, los impuestos se aplican a los depósitos.</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>No password is remembered for %1</source>
        <translation>No hay ninguna contraseña recordada para %1</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>No se pudo eliminar la contraseña del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>DID monthly fee</source>
        <translation>Cuota mensual DID</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>911 service</source>
        <translation>Servicio 911</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Llamadas entrantes</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Llamadas salientes</translation>
    </message>
    <message>
        <source>CNAM lookups</source>
        <translation>Consultas CNAM</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; money cannot be posted</source>
        <translation>Su rol en esta cuenta solo permite consultarla; no se pueden registrar movimientos</translation>
    </message>
    <message>
        <source>A deposit must be a positive amount, not %1</source>
        <translation>Un depósito debe ser un importe positivo, no %1</translation>
    </message>
    <message>
        <source>A charge (%1) must not be a positive amount: %2</source>
        <translation>Un cargo (%1) no debe ser un importe positivo: %2</translation>
    </message>
    <message>
        <source>Unknown payment method “%1”; use card, paypal, wire, auto or account</source>
        <translation>Método de pago desconocido «%1»; use card, paypal, wire, auto o account</translation>
    </message>
    <message>
        <source>The request id “%1” was already used for a different transaction</source>
        <translation>El identificador de solicitud «%1» ya se usó para otra transacción</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view it; a deposit cannot be marked received</source>
        <translation>Su rol en esta cuenta solo permite consultarla; no se puede marcar un depósito como recibido</translation>
    </message>
    <message>
        <source>Transaction %1 is not a pending deposit of this account</source>
        <translation>La transacción %1 no es un depósito pendiente de esta cuenta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My Phone Numbers</source>
        <translation>Mis números de teléfono</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Enrutamiento avanzado</translation>
    </message>
    <message>
        <source>Custom Reports</source>
        <translation>Informes personalizados</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Switch Account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open a LineDesk database file</source>
        <translation>Abre un archivo de base de datos de LineDesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar a un servidor…</translation>
    </message>
    <message>
        <source>Work on a team&apos;s shared PostgreSQL server</source>
        <translation>Trabajar en el servidor PostgreSQL compartido del equipo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About LineDesk</source>
        <translation>&amp;Acerca de LineDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <source>%1 — LineDesk</source>
        <translation>%1 — LineDesk</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>No account in this database</source>
        <translation>No hay ninguna cuenta en esta base de datos</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Balance unavailable: %1</source>
        <translation>Saldo no disponible: %1</translation>
    </message>
    <message>
        <source>Creating the demo account…</source>
        <translation>Creando la cuenta de demostración…</translation>
    </message>
    <message>
        <source>LineDesk</source>
        <translation>LineDesk</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>LineDesk could not open %1.

%2</source>
        <translation>LineDesk no ha podido abrir %1.

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>LineDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de LineDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>ninguna base de datos</translation>
    </message>
    <message>
        <source>About LineDesk</source>
        <translation>Acerca de LineDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;A desktop control panel for your virtual phone numbers: numbers, routing, reports, finances and subscription.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LineDesk %1&lt;/h3&gt;&lt;p&gt;Un panel de control de escritorio para sus números de teléfono virtuales: números, enrutamiento, informes, finanzas y suscripción.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;br&gt;Qt %3&lt;/p&gt;&lt;p&gt;Distribuido bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab title: its name (missed callers not called back yet)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remember Password</source>
        <translation>Recordar contraseña</translation>
    </message>
    <message>
        <source>&amp;Import Calls…</source>
        <translation>&amp;Importar llamadas…</translation>
    </message>
    <message>
        <source>Read call records from a CSV file into this account</source>
        <translation>Importar a esta cuenta registros de llamadas desde un archivo CSV</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>“%1” is not a LineDesk database, or it is damaged (%2)</source>
        <translation>«%1» no es una base de datos de LineDesk, o está dañada (%2)</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: it holds other tables and no LineDesk schema</source>
        <translation>«%1» no es una base de datos de LineDesk: contiene otras tablas y ningún esquema de LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk database: its meta table has no LineDesk schema version</source>
        <translation>«%1» no es una base de datos de LineDesk: su tabla meta no indica ninguna versión de esquema de LineDesk</translation>
    </message>
    <message>
        <source>“%1” was written by a newer LineDesk (schema version %2; this LineDesk knows up to %3). Update LineDesk to open it; the database was left unchanged.</source>
        <translation>«%1» se escribió con una versión más reciente de LineDesk (esquema versión %2; esta versión conoce hasta la %3). Actualice LineDesk para abrirla; la base no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade: %1</source>
        <translation>No se pudo iniciar la actualización del esquema: %1</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed; nothing was changed: %2</source>
        <translation>La actualización del esquema a la versión %1 ha fallado; no se ha cambiado nada: %2</translation>
    </message>
</context>
<context>
    <name>MinuteUsage</name>
    <message>
        <source>The minutes used this month could not be read.</source>
        <translation>No se pudieron leer los minutos usados este mes.</translation>
    </message>
</context>
<context>
    <name>MissedCallsChart</name>
    <message>
        <source>Missed calls</source>
        <translation>Llamadas perdidas</translation>
    </message>
    <message>
        <source>Other numbers</source>
        <translation>Otros números</translation>
    </message>
    <message>
        <source>%1 — %2 — missed calls: %3</source>
        <translation>%1 — %2 — llamadas perdidas: %3</translation>
    </message>
</context>
<context>
    <name>MissedCallsHeatmap</name>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>%1 %2:00</source>
        <translation>%1 %2:00</translation>
    </message>
    <message>
        <source>%1 — missed calls: %2 — no rule answers</source>
        <translation>%1 — llamadas perdidas: %2 — ninguna regla responde</translation>
    </message>
    <message>
        <source>%1 — missed calls: %2</source>
        <translation>%1 — llamadas perdidas: %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>“%1” is not an amount; write it like 12.95</source>
        <translation>«%1» no es un importe; escríbalo como 12.95</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the smallest unit of %2</source>
        <translation>
            <numerusform>«%1» tiene más de %n decimal, la unidad más pequeña de %2</numerusform>
            <numerusform>«%1» tiene más de %n decimales, la unidad más pequeña de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCardDialog</name>
    <message>
        <source>Pay with a new card</source>
        <translation>Pagar con una tarjeta nueva</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>&amp;Last four digits:</source>
        <translation>Ú&amp;ltimos cuatro dígitos:</translation>
    </message>
    <message>
        <source>Expiry &amp;month:</source>
        <translation>&amp;Mes de caducidad:</translation>
    </message>
    <message>
        <source>Expiry &amp;year:</source>
        <translation>&amp;Año de caducidad:</translation>
    </message>
    <message>
        <source>The card is registered with the payment provider, which returns a token for it. LineDesk keeps only the token, the brand, the last four digits and the expiry: never a card number or a security code.</source>
        <translation>La tarjeta se registra en el proveedor de pagos, que devuelve un token para ella. LineDesk solo guarda el token, la marca, los cuatro últimos dígitos y la fecha de caducidad: nunca un número de tarjeta ni un código de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Register Card</source>
        <translation>&amp;Registrar tarjeta</translation>
    </message>
    <message>
        <source>Enter the card&apos;s last four digits.</source>
        <translation>Escriba los cuatro últimos dígitos de la tarjeta.</translation>
    </message>
    <message>
        <source>No payment provider is available.</source>
        <translation>No hay ningún proveedor de pagos disponible.</translation>
    </message>
    <message>
        <source>The payment provider refused the card: %1</source>
        <translation>El proveedor de pagos rechazó la tarjeta: %1</translation>
    </message>
</context>
<context>
    <name>NumberRepository</name>
    <message>
        <source>Your role (employee) lets you view the numbers of this account, not change them</source>
        <translation>Su rol (empleado) le permite ver los números de esta cuenta, no cambiarlos</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Este número ya no pertenece a la cuenta</translation>
    </message>
    <message>
        <source>%1 is not a number of this account</source>
        <translation>%1 no es un número de esta cuenta</translation>
    </message>
    <message>
        <source>“%1” is not a number type: use local, toll-free or international</source>
        <translation>«%1» no es un tipo de número: use local, toll-free o international</translation>
    </message>
    <message>
        <source>%1 is not a toll-free number</source>
        <translation>%1 no es un número gratuito</translation>
    </message>
    <message>
        <source>%1 is a toll-free number: its type must be toll-free</source>
        <translation>%1 es un número gratuito: su tipo debe ser toll-free</translation>
    </message>
    <message>
        <source>“%1” is not a billing plan: use flat or per-minute</source>
        <translation>«%1» no es un plan de facturación: use flat o per-minute</translation>
    </message>
    <message>
        <source>A fee cannot be negative</source>
        <translation>Una cuota no puede ser negativa</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone: use an IANA name like America/New_York</source>
        <translation>«%1» no es una zona horaria conocida: use un nombre IANA como America/New_York</translation>
    </message>
    <message>
        <source>The next billing date (%1) must come after the order date (%2)</source>
        <translation>La fecha de próxima facturación (%1) debe ser posterior a la fecha de pedido (%2)</translation>
    </message>
    <message>
        <source>%1 is already a number of this account</source>
        <translation>%1 ya es un número de esta cuenta</translation>
    </message>
    <message>
        <source>The note is too long: at most 500 characters</source>
        <translation>La nota es demasiado larga: 500 caracteres como máximo</translation>
    </message>
    <message>
        <source>street</source>
        <translation>la calle</translation>
    </message>
    <message>
        <source>city</source>
        <translation>la ciudad</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>el estado o la provincia</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>el código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>el país</translation>
    </message>
    <message>
        <source>911 needs the full emergency address: the %1 is missing</source>
        <translation>El 911 requiere la dirección de emergencia completa: falta %1</translation>
    </message>
    <message>
        <source>The emergency address country must be a two-letter code like US or CA</source>
        <translation>El país de la dirección de emergencia debe ser un código de dos letras, como US o CA</translation>
    </message>
    <message>
        <source>“%1” is not a caller filter mode: use off, block or allow</source>
        <translation>«%1» no es un modo de filtro de llamantes: use off, block o allow</translation>
    </message>
    <message>
        <source>The IVR digit must be one key: 0–9, * or #</source>
        <translation>El dígito IVR debe ser una sola tecla: 0–9, * o #</translation>
    </message>
    <message>
        <source>“%1” is not an IVR no-input action: use voicemail, reject or forward</source>
        <translation>«%1» no es una acción IVR sin respuesta: use voicemail, reject o forward</translation>
    </message>
    <message>
        <source>The IVR gate needs a greeting, like “Thank you for calling, press 1 to speak with someone”</source>
        <translation>El filtro IVR requiere un saludo, como «Gracias por llamar, pulse 1 para hablar con una persona»</translation>
    </message>
    <message>
        <source>Your role (employee) lets you view the plan, not change it.</source>
        <translation>Su rol (empleado) le permite ver el plan, no cambiarlo.</translation>
    </message>
    <message>
        <source>%1 is already on the %2 plan</source>
        <translation>%1 ya tiene el plan %2</translation>
    </message>
    <message>
        <source>Say why the number should be swapped (for example: repeated robocalls)</source>
        <translation>Indique por qué se debe cambiar el número (por ejemplo: llamadas automáticas repetidas)</translation>
    </message>
    <message>
        <source>%1 cannot be ported: porting is offered for US and Canadian numbers only</source>
        <translation>%1 no se puede portar: la portabilidad solo se ofrece para números de EE. UU. y Canadá</translation>
    </message>
    <message>
        <source>Name the carrier the number comes from</source>
        <translation>Indique el operador del que procede el número</translation>
    </message>
    <message>
        <source>The submission date cannot be in the future</source>
        <translation>La fecha de envío no puede ser futura</translation>
    </message>
    <message>
        <source>A porting request for %1 is already open</source>
        <translation>Ya hay una solicitud de portabilidad abierta para %1</translation>
    </message>
    <message>
        <source>“%1” is not a porting status</source>
        <translation>«%1» no es un estado de portabilidad</translation>
    </message>
    <message>
        <source>This porting request is no longer in the account</source>
        <translation>Esta solicitud de portabilidad ya no pertenece a la cuenta</translation>
    </message>
    <message>
        <source>This number</source>
        <translation>Este número</translation>
    </message>
    <message>
        <source>This porting request</source>
        <translation>Esta solicitud de portabilidad</translation>
    </message>
    <message>
        <source>This porting request no longer exists</source>
        <translation>Esta solicitud de portabilidad ya no existe</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Tarifa plana</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2/min</source>
        <translation>%1 %2/min</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mes</translation>
    </message>
    <message>
        <source>No note: double-click to add one</source>
        <translation>Sin nota: haga doble clic para añadir una</translation>
    </message>
    <message>
        <source>Flat: %1 a month; per-minute: %2 %3 a minute</source>
        <translation>Tarifa plana: %1 al mes; por minuto: %2 %3 por minuto</translation>
    </message>
    <message>
        <source>Voicemail is on (click to change)</source>
        <translation>Buzón de voz activado (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>Voicemail is off (click to change)</source>
        <translation>Buzón de voz desactivado (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>CNAM lookup is on (click to change)</source>
        <translation>Consulta CNAM activada (haga clic para cambiarla)</translation>
    </message>
    <message>
        <source>CNAM lookup is off (click to change)</source>
        <translation>Consulta CNAM desactivada (haga clic para cambiarla)</translation>
    </message>
    <message>
        <source>Fax is on (click to change)</source>
        <translation>Fax activado (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>Fax is off (click to change)</source>
        <translation>Fax desactivado (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>SMS is on (click to change)</source>
        <translation>SMS activados (haga clic para cambiarlos)</translation>
    </message>
    <message>
        <source>SMS is off (click to change)</source>
        <translation>SMS desactivados (haga clic para cambiarlos)</translation>
    </message>
    <message>
        <source>911 is on: %1, %2</source>
        <translation>911 activado: %1, %2</translation>
    </message>
    <message>
        <source>911 is off (click to change)</source>
        <translation>911 desactivado (haga clic para cambiarlo)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Rate centre / country</source>
        <translation>Centro de tarifa / país</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido el</translation>
    </message>
    <message>
        <source>Next billing</source>
        <translation>Próxima facturación</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>BV</translation>
    </message>
    <message>
        <source>CNAM</source>
        <translation>CNAM</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>911</source>
        <translation>911</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>&amp;Add Number…</source>
        <translation>&amp;Añadir número…</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>Request a &amp;Swap…</source>
        <translation>Solicitar un &amp;cambio…</translation>
    </message>
    <message>
        <source>Search number, note or rate centre (Ctrl+F)</source>
        <translation>Buscar número, nota o centro de tarifa (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Toll-free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Tarifa plana</translation>
    </message>
    <message>
        <source>Per-minute</source>
        <translation>Por minuto</translation>
    </message>
    <message>
        <source>Add a number to the account (Ctrl+N)</source>
        <translation>Añadir un número a la cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Release the selected number: its rules and filters go, its calls stay in reports (Del)</source>
        <translation>Liberar el número seleccionado: sus reglas y filtros se eliminan y sus llamadas se conservan en los informes (Supr)</translation>
    </message>
    <message>
        <source>Ask for a fresh number to replace this one because of spam</source>
        <translation>Solicitar un número nuevo que sustituya a este por spam</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Caller Filters</source>
        <translation>Filtros de llamantes</translation>
    </message>
    <message>
        <source>IVR Gate</source>
        <translation>Filtro IVR</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Porting</source>
        <translation>Portabilidad</translation>
    </message>
    <message>
        <source>&amp;Block This Caller</source>
        <translation>&amp;Bloquear este llamante</translation>
    </message>
    <message>
        <source>Add the caller to the block list of the number they called</source>
        <translation>Añadir el llamante a la lista de bloqueo del número al que llamó</translation>
    </message>
    <message>
        <source>&amp;Copy Number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Copy the caller&apos;s number to the clipboard to call them back</source>
        <translation>Copiar el número del llamante al portapapeles para devolverle la llamada</translation>
    </message>
    <message>
        <source>What this number is for</source>
        <translation>Para qué sirve este número</translation>
    </message>
    <message>
        <source>The Activity Time Zone: calls and routing rules of this number use its clock. Type to search.</source>
        <translation>Zona horaria de la actividad: las llamadas y las reglas de enrutamiento de este número usan su hora. Escriba para buscar.</translation>
    </message>
    <message>
        <source>&amp;Voicemail</source>
        <translation>&amp;Buzón de voz</translation>
    </message>
    <message>
        <source>CNAM &amp;lookup (caller name)</source>
        <translation>&amp;Consulta CNAM (nombre del llamante)</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <source>&amp;911 emergency service</source>
        <translation>Servicio de emergencia &amp;911</translation>
    </message>
    <message>
        <source>911 needs the full address where the phone is used</source>
        <translation>El 911 requiere la dirección completa donde se usa el teléfono</translation>
    </message>
    <message>
        <source>US</source>
        <translation>US</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Calle:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>State/province:</source>
        <translation>Estado/provincia:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the note, time zone and options (Ctrl+S)</source>
        <translation>Guardar la nota, la zona horaria y las opciones (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Activity &amp;Time Zone:</source>
        <translation>Zona &amp;horaria de la actividad:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Off: every caller gets through</source>
        <translation>Desactivado: todos los llamantes pasan</translation>
    </message>
    <message>
        <source>Block list: block the callers listed</source>
        <translation>Lista de bloqueo: bloquear a los llamantes de la lista</translation>
    </message>
    <message>
        <source>Allow list: only the callers listed get through</source>
        <translation>Lista de permitidos: solo pasan los llamantes de la lista</translation>
    </message>
    <message>
        <source>+15145550123, +1514* or anonymous</source>
        <translation>+15145550123, +1514* o anonymous</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>An exact number beats a prefix, which beats list order. Filters apply before routing rules.</source>
        <translation>Un número exacto prevalece sobre un prefijo, que prevalece sobre el orden de la lista. Los filtros se aplican antes que las reglas de enrutamiento.</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <source>&amp;Ask callers to press a key before they are put through</source>
        <translation>&amp;Pedir a los llamantes que pulsen una tecla antes de pasar la llamada</translation>
    </message>
    <message>
        <source>Thank you for calling, press 1 to speak with someone</source>
        <translation>Gracias por llamar, pulse 1 para hablar con una persona</translation>
    </message>
    <message>
        <source>Send to voicemail</source>
        <translation>Enviar al buzón de voz</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Put through anyway</source>
        <translation>Pasar la llamada de todos modos</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;Saludo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Tecla:</translation>
    </message>
    <message>
        <source>When no key is &amp;pressed:</source>
        <translation>Si no se &amp;pulsa ninguna tecla:</translation>
    </message>
    <message>
        <source>Per-minute ↔ flat can switch once per calendar month; toll-free and international numbers keep their plan.</source>
        <translation>El cambio entre por minuto ↔ tarifa plana es posible una vez por mes calendario; los números gratuitos e internacionales conservan su plan.</translation>
    </message>
    <message>
        <source>Call &amp;type:</source>
        <translation>&amp;Tipo de llamada:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Losing carrier</source>
        <translation>Operador cedente</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New &amp;Porting Request…</source>
        <translation>Nueva solicitud de &amp;portabilidad…</translation>
    </message>
    <message>
        <source>Bring a US or Canadian number from another carrier: it takes 2 to 4 weeks.</source>
        <translation>Traiga un número de EE. UU. o Canadá desde otro operador: tarda de 2 a 4 semanas.</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Ningún número seleccionado</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>%1 a minute</source>
        <translation>%1 por minuto</translation>
    </message>
    <message>
        <source>Plan: %1 (%2). Ordered on %3, next billing on %4.</source>
        <translation>Plan: %1 (%2). Pedido el %3, próxima facturación el %4.</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>tarifa plana</translation>
    </message>
    <message>
        <source>per-minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>Switch to &amp;Per-minute</source>
        <translation>Cambiar a &amp;Por minuto</translation>
    </message>
    <message>
        <source>Switch to &amp;Flat</source>
        <translation>Cambiar a &amp;Tarifa plana</translation>
    </message>
    <message>
        <source>The plan can change once per calendar month</source>
        <translation>El plan puede cambiar una vez por mes calendario</translation>
    </message>
    <message>
        <source>Switch Plan</source>
        <translation>Cambiar de plan</translation>
    </message>
    <message>
        <source>Your role (employee) can view but not change numbers</source>
        <translation>Su rol (empleado) permite ver los números, no cambiarlos</translation>
    </message>
    <message>
        <source>Unreturned missed calls, last %1 days (%2)</source>
        <translation>Llamadas perdidas sin devolver, últimos %1 días (%2)</translation>
    </message>
    <message>
        <source>%1 missed callers not called back yet</source>
        <translation>%1 llamantes con llamada perdida aún sin devolver</translation>
    </message>
    <message>
        <source>My Phone Numbers</source>
        <translation>Mis números de teléfono</translation>
    </message>
    <message>
        <source>Import Caller Filters</source>
        <translation>Importar filtros de llamantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”. %2</source>
        <translation>No se ha importado nada de «%1». %2</translation>
    </message>
    <message>
        <source>Export Caller Filters</source>
        <translation>Exportar filtros de llamantes</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Release Number</source>
        <translation>Liberar número</translation>
    </message>
    <message>
        <source>Release %1? Its routing rules and caller filters are deleted; its calls stay in reports. This cannot be undone.</source>
        <translation>¿Liberar %1? Sus reglas de enrutamiento y sus filtros de llamantes se eliminan; sus llamadas se conservan en los informes. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Request a Number Swap</source>
        <translation>Solicitar el cambio de un número</translation>
    </message>
    <message>
        <source>Why should %1 be replaced?</source>
        <translation>¿Por qué se debe cambiar %1?</translation>
    </message>
    <message>
        <source>Repeated spam calls</source>
        <translation>Llamadas de spam repetidas</translation>
    </message>
    <message>
        <source>The swap request was recorded; its status is “requested”.</source>
        <translation>Se ha registrado la solicitud de cambio; su estado es «requested».</translation>
    </message>
    <message>
        <source>The number %1 called was released</source>
        <translation>El número al que llamó %1 se ha liberado</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — con retraso</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>New Porting Request</source>
        <translation>Nueva solicitud de portabilidad</translation>
    </message>
    <message>
        <source>US or Canadian number to bring over:</source>
        <translation>Número de EE. UU. o Canadá que se traerá:</translation>
    </message>
    <message>
        <source>Carrier it comes from:</source>
        <translation>Operador de origen:</translation>
    </message>
    <message>
        <source>Set S&amp;tatus…</source>
        <translation>Establecer el &amp;estado…</translation>
    </message>
    <message>
        <source>Record what the carrier said about the selected request</source>
        <translation>Registrar la respuesta del operador sobre la solicitud seleccionada</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>el número %1</translation>
    </message>
    <message>
        <source>Porting Status</source>
        <translation>Estado de la portabilidad</translation>
    </message>
    <message>
        <source>Status of the port of %1:</source>
        <translation>Estado de la portabilidad de %1:</translation>
    </message>
</context>
<context>
    <name>OfflinePaymentGateway</name>
    <message>
        <source>The card has expired</source>
        <translation>La tarjeta ha caducado</translation>
    </message>
    <message>
        <source>A charge must be a positive amount</source>
        <translation>Un cargo debe ser un importe positivo</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view its payment methods</source>
        <translation>Su rol en esta cuenta solo permite ver sus métodos de pago</translation>
    </message>
    <message>
        <source>There is no payment method %1 in this account</source>
        <translation>Esta cuenta no tiene el método de pago %1</translation>
    </message>
    <message>
        <source>Card brand: “%1” is not one of %2</source>
        <translation>Marca de la tarjeta: «%1» no es una de %2</translation>
    </message>
    <message>
        <source>Last four digits: “%1” must be exactly four digits (never the whole card number)</source>
        <translation>Últimos cuatro dígitos: «%1» debe tener exactamente cuatro dígitos (nunca el número de tarjeta completo)</translation>
    </message>
    <message>
        <source>Expiry month: %1 is not a month (1–12)</source>
        <translation>Mes de caducidad: %1 no es un mes (1–12)</translation>
    </message>
    <message>
        <source>Expiry year: %1 is not a valid year</source>
        <translation>Año de caducidad: %1 no es un año válido</translation>
    </message>
    <message>
        <source>Expiry: the card expired at the end of %1/%2</source>
        <translation>Caducidad: la tarjeta caducó al final de %1/%2</translation>
    </message>
    <message>
        <source>The payment provider returned a card number instead of a token; nothing was stored</source>
        <translation>El proveedor de pagos devolvió un número de tarjeta en lugar de un token; no se ha guardado nada</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Esta tarjeta</translation>
    </message>
    <message>
        <source>This card is no longer stored for the account.</source>
        <translation>Esta tarjeta ya no está registrada en la cuenta.</translation>
    </message>
</context>
<context>
    <name>PaymentMethodsPage</name>
    <message>
        <source>&amp;Add Card</source>
        <translation>&amp;Añadir tarjeta</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Establecer como &amp;predeterminada</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Last 4 digits</source>
        <translation>Últimos 4 dígitos</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Añadir una tarjeta</translation>
    </message>
    <message>
        <source>LineDesk keeps only the payment provider&apos;s token, the brand, the last four digits and the expiry: never the card number or its security code.</source>
        <translation>LineDesk solo guarda el token del proveedor de pagos, la marca, los cuatro últimos dígitos y la fecha de caducidad: nunca el número de tarjeta ni su código de seguridad.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducada)</translation>
    </message>
    <message>
        <source>Add Card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Remove Card</source>
        <translation>Quitar tarjeta</translation>
    </message>
    <message>
        <source>Choose a card in the list first.</source>
        <translation>Elija primero una tarjeta de la lista.</translation>
    </message>
    <message>
        <source>Remove %1? Automatic billing then uses the default card, if there is one.</source>
        <translation>¿Quitar %1? La facturación automática usará entonces la tarjeta predeterminada, si la hay.</translation>
    </message>
    <message>
        <source>Make Default</source>
        <translation>Establecer como predeterminada</translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have unsaved changes to %1.</source>
        <translation>Tiene cambios sin guardar en %1.</translation>
    </message>
    <message>
        <source>Save them before you go on, or discard them?</source>
        <translation>¿Desea guardarlos antes de continuar o descartarlos?</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is empty</source>
        <translation>El número de teléfono está vacío</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in international form, like +15145550123</source>
        <translation>«%1» no tiene prefijo de país: escríbalo en formato internacional, como +15145550123</translation>
    </message>
    <message>
        <source>“%1” does not start with a known country code</source>
        <translation>«%1» no empieza por un prefijo de país conocido</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too short to be a phone number</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too long to be a phone number</source>
        <translation>«%1» es demasiado largo para ser un número de teléfono</translation>
    </message>
    <message>
        <source>“%1” is too short for its country</source>
        <translation>«%1» es demasiado corto para su país</translation>
    </message>
    <message>
        <source>“%1” is too long for its country</source>
        <translation>«%1» es demasiado largo para su país</translation>
    </message>
    <message>
        <source>“%1” has the wrong number of digits for its country</source>
        <translation>«%1» no tiene el número de cifras correcto para su país</translation>
    </message>
    <message>
        <source>“%1” is not a number in use in its country (no such area code or range)</source>
        <translation>«%1» no es un número asignado en su país (no existe ese prefijo o rango)</translation>
    </message>
</context>
<context>
    <name>PlanSwitchPolicy</name>
    <message>
        <source>Toll-free numbers cannot switch between per-minute and flat billing.</source>
        <translation>Los números gratuitos no pueden cambiar entre facturación por minuto y tarifa plana.</translation>
    </message>
    <message>
        <source>International numbers cannot switch between per-minute and flat billing.</source>
        <translation>Los números internacionales no pueden cambiar entre facturación por minuto y tarifa plana.</translation>
    </message>
    <message>
        <source>The plan already changed on %1; it can change once per calendar month, next on %2.</source>
        <translation>El plan ya cambió el %1; solo puede cambiar una vez por mes natural, la próxima vez el %2.</translation>
    </message>
</context>
<context>
    <name>Proration</name>
    <message>
        <source>The monthly price cannot be negative (%1).</source>
        <translation>El precio mensual no puede ser negativo (%1).</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>La fecha de inicio no es una fecha válida.</translation>
    </message>
    <message>
        <source>The invoice day must be 1 to 28, or 0 for the last day of the month (got %1).</source>
        <translation>El día de facturación debe estar entre 1 y 28, o ser 0 para el último día del mes (se recibió %1).</translation>
    </message>
</context>
<context>
    <name>ReportCsvWriter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>From %1 to %2 · Numbers: %3 · Call type: %4 · Grouped by: %5</source>
        <translation>Del %1 al %2 · Números: %3 · Tipo de llamada: %4 · Agrupado por: %5</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Call report — %1</source>
        <translation>Informe de llamadas — %1</translation>
    </message>
    <message>
        <source>Calls: %1 · Minutes: %2 · Cost: %3</source>
        <translation>Llamadas: %1 · Minutos: %2 · Costo: %3</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>The first %1 of %2 calls are listed; export the report as CSV for all of them.</source>
        <translation>Se muestran las primeras %1 de %2 llamadas; exporte el informe en CSV para obtenerlas todas.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot set the page size of the PDF</source>
        <translation>No se puede establecer el tamaño de página del PDF</translation>
    </message>
    <message>
        <source>Cannot write the PDF</source>
        <translation>No se puede escribir el PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportGroupsModel</name>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Hora del día</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The number %1 is not one of this account&apos;s numbers.</source>
        <translation>El número %1 no es uno de los números de esta cuenta.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Últimos 6 meses</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>The from-date is not a valid date.</source>
        <translation>La fecha de inicio no es una fecha válida.</translation>
    </message>
    <message>
        <source>The to-date is not a valid date.</source>
        <translation>La fecha de fin no es una fecha válida.</translation>
    </message>
    <message>
        <source>The to-date %1 is before the from-date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>Reports reach at most 6 months back: the earliest from-date is %1.</source>
        <translation>Los informes abarcan como máximo 6 meses atrás: la fecha de inicio más antigua es el %1.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Custom Reports</source>
        <translation>Informes personalizados</translation>
    </message>
    <message>
        <source>Saved reports:</source>
        <translation>Informes guardados:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Keep these filters under a name</source>
        <translation>Guardar estos filtros con un nombre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Date range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Números:</translation>
    </message>
    <message>
        <source>Call type:</source>
        <translation>Tipo de llamada:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>Todos los números</translation>
    </message>
    <message>
        <source>Display Report</source>
        <translation>Mostrar informe</translation>
    </message>
    <message>
        <source>Show the calls that match (Ctrl+Return)</source>
        <translation>Mostrar las llamadas que coinciden (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Import Calls…</source>
        <translation>Importar llamadas…</translation>
    </message>
    <message>
        <source>Read call records from a CSV file (Ctrl+I)</source>
        <translation>Leer registros de llamadas de un archivo CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save Chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Missed calls of, with the hours no routing rule answers outlined:</source>
        <translation>Llamadas perdidas de, con las horas que ninguna regla de enrutamiento atiende resaltadas:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Missed calls per day</source>
        <translation>Llamadas perdidas por día</translation>
    </message>
    <message>
        <source>Missed calls by weekday and hour</source>
        <translation>Llamadas perdidas por día de la semana y hora</translation>
    </message>
    <message>
        <source>Choose the filters, then Display Report.</source>
        <translation>Elija los filtros y, a continuación, Mostrar informe.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Calls: %1 · Minutes: %2 · Cost: %3</source>
        <translation>Llamadas: %1 · Minutos: %2 · Costo: %3</translation>
    </message>
    <message>
        <source>Import Calls</source>
        <translation>Importar llamadas</translation>
    </message>
    <message>
        <source>Your role in this account only views: importing calls is not allowed.</source>
        <translation>Su rol en esta cuenta solo permite consultar: no se permite importar llamadas.</translation>
    </message>
    <message>
        <source>Call records (*.csv);;All files (*)</source>
        <translation>Registros de llamadas (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing calls…</source>
        <translation>Importando llamadas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.
%2</source>
        <translation>No se ha importado nada de %1.
%2</translation>
    </message>
    <message>
        <source>Calls imported: %1. Already present: %2.</source>
        <translation>Llamadas importadas: %1. Ya existentes: %2.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>call-report.csv</source>
        <translation>informe-llamadas.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting calls…</source>
        <translation>Exportando llamadas…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>call-report.pdf</source>
        <translation>informe-llamadas.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete Saved Report</source>
        <translation>Eliminar informe guardado</translation>
    </message>
    <message>
        <source>Delete the saved report “%1”?</source>
        <translation>¿Eliminar el informe guardado «%1»?</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>missed-calls.png</source>
        <translation>llamadas-perdidas.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF (*.pdf)</source>
        <translation>Imagen PNG (*.png);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>The totals could not be calculated: %1</source>
        <translation>No se pudieron calcular los totales: %1</translation>
    </message>
    <message>
        <source>Calculating the totals…</source>
        <translation>Calculando los totales…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <source>Preparing the report for printing…</source>
        <translation>Preparando el informe para imprimir…</translation>
    </message>
</context>
<context>
    <name>RouteDecision</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Blocked: the caller matches “%1” on the block list.</source>
        <translation>Bloqueada: el llamante coincide con «%1» en la lista de bloqueo.</translation>
    </message>
    <message>
        <source>Blocked: the caller is not on the allow list.</source>
        <translation>Bloqueada: el llamante no figura en la lista de permitidos.</translation>
    </message>
    <message>
        <source>No rule covers %1: the call goes to voicemail.</source>
        <translation>Ninguna regla cubre %1: la llamada va al buzón de voz.</translation>
    </message>
    <message>
        <source>No rule covers %1 and voicemail is off: the call is rejected.</source>
        <translation>Ninguna regla cubre %1 y el buzón de voz está desactivado: la llamada se rechaza.</translation>
    </message>
    <message>
        <source>forwarded to %1 (%2 ringing)</source>
        <translation>desviada a %1 (modo de timbre: %2)</translation>
    </message>
    <message>
        <source>the IVR greeting answers; callers who press the key are forwarded to %1 (%2 ringing)</source>
        <translation>responde el saludo IVR; los llamantes que pulsan la tecla se desvían a %1 (modo de timbre: %2)</translation>
    </message>
    <message>
        <source>the IVR menu answers</source>
        <translation>responde el menú IVR</translation>
    </message>
    <message>
        <source>sent to voicemail</source>
        <translation>enviada al buzón de voz</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>Rule “%1” covers %2: %3.</source>
        <translation>La regla «%1» cubre %2: %3.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <source>Field “timezone”: “%1” is not a known time zone (use an IANA name such as America/New_York)</source>
        <translation>Campo «timezone»: «%1» no es una zona horaria conocida (use un nombre IANA como America/New_York)</translation>
    </message>
    <message>
        <source>%1, field “name”: a rule needs a name</source>
        <translation>%1, campo «name»: una regla necesita un nombre</translation>
    </message>
    <message>
        <source>%1, field “start”: the start must be between 00:00 and 23:59</source>
        <translation>%1, campo «start»: el inicio debe estar entre 00:00 y 23:59</translation>
    </message>
    <message>
        <source>%1, field “end”: the end must be between 00:00 and 24:00</source>
        <translation>%1, campo «end»: el fin debe estar entre 00:00 y 24:00</translation>
    </message>
    <message>
        <source>%1, field “dates”: give both “from” and “to”</source>
        <translation>%1, campo «dates»: indique tanto «from» como «to»</translation>
    </message>
    <message>
        <source>%1, field “dates”: not a valid date</source>
        <translation>%1, campo «dates»: no es una fecha válida</translation>
    </message>
    <message>
        <source>%1, field “destinations”: a forward rule needs at least one destination</source>
        <translation>%1, campo «destinations»: una regla de desvío necesita al menos un destino</translation>
    </message>
    <message>
        <source>%1, field “destinations”: “%2” is not a number in international form (+15145550100)</source>
        <translation>%1, campo «destinations»: «%2» no es un número en formato internacional (+15145550100)</translation>
    </message>
    <message>
        <source>Filter entry %1, field “pattern”: %2</source>
        <translation>Entrada de filtro %1, campo «pattern»: %2</translation>
    </message>
    <message>
        <source>“%1” should be written “%2”</source>
        <translation>«%1» debe escribirse «%2»</translation>
    </message>
    <message>
        <source>Field “ivr.digit”: “%1” is not a telephone key (0–9, * or #)</source>
        <translation>Campo «ivr.digit»: «%1» no es una tecla de teléfono (0–9, * o #)</translation>
    </message>
    <message>
        <source>Rule %1 “%2”</source>
        <translation>Regla %1 «%2»</translation>
    </message>
</context>
<context>
    <name>RoutingJson</name>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON no válido en el carácter %1: %2</translation>
    </message>
    <message>
        <source>The routing configuration must be a JSON object</source>
        <translation>La configuración de enrutamiento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>Unknown field “%1” (expected timezone, voicemail, filter, rules, ivr)</source>
        <translation>Campo desconocido «%1» (se esperaba timezone, voicemail, filter, rules o ivr)</translation>
    </message>
    <message>
        <source>Field “timezone” must be a text such as “America/New_York”</source>
        <translation>El campo «timezone» debe ser un texto como «America/New_York»</translation>
    </message>
    <message>
        <source>Field “voicemail” must be true or false</source>
        <translation>El campo «voicemail» debe ser true o false</translation>
    </message>
    <message>
        <source>Field “filter”: unknown field “%1” (expected mode, entries)</source>
        <translation>Campo «filter»: campo desconocido «%1» (se esperaba mode o entries)</translation>
    </message>
    <message>
        <source>Field “filter.mode”: “%1” is not block, allow or off</source>
        <translation>Campo «filter.mode»: «%1» no es block, allow ni off</translation>
    </message>
    <message>
        <source>Filter entry %1: unknown field “%2” (expected pattern, note)</source>
        <translation>Entrada de filtro %1: campo desconocido «%2» (se esperaba pattern o note)</translation>
    </message>
    <message>
        <source>Filter entry %1, field “pattern”: %2</source>
        <translation>Entrada de filtro %1, campo «pattern»: %2</translation>
    </message>
    <message>
        <source>Field “ivr”: unknown field “%1” (expected enabled, greeting, digit, no_input)</source>
        <translation>Campo «ivr»: campo desconocido «%1» (se esperaba enabled, greeting, digit o no_input)</translation>
    </message>
    <message>
        <source>Field “ivr.digit”: “%1” is not one telephone key</source>
        <translation>Campo «ivr.digit»: «%1» no es una sola tecla de teléfono</translation>
    </message>
    <message>
        <source>Field “ivr.no_input”: “%1” is not voicemail, reject or forward</source>
        <translation>Campo «ivr.no_input»: «%1» no es voicemail, reject ni forward</translation>
    </message>
    <message>
        <source>%1: a rule must be a JSON object</source>
        <translation>%1: una regla debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1: unknown field “%2”</source>
        <translation>%1: campo desconocido «%2»</translation>
    </message>
    <message>
        <source>%1, field “name”: a rule needs a name</source>
        <translation>%1, campo «name»: una regla necesita un nombre</translation>
    </message>
    <message>
        <source>%1, field “dates.from”: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1, campo «dates.from»: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1, field “dates.to”: “%2” is not a date (YYYY-MM-DD)</source>
        <translation>%1, campo «dates.to»: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1, field “days”: a list of day names such as [&quot;mon&quot;, &quot;tue&quot;]</source>
        <translation>%1, campo «days»: una lista de nombres de día como [&quot;mon&quot;, &quot;tue&quot;]</translation>
    </message>
    <message>
        <source>%1, field “days”: unknown day “%2” (use mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>%1, campo «days»: día desconocido «%2» (use mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>%1, field “days”: a rule without dates needs its days</source>
        <translation>%1, campo «days»: una regla sin fechas necesita sus días</translation>
    </message>
    <message>
        <source>%1, field “start”: “%2” is not a time (HH:MM, 00:00–23:59)</source>
        <translation>%1, campo «start»: «%2» no es una hora (HH:MM, 00:00–23:59)</translation>
    </message>
    <message>
        <source>%1, field “end”: “%2” is not a time (HH:MM, 00:00–24:00)</source>
        <translation>%1, campo «end»: «%2» no es una hora (HH:MM, 00:00–24:00)</translation>
    </message>
    <message>
        <source>%1, field “action”: “%2” is not forward, voicemail, reject or ivr</source>
        <translation>%1, campo «action»: «%2» no es forward, voicemail, reject ni ivr</translation>
    </message>
    <message>
        <source>%1, field “strategy”: “%2” is not simultaneous, sequential or random</source>
        <translation>%1, campo «strategy»: «%2» no es simultaneous, sequential ni random</translation>
    </message>
</context>
<context>
    <name>RoutingLinter</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 has no day selected: it never fires.</source>
        <translation>%1 no tiene ningún día seleccionado: nunca se activa.</translation>
    </message>
    <message>
        <source>%1 never fires: every time it covers is already taken by %2, earlier in the list.</source>
        <translation>%1 nunca se activa: todos los horarios que cubre ya los ocupa %2, que está antes en la lista.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” on %3: “%2” wins there because it comes first in the list.</source>
        <translation>%1 se solapa con «%2» en %3: ahí prevalece «%2» porque está antes en la lista.</translation>
    </message>
    <message>
        <source>%1 %2: no weekly rule covers these times and voicemail is off, so calls would be rejected.</source>
        <translation>%1 %2: ninguna regla semanal cubre estos horarios y el buzón de voz está desactivado, así que las llamadas se rechazarían.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3): it never fires.</source>
        <translation>%1 termina (%2) antes de empezar (%3): nunca se activa.</translation>
    </message>
    <message>
        <source>%1: none of its days falls within its dates, so it never fires.</source>
        <translation>%1: ninguno de sus días cae dentro de sus fechas, así que nunca se activa.</translation>
    </message>
    <message>
        <source>%1 ended on %2: it will not fire again.</source>
        <translation>%1 terminó el %2: no volverá a activarse.</translation>
    </message>
    <message>
        <source>%1 never fires: every time it covers is already taken by “%2”, earlier in the list.</source>
        <translation>%1 nunca se activa: todos los horarios que cubre ya los ocupa «%2», que está antes en la lista.</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” on some of its dates: “%2” wins there because it comes first in the list.</source>
        <translation>%1 se solapa con «%2» en algunas de sus fechas: ahí prevalece «%2» porque está antes en la lista.</translation>
    </message>
    <message>
        <source>%1: its %2 time %3 does not exist on %4 (clocks go forward, %5 is skipped).</source>
        <translation>%1: su hora de %2 %3 no existe el %4 (los relojes se adelantan y %5 se omite).</translation>
    </message>
    <message>
        <source>%1: its %2 time %3 happens twice on %4 (clocks go back, %5 is repeated).</source>
        <translation>%1: su hora de %2 %3 ocurre dos veces el %4 (los relojes se atrasan y %5 se repite).</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>%1 forwards to %2, the number itself: the call would loop.</source>
        <translation>%1 desvía a %2, el propio número: la llamada entraría en bucle.</translation>
    </message>
    <message>
        <source>%1: destination %2 is not a valid phone number (%3).</source>
        <translation>%1: el destino %2 no es un número de teléfono válido (%3).</translation>
    </message>
</context>
<context>
    <name>RoutingReplay</name>
    <message>
        <source>Field “timezone”: “%1” is not a known time zone</source>
        <translation>Campo «timezone»: «%1» no es una zona horaria conocida</translation>
    </message>
</context>
<context>
    <name>RoutingRepository</name>
    <message>
        <source>The account has no number %1</source>
        <translation>La cuenta no tiene el número %1</translation>
    </message>
    <message>
        <source>Stored rule “%1” of %2</source>
        <translation>Regla guardada «%1» de %2</translation>
    </message>
    <message>
        <source>%1 has an unknown day “%2”</source>
        <translation>%1 tiene un día desconocido «%2»</translation>
    </message>
    <message>
        <source>%1 has a malformed time</source>
        <translation>%1 tiene una hora mal formada</translation>
    </message>
    <message>
        <source>%1 has an unknown action</source>
        <translation>%1 tiene una acción desconocida</translation>
    </message>
    <message>
        <source>An employee account can view routing but not change it</source>
        <translation>Una cuenta de empleado puede ver el enrutamiento, pero no cambiarlo</translation>
    </message>
    <message>
        <source>The routing of this number</source>
        <translation>El enrutamiento de este número</translation>
    </message>
    <message>
        <source>This number is no longer in the account</source>
        <translation>Este número ya no pertenece a la cuenta</translation>
    </message>
</context>
<context>
    <name>RoutingRule</name>
    <message>
        <source>Forward</source>
        <translation>Desviar</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <translation>Menú IVR</translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <translation>Simultáneo</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Secuencial</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>no day, %1</source>
        <translation>ningún día, %1</translation>
    </message>
    <message>
        <source>every day, %1</source>
        <translation>todos los días, %1</translation>
    </message>
</context>
<context>
    <name>RoutingRulesModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Voicemail when no rule covers a time</source>
        <translation>Buzón de voz cuando ninguna regla cubre un horario</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Guardar el borrador (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <source>Activity &amp;time zone:</source>
        <translation>Zona &amp;horaria de la actividad:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>24:00 ends at midnight; an end not after the start runs past midnight</source>
        <translation>24:00 termina a medianoche; una hora de fin no posterior al inicio continúa pasada la medianoche</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Solo &amp;entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>timbre</translation>
    </message>
    <message>
        <source>+15145550100, +15145550101</source>
        <translation>+15145550100, +15145550101</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;cción:</translation>
    </message>
    <message>
        <source>Des&amp;tinations:</source>
        <translation>Des&amp;tinos:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <source>optional: +15145550123 or anonymous</source>
        <translation>opcional: +15145550123 o anonymous</translation>
    </message>
    <message>
        <source>S&amp;imulate</source>
        <translation>S&amp;imular</translation>
    </message>
    <message>
        <source>Call at:</source>
        <translation>Llamada a las:</translation>
    </message>
    <message>
        <source>Ca&amp;ller:</source>
        <translation>&amp;Llamante:</translation>
    </message>
    <message>
        <source>Replay of real calls: draft against saved rules</source>
        <translation>Reproducción de llamadas reales: borrador frente a reglas guardadas</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semana(s)</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Últimas</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard your changes to the routing of %1?</source>
        <translation>¿Descartar sus cambios en el enrutamiento de %1?</translation>
    </message>
    <message>
        <source>= %1 UTC</source>
        <translation>= %1 UTC</translation>
    </message>
    <message>
        <source>does not exist in %1 (clocks go forward)</source>
        <translation>no existe en %1 (los relojes se adelantan)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Advanced Routing</source>
        <translation>Enrutamiento avanzado</translation>
    </message>
    <message>
        <source>Read-only: your role can view routing but not change it</source>
        <translation>Solo lectura: su rol permite ver el enrutamiento, no cambiarlo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Ninguna advertencia.</translation>
    </message>
    <message>
        <source>Start: write a time as HH:MM, 00:00–23:59</source>
        <translation>Inicio: escriba una hora como HH:MM, 00:00–23:59</translation>
    </message>
    <message>
        <source>End: write a time as HH:MM, 00:00–24:00</source>
        <translation>Fin: escriba una hora como HH:MM, 00:00–24:00</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Delete the rule “%1” from the draft?</source>
        <translation>¿Eliminar la regla «%1» del borrador?</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>The routing was not saved: %1</source>
        <translation>No se ha guardado el enrutamiento: %1</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it.</source>
        <translation>%1 no existe en %2: los relojes se adelantan en ese momento.</translation>
    </message>
    <message>
        <source>Caller: “%1” is not a number in international form or “anonymous”.</source>
        <translation>Llamante: «%1» no es un número en formato internacional ni «anonymous».</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Rule “%1”</source>
        <translation>Regla «%1»</translation>
    </message>
    <message>
        <source>No rule: voicemail</source>
        <translation>Ninguna regla: buzón de voz</translation>
    </message>
    <message>
        <source>No rule: rejected</source>
        <translation>Ninguna regla: rechazada</translation>
    </message>
    <message>
        <source>Blocked by the filter</source>
        <translation>Bloqueada por el filtro</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) from %1 to %2</source>
        <translation>
            <numerusform>%n llamada de %1 a %2</numerusform>
            <numerusform>%n llamadas de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Week coverage (grey: voicemail, red: rejected, cross-hatched: holidays and other dated rules)</source>
        <translation>Cobertura semanal (gris: buzón de voz, rojo: rechazada, rayado: festivos y otras reglas con fechas)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>T&amp;his Week</source>
        <translation>Semana en curs&amp;o</translation>
    </message>
    <message>
        <source>The week of today in the number&apos;s time zone</source>
        <translation>La semana actual en la zona horaria del número</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>the routing of %1</source>
        <translation>el enrutamiento de %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Someone else changed this number&apos;s routing. Your changes are kept; saving them will ask whose to keep.</source>
        <translation>Otra persona ha cambiado el enrutamiento de este número. Sus cambios se conservan; al guardarlos, se le preguntará qué versión conservar.</translation>
    </message>
    <message>
        <source>Updated with a change made by someone else</source>
        <translation>Actualizado con un cambio hecho por otra persona</translation>
    </message>
</context>
<context>
    <name>RowStamp</name>
    <message>
        <source>%1 was changed by someone else while you were editing it.</source>
        <translation>%1 fue objeto de cambios de otra persona mientras usted editaba.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it: %2 saved it.</source>
        <translation>%1 fue objeto de cambios de otra persona mientras usted editaba: %2 los guardó.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it: %2 saved it at %3.</source>
        <translation>%1 fue objeto de cambios de otra persona mientras usted editaba: %2 los guardó el %3.</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Modificado por %1</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>Modificado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>SavedReportRepository</name>
    <message>
        <source>A saved report needs a name.</source>
        <translation>Un informe guardado necesita un nombre.</translation>
    </message>
    <message>
        <source>This saved report</source>
        <translation>Este informe guardado</translation>
    </message>
    <message>
        <source>This saved report no longer exists.</source>
        <translation>Este informe guardado ya no existe.</translation>
    </message>
</context>
<context>
    <name>ServerErrors</name>
    <message>
        <source>Wrong password for the user “%1” on %2. Check the password (and the user name) and try again.</source>
        <translation>Contraseña incorrecta para el usuario «%1» en %2. Compruebe la contraseña (y el nombre de usuario) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server %1 asks for a password for “%2”. Type it in the Password field.</source>
        <translation>El servidor %1 solicita una contraseña para «%2». Escríbala en el campo Contraseña.</translation>
    </message>
    <message>
        <source>The host name “%1” is unknown. Check its spelling, or use the server&apos;s IP address.</source>
        <translation>El nombre de host «%1» es desconocido. Compruebe cómo está escrito o use la dirección IP del servidor.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Check the host and port, that the server is running, and that no firewall is in the way.</source>
        <translation>Ningún servidor PostgreSQL responde en %1. Compruebe el host y el puerto, que el servidor esté en funcionamiento y que ningún cortafuegos lo impida.</translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”. Check the database name, or ask the administrator to create it.</source>
        <translation>El servidor %1 no tiene ninguna base de datos llamada «%2». Compruebe el nombre de la base de datos o pida al administrador que la cree.</translation>
    </message>
    <message>
        <source>The server %1 has no user “%2”. Ask the administrator to add you with “linedesk-cli server add-user”.</source>
        <translation>El servidor %1 no tiene ningún usuario «%2». Pida al administrador que lo agregue con «linedesk-cli server add-user».</translation>
    </message>
    <message>
        <source>The server %1 does not accept connections from this computer for the user “%2” and database “%3” (its pg_hba.conf has no matching entry). Ask the administrator to allow it, or try another SSL mode.</source>
        <translation>El servidor %1 no acepta conexiones desde este equipo para el usuario «%2» y la base de datos «%3» (su pg_hba.conf no tiene ninguna entrada coincidente). Pida al administrador que lo permita o pruebe otro modo SSL.</translation>
    </message>
    <message>
        <source>The server %1 only accepts encrypted connections. Choose the SSL mode “Require” or “Verify full”.</source>
        <translation>El servidor %1 solo acepta conexiones cifradas. Elija el modo SSL «Require» o «Verify full».</translation>
    </message>
    <message>
        <source>The SSL mode “%1” requires encryption, but the server %2 does not offer SSL. Ask the administrator to enable SSL, or choose “Prefer”.</source>
        <translation>El modo SSL «%1» requiere cifrado, pero el servidor %2 no ofrece SSL. Pida al administrador que habilite SSL o elija «Prefer».</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 failed: the server&apos;s certificate could not be verified for the SSL mode “%2”. Install the server&apos;s root certificate (~/.postgresql/root.crt) or check the host name.</source>
        <translation>Falló la conexión cifrada con %1: no se pudo verificar el certificado del servidor para el modo SSL «%2». Instale el certificado raíz del servidor (~/.postgresql/root.crt) o compruebe el nombre de host.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1.</source>
        <translation>No se puede conectar al servidor %1.</translation>
    </message>
    <message>
        <source>%1

The server said: %2</source>
        <translation>%1

Respuesta del servidor: %2</translation>
    </message>
    <message>
        <source>You don&apos;t have the right to change this: the server refused it, and nothing was changed. Ask the account&apos;s owner or an admin.</source>
        <translation>No tiene permiso para cambiar esto: el servidor lo rechazó y no se ha cambiado nada. Consulte al propietario de la cuenta o a un administrador.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ServerMembers</name>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>This server is not set up for LineDesk users yet; run “linedesk-cli server setup” first</source>
        <translation>Este servidor aún no está configurado para usuarios de LineDesk; ejecute primero «linedesk-cli server setup»</translation>
    </message>
    <message>
        <source>“%1” is not a user name LineDesk accepts: use lower-case letters, digits, _ . - or @, starting with a letter (at most 63 characters, not pg_… or linedesk_…)</source>
        <translation>«%1» no es un nombre de usuario que LineDesk acepte: use letras minúsculas, dígitos, _ . - o @, empezando por una letra (63 caracteres como máximo, ni pg_… ni linedesk_…)</translation>
    </message>
    <message>
        <source>The password for “%1” is empty</source>
        <translation>La contraseña de «%1» está vacía</translation>
    </message>
    <message>
        <source>There is no account %1 on this server</source>
        <translation>No existe la cuenta %1 en este servidor</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk user name</source>
        <translation>«%1» no es un nombre de usuario de LineDesk</translation>
    </message>
    <message>
        <source>“%1” is not a LineDesk user on this server</source>
        <translation>«%1» no es un usuario de LineDesk en este servidor</translation>
    </message>
    <message>
        <source>“%1” is not a member of account %2</source>
        <translation>«%1» no es miembro de la cuenta %2</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>Server setup is for a PostgreSQL server; a SQLite file has no users (its user is always the owner)</source>
        <translation>La configuración del servidor es para un servidor PostgreSQL; un archivo SQLite no tiene usuarios (su usuario es siempre el propietario)</translation>
    </message>
    <message>
        <source>Cannot read the rights of the connected user</source>
        <translation>No se pueden leer los permisos del usuario conectado</translation>
    </message>
    <message>
        <source>Server setup must run as a PostgreSQL administrator (a superuser, or a user with CREATEROLE that owns the database); “%1” is neither</source>
        <translation>La configuración del servidor debe ejecutarla un administrador de PostgreSQL (un superusuario, o un usuario con CREATEROLE que sea propietario de la base de datos); «%1» no es ninguno de los dos</translation>
    </message>
    <message>
        <source>Server setup failed; nothing was changed: %1</source>
        <translation>La configuración del servidor falló; no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Could not start the server setup: %1</source>
        <translation>No se pudo iniciar la configuración del servidor: %1</translation>
    </message>
</context>
<context>
    <name>ServiceOptionsModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Included in your main package</source>
        <translation>Incluido en su paquete principal</translation>
    </message>
    <message>
        <source>%1/month</source>
        <translation>%1/mes</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Contratado</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Finaliza el %1</translation>
    </message>
    <message>
        <source>Included in package</source>
        <translation>Incluido en el paquete</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>SmartNumberOptionsDialog</name>
    <message>
        <source>Options of %1</source>
        <translation>Opciones de %1</translation>
    </message>
    <message>
        <source>Check an option to switch it on, uncheck it to switch it off:</source>
        <translation>Marque una opción para activarla y desmárquela para desactivarla:</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 al mes)</translation>
    </message>
    <message>
        <source>%1 (%2 a month), on until %3</source>
        <translation>%1 (%2 al mes), vigente hasta el %3</translation>
    </message>
</context>
<context>
    <name>SqliteRowSource</name>
    <message>
        <source>This connection is not an SQLite connection LineDesk can use directly.</source>
        <translation>Esta conexión no es una conexión SQLite que LineDesk pueda usar directamente.</translation>
    </message>
</context>
<context>
    <name>SubscriptionReviewDialog</name>
    <message>
        <source>Add</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Ampliación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Reducción</translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation>Cancelación de la suscripción</translation>
    </message>
    <message>
        <source>&amp;Inform the customer (send a confirmation to the billing e-mail)</source>
        <translation>&amp;Informar al cliente (enviar una confirmación al correo electrónico de facturación)</translation>
    </message>
    <message>
        <source>Review the change</source>
        <translation>Revisar el cambio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Charged now</source>
        <translation>Cobrado ahora</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>Charged now:</source>
        <translation>Cobrado ahora:</translation>
    </message>
    <message>
        <source>Monthly price today:</source>
        <translation>Precio mensual actual:</translation>
    </message>
    <message>
        <source>Price from %1:</source>
        <translation>Precio a partir del %1:</translation>
    </message>
    <message>
        <source>Paid with:</source>
        <translation>Pagado con:</translation>
    </message>
    <message>
        <source>Prepaid account: added or upgraded services are charged one full month plus the rest of this invoice period now. Removed or downgraded ones run to the end of the period, with no credit.</source>
        <translation>Cuenta prepago: los servicios añadidos o ampliados se cobran ahora por un mes completo más el resto de este periodo de facturación. Los que se quitan o reducen siguen activos hasta el final del periodo, sin abono.</translation>
    </message>
    <message>
        <source>Added or upgraded services are charged for the rest of this invoice period now. Removed or downgraded ones run to the end of the period, with no credit.</source>
        <translation>Los servicios añadidos o ampliados se cobran ahora por el resto de este periodo de facturación. Los que se quitan o reducen siguen activos hasta el final del periodo, sin abono.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>%1 %2 %: %3</source>
        <translation>%1 %2 %: %3</translation>
    </message>
    <message>
        <source>Sales taxes on the card payment:</source>
        <translation>Impuestos sobre las ventas del pago con tarjeta:</translation>
    </message>
    <message>
        <source>The card is charged:</source>
        <translation>Importe cargado a la tarjeta:</translation>
    </message>
</context>
<context>
    <name>SubscriptionService</name>
    <message>
        <source>An employee account views the subscription but cannot change it; ask the account owner or an admin.</source>
        <translation>Una cuenta de empleado puede ver la suscripción, pero no cambiarla; pídaselo al titular de la cuenta o a un administrador.</translation>
    </message>
    <message>
        <source>The account %1 has no subscription yet.</source>
        <translation>La cuenta %1 aún no tiene suscripción.</translation>
    </message>
    <message>
        <source>The subscribed package is missing from the catalogue.</source>
        <translation>El paquete contratado no figura en el catálogo.</translation>
    </message>
    <message>
        <source>The subscription is cancelled or being cancelled; it cannot be changed.</source>
        <translation>La suscripción está cancelada o en proceso de cancelación; no se puede cambiar.</translation>
    </message>
    <message>
        <source>The quantity must be 1 to 999 (got %1).</source>
        <translation>La cantidad debe estar entre 1 y 999 (se recibió %1).</translation>
    </message>
    <message>
        <source>There is no option “%1” in the catalogue.</source>
        <translation>El catálogo no contiene ninguna opción «%1».</translation>
    </message>
    <message>
        <source>The option “%1” belongs to a smart number: name the number.</source>
        <translation>La opción «%1» pertenece a un número inteligente: indique el número.</translation>
    </message>
    <message>
        <source>%1 is not one of the account&apos;s smart numbers.</source>
        <translation>%1 no es uno de los números inteligentes de la cuenta.</translation>
    </message>
    <message>
        <source>%1 already has %2.</source>
        <translation>%1 ya tiene %2.</translation>
    </message>
    <message>
        <source>%1 does not have %2.</source>
        <translation>%1 no tiene %2.</translation>
    </message>
    <message>
        <source>The option “%1” is not a smart-number option.</source>
        <translation>La opción «%1» no es una opción de número inteligente.</translation>
    </message>
    <message>
        <source>%1 is already included in your %2 package.</source>
        <translation>%1 ya está incluido en su paquete %2.</translation>
    </message>
    <message>
        <source>%1 is included in your %2 package and cannot be removed on its own.</source>
        <translation>%1 está incluido en su paquete %2 y no se puede quitar por separado.</translation>
    </message>
    <message>
        <source>%1 can be taken only once.</source>
        <translation>%1 solo se puede contratar una vez.</translation>
    </message>
    <message>
        <source>%1 is already part of your subscription.</source>
        <translation>%1 ya forma parte de su suscripción.</translation>
    </message>
    <message>
        <source>%1 is not part of your subscription.</source>
        <translation>%1 no forma parte de su suscripción.</translation>
    </message>
    <message>
        <source>There is no package “%1” in the catalogue.</source>
        <translation>El catálogo no contiene ningún paquete «%1».</translation>
    </message>
    <message>
        <source>%1 is already your package.</source>
        <translation>%1 ya es su paquete.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number: %2</source>
        <translation>«%1» no es un número de teléfono válido: %2</translation>
    </message>
    <message>
        <source>%1 is already one of your smart numbers.</source>
        <translation>%1 ya es uno de sus números inteligentes.</translation>
    </message>
    <message>
        <source>Unknown change.</source>
        <translation>Cambio desconocido.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>No se pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>A confirmed change needs a client request id.</source>
        <translation>Un cambio confirmado necesita un identificador de solicitud del cliente.</translation>
    </message>
    <message>
        <source>This change was already confirmed (request %1); nothing was charged again.</source>
        <translation>Este cambio ya se confirmó (solicitud %1); no se ha cobrado nada de nuevo.</translation>
    </message>
    <message>
        <source>This payment was already posted (request %1); nothing was charged again.</source>
        <translation>Este pago ya se registró (solicitud %1); no se ha cobrado nada de nuevo.</translation>
    </message>
    <message>
        <source>Your balance, %1, does not cover the %2 charged now: add funds or pay by card.</source>
        <translation>Su saldo, %1, no cubre los %2 que se cobran ahora: añada fondos o pague con tarjeta.</translation>
    </message>
    <message>
        <source>The saved card %1 does not exist in this account.</source>
        <translation>La tarjeta guardada %1 no existe en esta cuenta.</translation>
    </message>
    <message>
        <source>The saved card ending in %1 has expired.</source>
        <translation>La tarjeta guardada terminada en %1 ha caducado.</translation>
    </message>
    <message>
        <source>Card payment, %1 ending in %2</source>
        <translation>Pago con tarjeta, %1 terminada en %2</translation>
    </message>
    <message>
        <source>The new card has no payment token from the provider.</source>
        <translation>La nueva tarjeta no tiene token de pago del proveedor.</translation>
    </message>
    <message>
        <source>The payment token looks like a card number; LineDesk never stores card numbers.</source>
        <translation>El token de pago parece un número de tarjeta; LineDesk nunca guarda números de tarjeta.</translation>
    </message>
    <message>
        <source>The new card&apos;s brand is missing.</source>
        <translation>Falta la marca de la nueva tarjeta.</translation>
    </message>
    <message>
        <source>The new card&apos;s last four digits must be four digits (got “%1”).</source>
        <translation>Los cuatro últimos dígitos de la nueva tarjeta deben ser cuatro dígitos (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The new card&apos;s expiry %1/%2 is not a valid month and year.</source>
        <translation>La fecha de caducidad %1/%2 de la nueva tarjeta no es un mes y año válidos.</translation>
    </message>
    <message>
        <source>The new card expired in %1/%2.</source>
        <translation>La nueva tarjeta caducó en %1/%2.</translation>
    </message>
    <message>
        <source>%1, prorated to %2</source>
        <translation>%1, prorrateado a %2</translation>
    </message>
    <message>
        <source>%1 on %2, prorated to %3</source>
        <translation>%1 el %2, prorrateado a %3</translation>
    </message>
    <message>
        <source>“Inform the customer” needs a billing e-mail: fill it in Billing Options first.</source>
        <translation>«Informar al cliente» requiere un correo electrónico de facturación: indíquelo primero en Opciones de facturación.</translation>
    </message>
    <message>
        <source>Your subscription changed on %1:</source>
        <translation>Su suscripción cambió el %1:</translation>
    </message>
    <message>
        <source>- %1 (%2): charged now %3, effective %4</source>
        <translation>- %1 (%2): %3 cobrado ahora, vigente desde el %4</translation>
    </message>
    <message>
        <source>Charged now: %1</source>
        <translation>Cobrado ahora: %1</translation>
    </message>
    <message>
        <source>Monthly price from %1: %2</source>
        <translation>Precio mensual a partir del %1: %2</translation>
    </message>
    <message>
        <source>Your subscription has changed</source>
        <translation>Su suscripción ha cambiado</translation>
    </message>
    <message>
        <source>The authentication method must be pin, caller-id or none (got “%1”).</source>
        <translation>El método de autenticación debe ser pin, caller-id o none (se recibió «%1»).</translation>
    </message>
    <message>
        <source>What to do first must be ring, voicemail or forward (got “%1”).</source>
        <translation>La primera acción debe ser ring, voicemail o forward (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The private number of extension %1 is not valid: %2</source>
        <translation>El número privado de la extensión %1 no es válido: %2</translation>
    </message>
    <message>
        <source>Extension %1 was changed by someone else; reload and try again.</source>
        <translation>Otra persona ha cambiado la extensión %1; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%2 on %1 is already unsubscribed; it ends on %3.</source>
        <translation>La opción %2 en %1 ya está dada de baja; finaliza el %3.</translation>
    </message>
    <message>
        <source>The card was declined (%1); nothing was charged or changed.</source>
        <translation>La tarjeta fue rechazada (%1); no se ha cobrado ni cambiado nada.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>No payment provider is available to charge the card; pay with account funds instead.</source>
        <translation>No hay ningún proveedor de pagos disponible para cobrar la tarjeta; pague con el saldo de la cuenta.</translation>
    </message>
    <message>
        <source>An extension is 2 to 6 digits (got “%1”).</source>
        <translation>Una extensión tiene de 2 a 6 dígitos (se recibió «%1»).</translation>
    </message>
    <message>
        <source>The name of extension %1 is longer than 100 characters.</source>
        <translation>El nombre de la extensión %1 supera los 100 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a device of the catalogue (desk phone, mobile app, WebPhone, softphone).</source>
        <translation>«%1» no es un dispositivo del catálogo (teléfono de escritorio, aplicación móvil, WebPhone, softphone).</translation>
    </message>
    <message>
        <source>Extension %1 already exists.</source>
        <translation>La extensión %1 ya existe.</translation>
    </message>
    <message>
        <source>The extension was changed or removed by someone else; reload and try again.</source>
        <translation>Otra persona ha cambiado o eliminado la extensión; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SubscriptionTab</name>
    <message>
        <source>&amp;Billing Options…</source>
        <translation>Opciones de &amp;facturación…</translation>
    </message>
    <message>
        <source>Cancel my subscription…</source>
        <translation>Cancelar mi suscripción…</translation>
    </message>
    <message>
        <source>Smart Numbers</source>
        <translation>Números inteligentes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>911</source>
        <translation>911</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>✎ &amp;Edit options…</source>
        <translation>✎ &amp;Editar opciones…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Dar de baja…</translation>
    </message>
    <message>
        <source>Office Extensions &amp;&amp; Phones</source>
        <translation>Extensiones &amp;&amp; teléfonos</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Private number</source>
        <translation>Número privado</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Call screening</source>
        <translation>Filtrado de llamadas</translation>
    </message>
    <message>
        <source>✎ &amp;Private number settings…</source>
        <translation>✎ Configuración del número &amp;privado…</translation>
    </message>
    <message>
        <source>Main Package</source>
        <translation>Paquete principal</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>C&amp;hange package…</source>
        <translation>C&amp;ambiar de paquete…</translation>
    </message>
    <message>
        <source>Service Options</source>
        <translation>Opciones de servicio</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Review and confirm the options you checked</source>
        <translation>Revisar y confirmar las opciones marcadas</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Add to bas&amp;ket</source>
        <translation>Añadir a la ces&amp;ta</translation>
    </message>
    <message>
        <source>Minute packages this month</source>
        <translation>Paquetes de minutos este mes</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Add to basket</source>
        <translation>Añadir a la cesta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this product from the basket</source>
        <translation>Quitar este producto de la cesta</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>Uno más</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>Uno menos</translation>
    </message>
    <message>
        <source>Check&amp;out…</source>
        <translation>&amp;Pagar…</translation>
    </message>
    <message>
        <source>Empty basket</source>
        <translation>Vaciar la cesta</translation>
    </message>
    <message>
        <source>Open a database to see its subscription.</source>
        <translation>Abra una base de datos para ver su suscripción.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; package · %2 a month · next invoice %3</source>
        <translation>Paquete &lt;b&gt;%1&lt;/b&gt; · %2 al mes · próxima factura el %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;: the subscription is billed and runs until %1, then ends.</source>
        <translation>&lt;b&gt;Cancelada&lt;/b&gt;: la suscripción se factura y sigue activa hasta el %1; después finaliza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Cancelada&lt;/b&gt; el %1.</translation>
    </message>
    <message>
        <source>Employee account: you can view the subscription but not change it.</source>
        <translation>Cuenta de empleado: puede ver la suscripción, pero no cambiarla.</translation>
    </message>
    <message>
        <source>✓ on</source>
        <translation>✓ activado</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Identificador del llamante</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 a month</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 al mes</translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>Incluido: %1</translation>
    </message>
    <message>
        <source>Changes to %1 on %2.</source>
        <translation>Cambia a %1 el %2.</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 al mes)</translation>
    </message>
    <message>
        <source>no package</source>
        <translation>ningún paquete</translation>
    </message>
    <message>
        <source>No minute package: %1 minutes used this month are charged per minute. Packages of %2 to %3 minutes a month can be added from the basket.</source>
        <translation>Sin paquete de minutos: los %1 minutos usados este mes se cobran por minuto. Puede añadir paquetes de %2 a %3 minutos al mes desde la cesta.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes used (%3 left) until %4; unused minutes do not roll over.</source>
        <translation>%1 de %2 minutos usados (quedan %3) hasta el %4; los minutos no usados no se acumulan.</translation>
    </message>
    <message>
        <source>%1 minutes over the package are charged per minute.</source>
        <translation>Los %1 minutos que exceden el paquete se cobran por minuto.</translation>
    </message>
    <message>
        <source>%1 a month, %2</source>
        <translation>%1 al mes, %2</translation>
    </message>
    <message>
        <source>Account funds</source>
        <translation>Saldo de la cuenta</translation>
    </message>
    <message>
        <source>%1 ending in %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <source>New card…</source>
        <translation>Nueva tarjeta…</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>La cesta está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1 now, then %2 a month more</source>
        <translation>
            <numerusform>%n artículo: %1 ahora y después %2 más al mes</numerusform>
            <numerusform>%n artículos: %1 ahora y después %2 más al mes</numerusform>
        </translation>
    </message>
    <message>
        <source>This change is not possible</source>
        <translation>Este cambio no es posible</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>No se ha guardado el cambio</translation>
    </message>
    <message>
        <source>Add a Smart Number</source>
        <translation>Añadir un número inteligente</translation>
    </message>
    <message>
        <source>Phone number in international form (+1 212 555 0199):</source>
        <translation>Número de teléfono en formato internacional (+1 212 555 0199):</translation>
    </message>
    <message>
        <source>Unsubscribe a Smart Number</source>
        <translation>Dar de baja un número inteligente</translation>
    </message>
    <message>
        <source>Unsubscribe %1? The number is released, with its calls kept in reports. It is paid to the end of this invoice period; nothing is refunded.</source>
        <translation>¿Dar de baja %1? El número se libera y sus llamadas se conservan en los informes. Está pagado hasta el final de este periodo de facturación; no se reembolsa nada.</translation>
    </message>
    <message>
        <source>Unsubscribe an option</source>
        <translation>Dar de baja una opción</translation>
    </message>
    <message>
        <source>Unsubscribe from %1? It stays active and billed until %2; nothing is refunded.</source>
        <translation>¿Dar de baja %1? Sigue activa y facturada hasta el %2; no se reembolsa nada.</translation>
    </message>
    <message>
        <source>Not added to the basket</source>
        <translation>No se ha añadido a la cesta</translation>
    </message>
    <message>
        <source>Quantity not changed</source>
        <translation>No se ha cambiado la cantidad</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>No se ha quitado</translation>
    </message>
    <message>
        <source>Empty the basket</source>
        <translation>Vaciar la cesta</translation>
    </message>
    <message>
        <source>Remove every product from the basket? Nothing is charged.</source>
        <translation>¿Quitar todos los productos de la cesta? No se cobra nada.</translation>
    </message>
    <message>
        <source>Basket not emptied</source>
        <translation>No se ha vaciado la cesta</translation>
    </message>
    <message>
        <source>The basket cannot be paid</source>
        <translation>No se puede pagar la cesta</translation>
    </message>
    <message>
        <source>The basket was not paid</source>
        <translation>No se ha pagado la cesta</translation>
    </message>
    <message>
        <source>Cancel my subscription</source>
        <translation>Cancelar mi suscripción</translation>
    </message>
    <message>
        <source>Do you want to unsubscribe and close the account?</source>
        <translation>¿Desea darse de baja y cerrar la cuenta?</translation>
    </message>
    <message>
        <source>What happens next: your package, options and numbers keep working and are billed until %1, the end of this invoice period; nothing is refunded. From %2 nothing more is billed. Customer service will contact you to confirm the cancellation.</source>
        <translation>Qué ocurre ahora: su paquete, sus opciones y sus números siguen funcionando y se facturan hasta el %1, final de este periodo de facturación; no se reembolsa nada. A partir del %2 no se factura nada más. El servicio de atención al cliente se pondrá en contacto con usted para confirmar la cancelación.</translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>+ Add E&amp;xtension…</source>
        <translation>+ Añadir e&amp;xtensión…</translation>
    </message>
    <message>
        <source>Remove Extension…</source>
        <translation>Quitar extensión…</translation>
    </message>
    <message>
        <source>✓ until %1</source>
        <translation>✓ hasta el %1</translation>
    </message>
    <message>
        <source>Unsubscribed: it works and is billed until this day, then it switches off</source>
        <translation>Dada de baja: funciona y se factura hasta este día; después se desactiva</translation>
    </message>
    <message>
        <source>Remove Extension</source>
        <translation>Quitar extensión</translation>
    </message>
    <message>
        <source>Remove extension %1 (%2)? Its private number settings go with it; the device stays in your service options until you unsubscribe it.</source>
        <translation>¿Quitar la extensión %1 (%2)? Su configuración de número privado se elimina con ella; el dispositivo sigue en sus opciones de servicio hasta que lo dé de baja.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>The extension was not removed</source>
        <translation>No se ha quitado la extensión</translation>
    </message>
</context>
<context>
    <name>TaxProfile</name>
    <message>
        <source>Province: “%1” is not a Canadian province or territory code (use %2)</source>
        <translation>Provincia: «%1» no es un código de provincia o territorio canadiense (use %2)</translation>
    </message>
    <message>
        <source>Provincial Tax ID: only accounts in British Columbia, Manitoba or Saskatchewan have one</source>
        <translation>Identificador fiscal provincial: solo lo tienen las cuentas de Columbia Británica, Manitoba o Saskatchewan</translation>
    </message>
    <message>
        <source>Provincial Tax ID: “%1” is not a valid %2 tax ID (it looks like %3)</source>
        <translation>Identificador fiscal provincial: «%1» no es un identificador válido de %2 (tiene el formato %3)</translation>
    </message>
    <message>
        <source>Exemption form: only accounts in British Columbia can exempt with a form</source>
        <translation>Formulario de exención: solo las cuentas de Columbia Británica pueden acogerse a la exención con un formulario</translation>
    </message>
    <message>
        <source>Your role in this account only lets you view the tax profile</source>
        <translation>Su rol en esta cuenta solo le permite ver el perfil fiscal</translation>
    </message>
    <message>
        <source>The tax profile was changed by someone else; reload it</source>
        <translation>Otra persona ha cambiado el perfil fiscal; vuelva a cargarlo</translation>
    </message>
</context>
<context>
    <name>TaxTable</name>
    <message>
        <source>Cannot read the tax table “%1”: %2</source>
        <translation>No se puede leer la tabla de impuestos «%1»: %2</translation>
    </message>
    <message>
        <source>The tax table is not valid JSON: %1</source>
        <translation>La tabla de impuestos no es un JSON válido: %1</translation>
    </message>
    <message>
        <source>The tax table&apos;s ID pattern for %1 is not a valid expression</source>
        <translation>En la tabla de impuestos, el patrón de identificador de %1 no es una expresión válida</translation>
    </message>
    <message>
        <source>The tax table lists no provinces</source>
        <translation>La tabla de impuestos no contiene ninguna provincia</translation>
    </message>
    <message>
        <source>The tax table&apos;s rate number %1 needs a code, a rate like &quot;9.975&quot; and valid dates</source>
        <translation>La tasa número %1 de la tabla de impuestos necesita un código, una tasa como &quot;9.975&quot; y fechas válidas</translation>
    </message>
    <message>
        <source>The tax table&apos;s rate number %1 names an unknown province “%2”</source>
        <translation>La tasa número %1 de la tabla de impuestos indica una provincia desconocida «%2»</translation>
    </message>
    <message>
        <source>The tax table has two %1 rates for %2 on the same days</source>
        <translation>La tabla de impuestos tiene dos tasas de %1 para %2 en los mismos días</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open: %1</source>
        <translation>No hay ninguna transacción abierta: %1</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>No se pudieron guardar los cambios: %1</translation>
    </message>
    <message>
        <source>The connection to the database was lost while saving, so it is not known whether the changes were saved. Once LineDesk has reconnected, reload to check before repeating them.</source>
        <translation>Se perdió la conexión con la base de datos durante el guardado, por lo que no se sabe si los cambios se guardaron. Cuando LineDesk se haya vuelto a conectar, vuelva a cargar los datos para comprobarlo antes de repetirlos.</translation>
    </message>
</context>
<context>
    <name>TransactionHistoryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Contabilizada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>TransactionHistoryPage</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
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
        <source>Deposits, monthly DID charges, fax and 911 fees. Call charges are on invoices, not here.</source>
        <translation>Depósitos, cuotas mensuales DID y cargos de fax y 911. Los cargos por llamadas figuran en las facturas, no aquí.</translation>
    </message>
    <message>
        <source>Transaction History</source>
        <translation>Historial de transacciones</translation>
    </message>
    <message>
        <source>To: %1 is before From: %2.</source>
        <translation>Hasta: %1 es anterior a Desde: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transacción</numerusform>
            <numerusform>%n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Transaction History</source>
        <translation>Exportar historial de transacciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>UnreturnedMissedCallsModel</name>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Número llamado</translation>
    </message>
    <message>
        <source>Last missed</source>
        <translation>Última llamada perdida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
</context>
<context>
    <name>WeekCoverageGrid</name>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1: rule “%2”</source>
        <translation>%1: regla «%2»</translation>
    </message>
    <message>
        <source>%1: no rule, voicemail</source>
        <translation>%1: ninguna regla, buzón de voz</translation>
    </message>
    <message>
        <source>%1: no rule, rejected</source>
        <translation>%1: ninguna regla, rechazada</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and day of the month on the coverage grid</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: rule “%2” (on these dates only, before weekly rules)</source>
        <translation>%1: regla «%2» (solo en estas fechas, antes que las reglas semanales)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LineDesk: control panel for virtual phone numbers.</source>
        <translation>LineDesk: panel de control de números de teléfono virtuales.</translation>
    </message>
    <message>
        <source>Open this SQLite file instead of the last database.</source>
        <translation>Abre este archivo SQLite en lugar de la última base de datos.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file once it is shown, then quit.</source>
        <translation>Guarda una imagen de la ventana en este archivo PNG una vez mostrada y sale.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Show this tab first (0–4).</source>
        <translation>Muestra primero esta pestaña (0–4).</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
</context>
</TS>
