<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AbortCommand</name>
    <message>
        <source>Stop a running batch</source>
        <translation>Cancela un lote en curso</translation>
    </message>
    <message>
        <source>abort SYNC_ID --reason TEXT [--yes] [--json]</source>
        <translation>abort SYNC_ID --reason TEXTO [--yes] [--json]</translation>
    </message>
    <message>
        <source>Aborts batch SYNC_ID while it is pending or processing. Rows already
applied stay applied; the rest are not run. Asks first on a terminal;
when stdin is not a terminal, --yes is required.</source>
        <translation>Cancela el lote SYNC_ID mientras está pendiente o en proceso. Las filas ya
aplicadas se mantienen; el resto no se ejecuta. En un terminal pregunta
antes; cuando stdin no es un terminal, se necesita --yes.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Why the batch is aborted (required; kept with the batch)</source>
        <translation>Motivo de la cancelación (obligatorio; se guarda con el lote)</translation>
    </message>
    <message>
        <source>Abort without asking</source>
        <translation>Cancela sin preguntar</translation>
    </message>
    <message>
        <source>Print the aborted batch as one JSON object</source>
        <translation>Imprime el lote cancelado como un objeto JSON</translation>
    </message>
    <message>
        <source>JSON output (--json): the batch, as &quot;invsync help batch&quot; shows.

Exit codes:
  0  aborted
  1  the batch had already finished: nothing was aborted
  2  wrong usage (no --reason; no --yes when stdin is not a terminal),
     or no batch SYNC_ID
  3  not signed in, or the user may not write inventory
  4  service unreachable after retries
  5  interrupted, or the question was not answered yes
</source>
        <translation>Salida JSON (--json): el lote, como lo muestra «invsync help batch».

Códigos de salida:
  0  cancelado
  1  el lote ya había terminado: no se canceló nada
  2  uso incorrecto (sin --reason; sin --yes cuando stdin no es un terminal),
     o no existe el lote SYNC_ID
  3  sin sesión iniciada, o el usuario no puede modificar el inventario
  4  servicio inaccesible tras los reintentos
  5  interrumpido, o la respuesta a la pregunta no fue sí
</translation>
    </message>
    <message>
        <source>say why with --reason TEXT; it is kept with the batch</source>
        <translation>indique el motivo con --reason TEXTO; se guarda con el lote</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so there is no one to ask; add --yes to abort batch %1 without a question</source>
        <translation>stdin no es un terminal, así que no hay a quién preguntar; añada --yes para cancelar el lote %1 sin preguntar</translation>
    </message>
    <message>
        <source>batch %1 already finished (%2); nothing was aborted</source>
        <translation>el lote %1 ya había terminado (%2); no se canceló nada</translation>
    </message>
    <message>
        <source>Abort batch %1 (%2, %3 of %4 rows done)? Rows already applied stay applied. [y/N] </source>
        <translation>¿Cancelar el lote %1 (%2, %3 de %4 filas hechas)? Las filas ya aplicadas se mantienen. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>not aborted; batch %1 keeps running</source>
        <translation>no se canceló; el lote %1 sigue en curso</translation>
    </message>
    <message>
        <source>Aborted batch %1. %2 of %3 rows had been applied and stay applied; the others will not run.</source>
        <translation>Se canceló el lote %1. Se habían aplicado %2 de %3 filas, que se mantienen; las demás no se ejecutarán.</translation>
    </message>
</context>
<context>
    <name>AbortDialog</name>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Abort reason</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <source>Why the batch is aborted: pick a reason or type your own; the service records it</source>
        <translation>Por qué se cancela el lote: elija un motivo o escriba el suyo; el servicio lo registra</translation>
    </message>
</context>
<context>
    <name>ApiConnection</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Talk to the service at URL instead of the active profile&apos;s;
the token comes from INVSYNC_TOKEN or from &quot;invsync login --endpoint URL&quot;</source>
        <translation>Usa el servicio en URL en lugar del perfil activo;
el token se toma de INVSYNC_TOKEN o de «invsync login --endpoint URL»</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit code tells the outcome</source>
        <translation>Imprime solo los errores; el código de salida indica el resultado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give one such as https://public-api.shiphero.com or http://127.0.0.1:8080</source>
        <translation>«%1» no es una dirección web; indique una como https://public-api.shiphero.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>leave the user name and password out of --endpoint; use INVSYNC_TOKEN or &quot;invsync login&quot;</source>
        <translation>deje el nombre de usuario y la contraseña fuera de --endpoint; use INVSYNC_TOKEN o «invsync login»</translation>
    </message>
    <message>
        <source>the active profile &quot;%1&quot; is the sandbox inside the InvSync window, which the command line cannot reach. Run &quot;invsync sandbox&quot; and add its address with &quot;invsync profile add NAME URL --use&quot;, or pass --endpoint URL.</source>
        <translation>el perfil activo «%1» es el entorno de pruebas de la ventana de InvSync, al que la línea de órdenes no puede acceder. Ejecute «invsync sandbox» y añada su dirección con «invsync profile add NOMBRE URL --use», o indique --endpoint URL.</translation>
    </message>
    <message>
        <source>the active profile &quot;%1&quot; has no address; see &quot;invsync profile list&quot;</source>
        <translation>el perfil activo «%1» no tiene dirección; consulte «invsync profile list»</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Esperando %1 s: %2</translation>
    </message>
    <message>
        <source>not signed in to %1. Run &quot;invsync login%2&quot;, or set INVSYNC_TOKEN.</source>
        <translation>no ha iniciado sesión en %1. Ejecute «invsync login%2» o defina INVSYNC_TOKEN.</translation>
    </message>
    <message>
        <source>no warehouse &quot;%1&quot; in this account; its warehouses are: %2</source>
        <translation>no hay ningún almacén «%1» en esta cuenta; sus almacenes son: %2</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(petición %1)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your token may not do this (%1). Sign in as a user with the permission it needs.</source>
        <translation>Su token no permite esto (%1). Inicie sesión con un usuario que tenga el permiso necesario.</translation>
    </message>
    <message>
        <source>Your token is missing the %1 scope. Sign in as a user who may do this.</source>
        <translation>A su token le falta el permiso %1. Inicie sesión con un usuario que pueda hacerlo.</translation>
    </message>
    <message>
        <source>%1 could not find it: %2</source>
        <translation>%1 no lo encontró: %2</translation>
    </message>
    <message>
        <source>%1 refused a value: %2</source>
        <translation>%1 rechazó un valor: %2</translation>
    </message>
    <message>
        <source>%1 does not allow this now: %2</source>
        <translation>%1 no permite esto ahora: %2</translation>
    </message>
    <message>
        <source>%1 is out of API credits: %2</source>
        <translation>%1 se quedó sin créditos de API: %2</translation>
    </message>
    <message>
        <source>%1 did not understand InvSync&apos;s request (%2). This is a bug in InvSync; please report it with request id %3.</source>
        <translation>%1 no entendió la petición de InvSync (%2). Es un error de InvSync; notifíquelo con el id de petición %3.</translation>
    </message>
    <message>
        <source>%1 reported an error (code %2): %3</source>
        <translation>%1 informó de un error (código %2): %3</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>InvSync found %1 in %2 but cannot write there, so settings and history are kept in your user profile this time. Move InvSync to a folder you can write to, or remove %1 to stop this message.</source>
        <translation>InvSync encontró %1 en %2, pero no puede escribir allí, así que esta vez la configuración y el historial se guardan en su perfil de usuario. Mueva InvSync a una carpeta en la que pueda escribir o elimine %1 para que deje de aparecer este mensaje.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>  {&quot;id&quot;: string, &quot;status&quot;: string, &quot;warehouse_id&quot;: string,
   &quot;customer_account_id&quot;: string or null, &quot;url&quot;: string, &quot;error&quot;: string or null,
   &quot;total&quot;: number, &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
   &quot;created_at&quot;: string, &quot;updated_at&quot;: string}
  status is one of pending, processing, success, error_all, error_partial,
  error_unknown, aborted; times are UTC, ISO 8601.
</source>
        <translation>  {&quot;id&quot;: string, &quot;status&quot;: string, &quot;warehouse_id&quot;: string,
   &quot;customer_account_id&quot;: string o null, &quot;url&quot;: string, &quot;error&quot;: string o null,
   &quot;total&quot;: number, &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
   &quot;created_at&quot;: string, &quot;updated_at&quot;: string}
  status es uno de pending, processing, success, error_all, error_partial,
  error_unknown, aborted; las horas están en UTC, ISO 8601.
</translation>
    </message>
    <message>
        <source>Show one batch, or follow it until it finishes</source>
        <translation>Muestra un lote o lo sigue hasta que termina</translation>
    </message>
    <message>
        <source>batch SYNC_ID [--json] [--wait]</source>
        <translation>batch SYNC_ID [--json] [--wait]</translation>
    </message>
    <message>
        <source>Shows the status of batch SYNC_ID and how many of its rows are done,
succeeded and failed. With --wait it follows the batch until it finishes
(progress on stderr when that is a terminal). Ctrl+C stops the waiting,
not the batch; &quot;invsync batch SYNC_ID --wait&quot; takes it up again.</source>
        <translation>Muestra el estado del lote SYNC_ID y cuántas de sus filas están hechas,
correctas y fallidas. Con --wait sigue el lote hasta que termina
(progreso en stderr si es un terminal). Ctrl+C detiene la espera,
no el lote; «invsync batch SYNC_ID --wait» la retoma.</translation>
    </message>
    <message>
        <source>Follow the batch until it finishes</source>
        <translation>Sigue el lote hasta que termina</translation>
    </message>
    <message>
        <source>Print one JSON object (with --wait: the final state)</source>
        <translation>Imprime un objeto JSON (con --wait: el estado final)</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
</source>
        <translation>Salida JSON (--json), un objeto:
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  the batch succeeded, or is still running (without --wait)
  1  the batch ended with failed rows (error_all, error_partial,
     error_unknown) or was aborted
  2  wrong usage, or no batch SYNC_ID
  3  not signed in, or the sign-in was refused
  4  service unreachable after retries
  5  interrupted: the batch keeps running
</source>
        <translation>Códigos de salida:
  0  el lote terminó bien, o sigue en curso (sin --wait)
  1  el lote terminó con filas fallidas (error_all, error_partial,
     error_unknown) o se canceló
  2  uso incorrecto, o no existe el lote SYNC_ID
  3  sin sesión iniciada, o se rechazó el inicio de sesión
  4  servicio inaccesible tras los reintentos
  5  interrumpido: el lote sigue en curso
</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 succeeded, %4 failed</source>
        <translation>%1 de %2 hechas: %3 correctas, %4 fallidas</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>stopped waiting; batch %1 keeps running (%2, %3 of %4 rows done) and was not aborted. To follow it again, run: %5</source>
        <translation>se dejó de esperar; el lote %1 sigue en curso (%2, %3 de %4 filas hechas) y no se canceló. Para volver a seguirlo, ejecute: %5</translation>
    </message>
    <message>
        <source>stopped waiting; batch %1 was not aborted. To follow it again, run: %2</source>
        <translation>se dejó de esperar; el lote %1 no se canceló. Para volver a seguirlo, ejecute: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2, %3 of %4 rows done, %5 failed</source>
        <translation>Lote %1: %2, %3 de %4 filas hechas, %5 fallidas</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>&lt; All batches</source>
        <translation>&lt; Todos los lotes</translation>
    </message>
    <message>
        <source>Back to the list of batches</source>
        <translation>Vuelve a la lista de lotes</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop this batch: rows not processed yet are not applied</source>
        <translation>Detiene este lote: las filas aún no procesadas no se aplican</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>Service says:</source>
        <translation>El servicio indica:</translation>
    </message>
    <message>
        <source>Search the loaded rows</source>
        <translation>Buscar en las filas cargadas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Guarda las filas mostradas como archivo CSV</translation>
    </message>
    <message>
        <source>Fix failed rows</source>
        <translation>Corregir filas fallidas</translation>
    </message>
    <message>
        <source>Open the failed rows as a new document to fix and send again</source>
        <translation>Abre las filas fallidas como un documento nuevo para corregirlas y enviarlas de nuevo</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>Volver a todos los lotes</translation>
    </message>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show rows with status</source>
        <translation>Mostrar filas con el estado</translation>
    </message>
    <message>
        <source>Shows only the rows of the batch with this status</source>
        <translation>Muestra solo las filas del lote con este estado</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Buscar en las filas</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SKU, location or error contains this text</source>
        <translation>Muestra solo las filas cargadas cuyo SKU, ubicación o error contiene este texto</translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
        <translation>Exportar filas como CSV</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>Filas del lote</translation>
    </message>
    <message>
        <source>The rows of the batch with their status and the service&apos;s error</source>
        <translation>Las filas del lote con su estado y el error del servicio</translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <source>List the account&apos;s sync batches, newest first</source>
        <translation>Enumera los lotes de sincronización de la cuenta, primero los más recientes</translation>
    </message>
    <message>
        <source>batches [--status S] [--warehouse W] [--limit N] [--json]</source>
        <translation>batches [--status S] [--warehouse W] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the inventory sync batches of the account, newest first: status,
rows done, succeeded and failed, warehouse and when each was created.</source>
        <translation>Enumera los lotes de sincronización de la cuenta, primero los más recientes:
estado, filas hechas, correctas y fallidas, almacén y fecha de creación.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only batches with this status (%1);
several with commas, or !S for all but S</source>
        <translation>Solo los lotes con este estado (%1);
varios separados por comas, o !S para todos menos S</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Only batches of this warehouse: its id or its name</source>
        <translation>Solo los lotes de este almacén: su id o su nombre</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N batches (default: 20; 0 for all)</source>
        <translation>Como máximo N lotes (por defecto: 20; 0 para todos)</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table</source>
        <translation>Imprime un objeto JSON en lugar de la tabla</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
  {&quot;batches&quot;: [BATCH, ...], &quot;has_more&quot;: bool}
  each BATCH as &quot;invsync help batch&quot; shows; has_more is true when --limit
  left batches out.

Exit codes: 0 listed; 2 wrong usage or unknown warehouse; 3 not signed in;
4 service unreachable; 5 interrupted.
</source>
        <translation>Salida JSON (--json), un objeto:
  {&quot;batches&quot;: [LOTE, ...], &quot;has_more&quot;: bool}
  cada LOTE como lo muestra «invsync help batch»; has_more es true cuando
  --limit dejó lotes fuera.

Códigos de salida: 0 lista mostrada; 2 uso incorrecto o almacén desconocido;
3 sin sesión iniciada; 4 servicio inaccesible; 5 interrumpido.
</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 or more, not &quot;%1&quot;</source>
        <translation>--limit debe ser un número igual o mayor que 0, no «%1»</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>No hay lotes.</translation>
    </message>
    <message>
        <source>SYNC ID</source>
        <translation>ID SINCRONIZACIÓN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHAS</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDAS</translation>
    </message>
    <message>
        <source>WAREHOUSE</source>
        <translation>ALMACÉN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>More batches exist; use --limit N (0 for all) to see them.</source>
        <translation>Hay más lotes; use --limit N (0 para todos) para verlos.</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>Search file, URL, batch id</source>
        <translation>Buscar archivo, URL, id de lote</translation>
    </message>
    <message>
        <source>Only from this computer</source>
        <translation>Solo de este equipo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the rows of the selected batch</source>
        <translation>Muestra las filas del lote seleccionado</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop the selected batch: rows not processed yet are not applied</source>
        <translation>Detiene el lote seleccionado: las filas aún no procesadas no se aplican</translation>
    </message>
    <message>
        <source>No batches yet. Batches appear here after you submit a file.</source>
        <translation>Todavía no hay lotes. Los lotes aparecen aquí después de enviar un archivo.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Shows only the batches with this status</source>
        <translation>Muestra solo los lotes con este estado</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>Warehouse filter</source>
        <translation>Filtro de almacén</translation>
    </message>
    <message>
        <source>Shows only the batches sent to this warehouse</source>
        <translation>Muestra solo los lotes enviados a este almacén</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>Buscar lotes</translation>
    </message>
    <message>
        <source>Shows only the batches whose file, URL or batch id contains this text</source>
        <translation>Muestra solo los lotes cuyo archivo, URL o id de lote contiene este texto</translation>
    </message>
    <message>
        <source>Only batches from this computer</source>
        <translation>Solo lotes de este equipo</translation>
    </message>
    <message>
        <source>Refresh batches</source>
        <translation>Actualizar lotes</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Open batch</source>
        <translation>Abrir lote</translation>
    </message>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Every batch of the account with its status and progress; Enter opens one</source>
        <translation>Todos los lotes de la cuenta con su estado y progreso; Intro abre uno</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; to check a file in it, run &quot;invsync validate FILE&quot;</source>
        <translation>«%1» es una carpeta; para comprobar un archivo que contiene, ejecute «invsync validate ARCHIVO»</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>¿Quería decir «%1»?</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the list of commands.</source>
        <translation>Ejecute «%1» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Checks inventory CSV files and syncs them to ShipHero. Without a command,
invsync opens its window, with FILE in it when one is given.</source>
        <translation>Comprueba archivos CSV de inventario y los sincroniza con ShipHero. Sin una orden,
invsync abre su ventana, con FILE en ella si se indica.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Muestra esta ayuda</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Muestra la versión</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the options of a command.</source>
        <translation>Ejecute «%1» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>The commands that talk to ShipHero use the active profile (&quot;invsync profile&quot;)
or --endpoint URL, signed in with &quot;invsync login&quot; or the token in
INVSYNC_TOKEN. They never ask a question when stdin is not a terminal.</source>
        <translation>Las órdenes que acceden a ShipHero usan el perfil activo («invsync profile»)
o --endpoint URL, con la sesión iniciada con «invsync login» o el token de
INVSYNC_TOKEN. Nunca hacen preguntas cuando stdin no es un terminal.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help</source>
        <translation>Muestra esta ayuda</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for more.</source>
        <translation>Ejecute «%1» para más información.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2 (several joined with commas, or !STATUS for all but one)</source>
        <translation>estado desconocido «%1»; use uno de: %2 (varios unidos por comas, o !ESTADO para todos menos uno)</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>no se indicó %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>InvSync talks to one connection at a time, the active one. Keep ShipHero for real work, the built-in sandbox for practice, and add your own for a standalone sandbox or a proxy.</source>
        <translation>InvSync usa una conexión cada vez, la activa. Use ShipHero para el trabajo real, el entorno de pruebas integrado para practicar, y añada las suyas para un entorno de pruebas independiente o un proxy.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Make the selected connection the one InvSync talks to</source>
        <translation>Hace que InvSync use la conexión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Forget the sign-in of the active connection</source>
        <translation>Olvida la sesión de la conexión activa</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Add a connection to another address</source>
        <translation>Añade una conexión a otra dirección</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Staging sandbox</source>
        <translation>Entorno de pruebas de preproducción</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>https://example.com or http://127.0.0.1:8080</source>
        <translation>https://example.com o http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The connections InvSync knows, the active one marked</source>
        <translation>Las conexiones que conoce InvSync, con la activa marcada</translation>
    </message>
    <message>
        <source>Use connection</source>
        <translation>Usar conexión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the selected connection</source>
        <translation>Inicia sesión en la conexión seleccionada</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Añadir conexión</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Change the name or address of the selected connection</source>
        <translation>Cambia el nombre o la dirección de la conexión seleccionada</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the selected connection and its sign-in</source>
        <translation>Quita la conexión seleccionada y olvida su sesión</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Connection address</source>
        <translation>Dirección de la conexión</translation>
    </message>
    <message>
        <source>The address of the service, such as https://example.com</source>
        <translation>La dirección del servicio, como https://example.com</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Leave the connection as it was</source>
        <translation>Deja la conexión como estaba</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Guardar conexión</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>“%1” is a PDF document, not a CSV file.</source>
        <translation>“%1” es un documento PDF, no un archivo CSV.</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text without a byte order mark. Choose the encoding %2 and read it again.</source>
        <translation>“%1” parece texto UTF-16 sin marca de orden de bytes. Elija la codificación %2 y vuelva a leerlo.</translation>
    </message>
    <message>
        <source>“%1” holds binary data (a zero byte at offset %2), not text. Choose a CSV file.</source>
        <translation>“%1” contiene datos binarios (un byte cero en la posición %2), no texto. Elija un archivo CSV.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than this computer can check safely (%3 MB). Split it into smaller files.</source>
        <translation>“%1” ocupa %2 MB, más de lo que este equipo puede comprobar con seguridad (%3 MB). Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header and no rows.</source>
        <translation>“%1” está vacío: no tiene cabecera ni filas.</translation>
    </message>
    <message>
        <source>“%1” is too large to check once decoded (%2 MB). Split it into smaller files.</source>
        <translation>“%1” es demasiado grande para comprobarlo una vez descodificado (%2 MB). Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>“%1” holds only blank lines: there is no header and no row.</source>
        <translation>“%1” solo contiene líneas en blanco: no hay cabecera ni filas.</translation>
    </message>
    <message>
        <source>“%1” is a spreadsheet workbook or a zip archive, not a CSV file. In your spreadsheet program, save it as “CSV UTF-8” and open that file.</source>
        <translation>“%1” es un libro de hoja de cálculo o un archivo zip, no un archivo CSV. En su programa de hojas de cálculo, guárdelo como “CSV UTF-8” y abra ese archivo.</translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Editar %1 en la fila %2</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>done, nothing wrong</source>
        <translation>hecho, sin problemas</translation>
    </message>
    <message>
        <source>wrong usage, or the input could not be read</source>
        <translation>uso incorrecto, o no se pudo leer la entrada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>done, but problems were found (file errors, failed rows, an aborted batch)</source>
        <translation>hecho, pero se encontraron problemas (errores en el archivo, filas fallidas, un lote cancelado)</translation>
    </message>
    <message>
        <source>not signed in, sign-in refused, or a permission missing</source>
        <translation>sin sesión iniciada, inicio de sesión rechazado o falta un permiso</translation>
    </message>
    <message>
        <source>network or service unavailable after retries</source>
        <translation>red o servicio no disponible tras los reintentos</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the help of invsync or of one command</source>
        <translation>Muestra la ayuda de invsync o de una orden</translation>
    </message>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [ORDEN]</translation>
    </message>
    <message>
        <source>Shows what a command does, its options and its exit codes.</source>
        <translation>Muestra qué hace una orden, sus opciones y sus códigos de salida.</translation>
    </message>
    <message>
        <source>expected at most one command, got %1</source>
        <translation>se esperaba como mucho una orden, se recibió %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>orden desconocida «%1»; las órdenes son: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The upload history %1 cannot be read (%2) and could not be moved aside. Move or repair the file, then start InvSync again.</source>
        <translation>No se puede leer el historial de cargas %1 (%2) y no se pudo apartar. Mueva o repare el archivo y vuelva a iniciar InvSync.</translation>
    </message>
    <message>
        <source>The upload history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>No se pudo leer el historial de cargas %1 (%2). Se conservó como %3 y se empezó un historial nuevo y vacío.</translation>
    </message>
    <message>
        <source>The upload history %1 cannot be opened: %2</source>
        <translation>No se puede abrir el historial de cargas %1: %2</translation>
    </message>
    <message>
        <source>The upload history %1 was written by a newer InvSync (version %2 of its format; this one reads up to %3). It was left as it is; update InvSync to see it.</source>
        <translation>El historial de cargas %1 lo escribió una versión más reciente de InvSync (versión %2 de su formato; esta lee hasta la %3). Se ha dejado como está; actualice InvSync para verlo.</translation>
    </message>
    <message>
        <source>The upload history %1 could not be updated to this version of InvSync (%2). It was left as it was.</source>
        <translation>No se pudo actualizar el historial de cargas %1 a esta versión de InvSync (%2). Se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>HostingSettingsDialog</name>
    <message>
        <source>File Hosting Settings</source>
        <translation>Configuración de alojamiento de archivos</translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>The built-in host serves a snapshot of the checked file at http://ADDRESS:PORT/&lt;token&gt;/&lt;name&gt;.csv until its batch has finished or the serving time ends.</source>
        <translation>El servidor integrado sirve una copia del archivo comprobado en http://DIRECCIÓN:PUERTO/&lt;token&gt;/&lt;nombre&gt;.csv hasta que termina su lote o se acaba el tiempo de servicio.</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>Dirección de &amp;escucha:</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>The network address the built-in host listens on: 127.0.0.1 for this computer only, 0.0.0.0 for every network</source>
        <translation>La dirección de red en la que escucha el servidor integrado: 127.0.0.1 solo para este equipo, 0.0.0.0 para todas las redes</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>P&amp;ublic base URL:</source>
        <translation>URL &amp;base pública:</translation>
    </message>
    <message>
        <source>https://files.example.com/invsync</source>
        <translation>https://files.example.com/invsync</translation>
    </message>
    <message>
        <source>The address ShipHero reaches this computer at, through a port forward or a reverse proxy you run</source>
        <translation>La dirección por la que ShipHero llega a este equipo, mediante una redirección de puertos o un proxy inverso que usted gestione</translation>
    </message>
    <message>
        <source>Serve &amp;for at most:</source>
        <translation>Servir durante un &amp;máximo de:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>S3 Storage</source>
        <translation>Almacenamiento S3</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Punto de &amp;acceso:</translation>
    </message>
    <message>
        <source>https://s3.eu-west-1.amazonaws.com</source>
        <translation>https://s3.eu-west-1.amazonaws.com</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>us-east-1</source>
        <translation>us-east-1</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>Pre&amp;fijo de clave:</translation>
    </message>
    <message>
        <source>invsync/</source>
        <translation>invsync/</translation>
    </message>
    <message>
        <source>A&amp;ddressing:</source>
        <translation>&amp;Direccionamiento:</translation>
    </message>
    <message>
        <source>Virtual host (bucket.endpoint)</source>
        <translation>Por host virtual (bucket.endpoint)</translation>
    </message>
    <message>
        <source>Path style (endpoint/bucket)</source>
        <translation>Por ruta (endpoint/bucket)</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de la clave de acceso:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <source>Link &amp;lifetime:</source>
        <translation>&amp;Validez del enlace:</translation>
    </message>
    <message>
        <source>Upload a tiny test object with these settings</source>
        <translation>Sube un pequeño objeto de prueba con esta configuración</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Hosting methods</source>
        <translation>Métodos de alojamiento</translation>
    </message>
    <message>
        <source>Settings for serving files from this computer and for S3 storage</source>
        <translation>Configuración para servir archivos desde este equipo y para el almacenamiento S3</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The port the built-in host listens on; 0 picks a free one</source>
        <translation>El puerto en el que escucha el servidor integrado; 0 elige uno libre</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>Serve for at most</source>
        <translation>Servir durante un máximo de</translation>
    </message>
    <message>
        <source>How long a published file is served, in hours</source>
        <translation>Durante cuánto tiempo se sirve un archivo publicado, en horas</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>Punto de acceso S3</translation>
    </message>
    <message>
        <source>S3 region</source>
        <translation>Región de S3</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket de S3</translation>
    </message>
    <message>
        <source>S3 key prefix</source>
        <translation>Prefijo de clave de S3</translation>
    </message>
    <message>
        <source>Put before the file name to make the object key</source>
        <translation>Se antepone al nombre del archivo para formar la clave del objeto</translation>
    </message>
    <message>
        <source>S3 addressing</source>
        <translation>Direccionamiento de S3</translation>
    </message>
    <message>
        <source>Path-style or virtual-host addressing of the bucket</source>
        <translation>Direccionamiento del bucket por ruta o por host virtual</translation>
    </message>
    <message>
        <source>S3 access key ID</source>
        <translation>ID de la clave de acceso de S3</translation>
    </message>
    <message>
        <source>S3 secret key</source>
        <translation>Clave secreta de S3</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s secret store, never in the settings file</source>
        <translation>Se guarda en el llavero del sistema, nunca en el archivo de configuración</translation>
    </message>
    <message>
        <source>Link lifetime</source>
        <translation>Validez del enlace</translation>
    </message>
    <message>
        <source>How long the link sent to ShipHero stays valid, in hours</source>
        <translation>Durante cuánto tiempo sigue siendo válido el enlace enviado a ShipHero, en horas</translation>
    </message>
    <message>
        <source>Test S3 settings</source>
        <translation>Probar la configuración de S3</translation>
    </message>
</context>
<context>
    <name>InventoryDocument</name>
    <message>
        <source>(extra %1)</source>
        <translation>(adicional %1)</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, so it was read as Windows-1252. Check that accented letters look right; if not, choose the file&apos;s encoding and read it again.</source>
        <translation>El archivo no es UTF-8 válido, por lo que se leyó como Windows-1252. Compruebe que las letras acentuadas se ven bien; si no es así, elija la codificación del archivo y vuelva a leerlo.</translation>
    </message>
    <message>
        <source>A quoted field in the header that opens on line %1 never closes, so the whole file was read into it. Add the closing quote (&quot;) in the file and open it again.</source>
        <translation>Un campo entre comillas de la cabecera que se abre en la línea %1 no se cierra nunca, por lo que todo el archivo se leyó dentro de él. Añada la comilla de cierre (&quot;) en el archivo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The header has no “%1” column. The columns ShipHero reads are sku, quantity, action, reason and, optionally, location; add the missing one or rename the column that holds it.</source>
        <translation>La cabecera no tiene la columna “%1”. Las columnas que lee ShipHero son sku, quantity, action, reason y, opcionalmente, location; añada la que falta o cambie el nombre de la columna que la contiene.</translation>
    </message>
    <message>
        <source>Column “%1” is not one ShipHero uses; it is ignored and left out when the file is saved or sent.</source>
        <translation>La columna “%1” no es una de las que usa ShipHero; se ignora y se omite al guardar o enviar el archivo.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The file has a header but no data rows: there is nothing to sync.</source>
        <translation>El archivo tiene cabecera, pero no filas de datos: no hay nada que sincronizar.</translation>
    </message>
    <message>
        <source>The file has %1 data rows; ShipHero recommends at most %2 rows a file, larger files are processed slowly.</source>
        <translation>El archivo tiene %1 filas de datos; ShipHero recomienda como máximo %2 filas por archivo, ya que los archivos más grandes se procesan lentamente.</translation>
    </message>
    <message>
        <source>A quoted field that opens on line %1 never closes, so the rest of the file was read into it. Add the closing quote (&quot;) in the file and open it again.</source>
        <translation>Un campo entre comillas que se abre en la línea %1 no se cierra nunca, por lo que el resto del archivo se leyó dentro de él. Añada la comilla de cierre (&quot;) en el archivo y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The SKU is empty. Enter the product&apos;s SKU or delete the row.</source>
        <translation>El SKU está vacío. Introduzca el SKU del producto o elimine la fila.</translation>
    </message>
    <message>
        <source>Quantity %1 is larger than 2147483647, the largest quantity ShipHero accepts.</source>
        <translation>La cantidad %1 es mayor que 2147483647, la cantidad máxima que acepta ShipHero.</translation>
    </message>
    <message>
        <source>The quantity is empty. Enter the new on-hand quantity as a whole number.</source>
        <translation>La cantidad está vacía. Introduzca la nueva cantidad disponible como número entero.</translation>
    </message>
    <message>
        <source>Quantity “%1” is not a whole number. Write it with digits only, without decimals, thousands separators or spaces (for example 1200).</source>
        <translation>La cantidad “%1” no es un número entero. Escríbala solo con dígitos, sin decimales, separadores de miles ni espacios (por ejemplo, 1200).</translation>
    </message>
    <message>
        <source>Quantity %1 is below zero. On-hand stock cannot be negative; enter 0 or more.</source>
        <translation>La cantidad %1 es menor que cero. Las existencias disponibles no pueden ser negativas; introduzca 0 o más.</translation>
    </message>
    <message>
        <source>The action is empty. Write “replace”: ShipHero supports only replace, which sets the on-hand quantity.</source>
        <translation>La acción está vacía. Escriba “replace”: ShipHero solo admite replace, que establece la cantidad disponible.</translation>
    </message>
    <message>
        <source>Action “%1” is not supported. ShipHero supports only “replace”, which sets the on-hand quantity to the given number.</source>
        <translation>La acción “%1” no es compatible. ShipHero solo admite “replace”, que establece la cantidad disponible en el número indicado.</translation>
    </message>
    <message>
        <source>SKU “%1” at location “%2” is also on row %3; the stock would depend on which row is processed last. Keep one row.</source>
        <translation>El SKU “%1” en la ubicación “%2” también está en la fila %3; las existencias dependerían de qué fila se procese en último lugar. Conserve una sola fila.</translation>
    </message>
    <message>
        <source>SKU “%1” is also on row %2; the stock would depend on which row is processed last. Keep one row.</source>
        <translation>El SKU “%1” también está en la fila %2; las existencias dependerían de qué fila se procese en último lugar. Conserve una sola fila.</translation>
    </message>
    <message>
        <source>SKU “%1” starts or ends with a space, so ShipHero would look for a different SKU. Remove the spaces.</source>
        <translation>El SKU “%1” empieza o termina con un espacio, por lo que ShipHero buscaría otro SKU. Quite los espacios.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) skipped (line(s) %1); blank lines are left out when the file is saved.</source>
        <translation>
            <numerusform>Se omitió %n línea en blanco (línea %1); las líneas en blanco no se incluyen al guardar el archivo.</numerusform>
            <numerusform>Se omitieron %n líneas en blanco (líneas %1); las líneas en blanco no se incluyen al guardar el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column “%1” appears more than once; only the first one is used. Remove or rename the repeated ones.</source>
        <translation>La columna “%1” aparece más de una vez; solo se usa la primera. Elimine las repetidas o cámbieles el nombre.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) but the header has %1. Look for a stray delimiter (a thousands separator or a comma in an unquoted text) or a missing field.</source>
        <translation>
            <numerusform>Esta fila tiene %n campo, pero la cabecera tiene %1. Busque un separador de más (un separador de miles o una coma en un texto sin comillas) o un campo que falte.</numerusform>
            <numerusform>Esta fila tiene %n campos, pero la cabecera tiene %1. Busque un separador de más (un separador de miles o una coma en un texto sin comillas) o un campo que falte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reason is empty. ShipHero records the reason with the change; add one (for example “Cycle count”).</source>
        <translation>El motivo (reason) está vacío. ShipHero registra el motivo junto con el cambio; añada uno (por ejemplo “Recuento cíclico”).</translation>
    </message>
    <message>
        <source>the chosen warehouse</source>
        <translation>el almacén elegido</translation>
    </message>
    <message>
        <source>SKU “%1” does not exist in %2, so ShipHero would reject this row. Check the spelling, create the product in the warehouse first, or delete the row.</source>
        <translation>El SKU “%1” no existe en %2, por lo que ShipHero rechazaría esta fila. Compruebe cómo está escrito, cree primero el producto en el almacén o elimine la fila.</translation>
    </message>
    <message>
        <source>This sets the stock of “%1” to 0; there are %2 on hand now. Check that the product is really out of stock.</source>
        <translation>Esto deja las existencias de “%1” en 0; ahora hay %2 disponibles. Compruebe que el producto está realmente agotado.</translation>
    </message>
    <message>
        <source>This changes the stock of “%1” from %2 to %3, by more than %4% of what is on hand. Check the quantity before sending.</source>
        <translation>Esto cambia las existencias de “%1” de %2 a %3, más de un %4% de lo disponible. Compruebe la cantidad antes de enviar.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in and keep the sign-in in the keychain</source>
        <translation>Inicia sesión y la guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>login [--token-stdin] [--endpoint URL]</source>
        <translation>login [--token-stdin] [--endpoint URL]</translation>
    </message>
    <message>
        <source>Signs in to the active profile (or --endpoint URL) with the email and
password of a developer user, asked on the terminal (the password is not
shown), or with an access token read from stdin. The tokens are kept in
the system keychain for the commands that follow, never in a file.
Scripts can skip login and set INVSYNC_TOKEN instead.</source>
        <translation>Inicia sesión en el perfil activo (o --endpoint URL) con el correo y la
contraseña de un usuario desarrollador, pedidos en el terminal (la contraseña
no se muestra), o con un token de acceso leído de stdin. Los tokens se guardan
en el llavero del sistema para las órdenes siguientes, nunca en un archivo.
Los scripts pueden omitir login y definir INVSYNC_TOKEN en su lugar.</translation>
    </message>
    <message>
        <source>Read an access token from stdin instead of asking</source>
        <translation>Lee un token de acceso de stdin en lugar de preguntar</translation>
    </message>
    <message>
        <source>Exit codes:
  0  signed in, and the sign-in is kept
  1  signed in, but no keychain is running, so the sign-in cannot be kept
     (use INVSYNC_TOKEN)
  2  wrong usage; stdin is not a terminal and --token-stdin was not given
  3  the email, password or token was refused
  4  service unreachable after retries
  5  interrupted
</source>
        <translation>Códigos de salida:
  0  sesión iniciada y guardada
  1  sesión iniciada, pero no hay ningún llavero en ejecución, así que no se
     puede guardar (use INVSYNC_TOKEN)
  2  uso incorrecto; stdin no es un terminal y no se indicó --token-stdin
  3  se rechazó el correo, la contraseña o el token
  4  servicio inaccesible tras los reintentos
  5  interrumpido
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so there is no one to ask for the email and password; pipe an access token with --token-stdin, or set INVSYNC_TOKEN</source>
        <translation>stdin no es un terminal, así que no hay a quién pedir el correo y la contraseña; pase un token de acceso por una tubería con --token-stdin, o defina INVSYNC_TOKEN</translation>
    </message>
    <message>
        <source>no token on stdin</source>
        <translation>no hay ningún token en stdin</translation>
    </message>
    <message>
        <source>Signing in to %1 (%2).</source>
        <translation>Iniciando sesión en %1 (%2).</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>Correo: </translation>
    </message>
    <message>
        <source>no email given</source>
        <translation>no se indicó el correo</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>no se indicó la contraseña</translation>
    </message>
    <message>
        <source>signed in to %1 as %2, but no keychain service is running, so the sign-in cannot be kept for the next command. Set INVSYNC_TOKEN instead.</source>
        <translation>sesión iniciada en %1 como %2, pero no hay ningún servicio de llavero en ejecución, así que la sesión no se puede guardar para la siguiente orden. Defina INVSYNC_TOKEN en su lugar.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Forget the sign-in of a connection</source>
        <translation>Olvida la sesión de una conexión</translation>
    </message>
    <message>
        <source>logout [--endpoint URL]</source>
        <translation>logout [--endpoint URL]</translation>
    </message>
    <message>
        <source>Removes the tokens of the active profile (or --endpoint URL) from the
keychain. INVSYNC_TOKEN, when set, is the environment&apos;s and stays.</source>
        <translation>Quita del llavero del sistema los tokens del perfil activo (o de --endpoint
URL). INVSYNC_TOKEN, si está definido, pertenece al entorno y se mantiene.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Sesión cerrada en %1.</translation>
    </message>
    <message>
        <source>INVSYNC_TOKEN is still set in this environment.</source>
        <translation>INVSYNC_TOKEN sigue definido en este entorno.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InvSync</source>
        <translation>InvSync</translation>
    </message>
    <message>
        <source>Open, check and fix an inventory file</source>
        <translation>Abra, compruebe y corrija un archivo de inventario</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Follow the inventory syncs you started</source>
        <translation>Siga las sincronizaciones de inventario que ha iniciado</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an inventory CSV file</source>
        <translation>Abre un archivo CSV de inventario</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Vaciar la lista de recientes</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the checked file as clean UTF-8 CSV</source>
        <translation>Guarda el archivo comprobado como CSV UTF-8 limpio</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search the cells of the preview</source>
        <translation>Busca en las celdas de la vista previa</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>Problema &amp;siguiente</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>Problema &amp;anterior</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;About InvSync</source>
        <translation>&amp;Acerca de InvSync</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cierra este mensaje</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <source>Sign in to the active connection</source>
        <translation>Inicia sesión en la conexión activa</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Forget the sign-in of the active connection</source>
        <translation>Olvida la sesión de la conexión activa</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>C&amp;onexiones…</translation>
    </message>
    <message>
        <source>Add, switch and remove connections</source>
        <translation>Añade, cambia y quita conexiones</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Open the sign-in dialog</source>
        <translation>Abre el cuadro de diálogo de inicio de sesión</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Upload page</source>
        <translation>Página Carga</translation>
    </message>
    <message>
        <source>Batches page</source>
        <translation>Página Lotes</translation>
    </message>
    <message>
        <source>The errors and warnings of the file; activate one to show its cell</source>
        <translation>Los errores y avisos del archivo; active uno para mostrar su celda</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>Open URL</source>
        <translation>Abrir URL</translation>
    </message>
    <message>
        <source>Paste the link to a CSV file that ShipHero can download without signing in. InvSync downloads it, and you check exactly those bytes before anything is sent.</source>
        <translation>Pegue el enlace a un archivo CSV que ShipHero pueda descargar sin iniciar sesión. InvSync lo descarga, y usted comprueba exactamente esos bytes antes de que se envíe nada.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>https://www.dropbox.com/s/…/inventory.csv?dl=0</source>
        <translation>https://www.dropbox.com/s/…/inventory.csv?dl=0</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>File URL</source>
        <translation>URL del archivo</translation>
    </message>
    <message>
        <source>A link to an inventory CSV file, such as a Dropbox or Google Drive share link</source>
        <translation>Un enlace a un archivo CSV de inventario, como un enlace compartido de Dropbox o Google Drive</translation>
    </message>
    <message>
        <source>Stop download</source>
        <translation>Detener la descarga</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>la opción %1 no admite valor</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>la opción %1 necesita un valor (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>List, choose, add or remove connection profiles</source>
        <translation>Enumera, elige, añade o quita perfiles de conexión</translation>
    </message>
    <message>
        <source>profile list [--json] | use NAME | add NAME URL [--use] | remove NAME</source>
        <translation>profile list [--json] | use NOMBRE | add NOMBRE URL [--use] | remove NOMBRE</translation>
    </message>
    <message>
        <source>The places InvSync talks to, shared with the window&apos;s settings:
  list            the profiles; * marks the active one
  use NAME        make NAME (a name or an id) the active profile
  add NAME URL    add a profile for the service at URL
  remove NAME     remove a profile and forget its sign-in</source>
        <translation>Los servicios con los que trabaja InvSync, compartidos con la ventana:
  list              los perfiles; * marca el activo
  use NOMBRE        hace que NOMBRE (un nombre o un id) sea el perfil activo
  add NOMBRE URL    añade un perfil para el servicio en URL
  remove NOMBRE     quita un perfil y olvida su sesión</translation>
    </message>
    <message>
        <source>list: print one JSON array</source>
        <translation>list: imprime una lista JSON</translation>
    </message>
    <message>
        <source>add: make the new profile the active one</source>
        <translation>add: hace que el perfil nuevo sea el activo</translation>
    </message>
    <message>
        <source>JSON output (list --json), one array:
  [{&quot;id&quot;: string, &quot;name&quot;: string, &quot;kind&quot;: &quot;shiphero&quot;|&quot;sandbox&quot;|&quot;custom&quot;,
    &quot;url&quot;: string or null, &quot;active&quot;: bool}]
  url is null for the sandbox inside the window.

Exit codes: 0 done; 2 wrong usage, unknown profile, unusable URL, or the
last profile (which cannot be removed).
</source>
        <translation>Salida JSON (list --json), una lista:
  [{&quot;id&quot;: string, &quot;name&quot;: string, &quot;kind&quot;: &quot;shiphero&quot;|&quot;sandbox&quot;|&quot;custom&quot;,
    &quot;url&quot;: string o null, &quot;active&quot;: bool}]
  url es null para el entorno de pruebas de la ventana.

Códigos de salida: 0 hecho; 2 uso incorrecto, perfil desconocido, URL no
utilizable, o el último perfil (que no se puede quitar).
</translation>
    </message>
    <message>
        <source>say what to do: list, use, add or remove</source>
        <translation>indique qué hacer: list, use, add o remove</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, use, add or remove</source>
        <translation>acción desconocida «%1»; use list, use, add o remove</translation>
    </message>
    <message numerus="yes">
        <source>&quot;profile %1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>«profile %1» admite %n argumento</numerusform>
            <numerusform>«profile %1» admite %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile &quot;%1&quot;; the profiles are: %2</source>
        <translation>no existe el perfil «%1»; los perfiles son: %2</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(inside the window)</source>
        <translation>(dentro de la ventana)</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Perfil activo: %1</translation>
    </message>
    <message>
        <source>Added profile %1 (%2) and made it active.</source>
        <translation>Se añadió el perfil %1 (%2) y se activó.</translation>
    </message>
    <message>
        <source>Added profile %1 (%2).</source>
        <translation>Se añadió el perfil %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last profile and cannot be removed</source>
        <translation>«%1» es el último perfil y no se puede quitar</translation>
    </message>
    <message>
        <source>Removed profile %1; the active profile is %2.</source>
        <translation>Se quitó el perfil %1; el perfil activo es %2.</translation>
    </message>
</context>
<context>
    <name>QuotaCommand</name>
    <message>
        <source>Show the API credits left</source>
        <translation>Muestra los créditos de API restantes</translation>
    </message>
    <message>
        <source>quota [--json]</source>
        <translation>quota [--json]</translation>
    </message>
    <message>
        <source>Shows how many API credits are left, the most there can be, and how many
come back each second. Every request costs credits; when they run out,
commands wait (and say so on a terminal).</source>
        <translation>Muestra cuántos créditos de API quedan, el máximo que puede haber y cuántos
se recuperan cada segundo. Cada petición gasta créditos; cuando se agotan,
las órdenes esperan (y lo indican en un terminal).</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprime un objeto JSON</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
  {&quot;credits_remaining&quot;: number, &quot;max_available&quot;: number,
   &quot;increment_rate&quot;: number}

</source>
        <translation>Salida JSON (--json), un objeto:
  {&quot;credits_remaining&quot;: number, &quot;max_available&quot;: number,
   &quot;increment_rate&quot;: number}

</translation>
    </message>
    <message>
        <source>Credits left:</source>
        <translation>Créditos restantes:</translation>
    </message>
    <message>
        <source>Maximum:</source>
        <translation>Máximo:</translation>
    </message>
    <message>
        <source>Refill:</source>
        <translation>Recarga:</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 por segundo</translation>
    </message>
</context>
<context>
    <name>ReachPanel</name>
    <message>
        <source>&lt;b&gt;Reach:&lt;/b&gt; how ShipHero gets the file</source>
        <translation>&lt;b&gt;Publicar:&lt;/b&gt; cómo obtiene ShipHero el archivo</translation>
    </message>
    <message>
        <source>Send the link the file was downloaded from: ShipHero downloads it there</source>
        <translation>Envía el enlace desde el que se descargó el archivo: ShipHero lo descarga de ahí</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>En&amp;lace</translation>
    </message>
    <message>
        <source>Serve the checked file from this computer with the built-in host</source>
        <translation>Sirve el archivo comprobado desde este equipo con el servidor integrado</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Es&amp;te equipo</translation>
    </message>
    <message>
        <source>Upload the checked file to S3-compatible storage and send a time-limited link</source>
        <translation>Sube el archivo comprobado a un almacenamiento compatible con S3 y envía un enlace de validez limitada</translation>
    </message>
    <message>
        <source>S&amp;3 storage</source>
        <translation>Almacenamiento S&amp;3</translation>
    </message>
    <message>
        <source>Address, port and S3 storage for making files reachable</source>
        <translation>Dirección, puerto y almacenamiento S3 para hacer accesibles los archivos</translation>
    </message>
    <message>
        <source>Hosting Settings…</source>
        <translation>Configuración de alojamiento…</translation>
    </message>
    <message>
        <source>Make Reachable</source>
        <translation>Hacer accesible</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>URL sent to ShipHero:</source>
        <translation>URL enviada a ShipHero:</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard</source>
        <translation>Copia la URL al portapapeles</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Stop serving this file from this computer</source>
        <translation>Deja de servir este archivo desde este equipo</translation>
    </message>
    <message>
        <source>Stop Serving</source>
        <translation>Dejar de servir</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Enviar el enlace</translation>
    </message>
    <message>
        <source>Serve from this computer</source>
        <translation>Servir desde este equipo</translation>
    </message>
    <message>
        <source>Upload to S3 storage</source>
        <translation>Subir al almacenamiento S3</translation>
    </message>
    <message>
        <source>Hosting settings</source>
        <translation>Configuración de alojamiento</translation>
    </message>
    <message>
        <source>Make reachable</source>
        <translation>Hacer accesible</translation>
    </message>
    <message>
        <source>Make the checked file reachable by URL the chosen way</source>
        <translation>Hace accesible por URL el archivo comprobado de la forma elegida</translation>
    </message>
    <message>
        <source>Cancel making reachable</source>
        <translation>Cancelar la publicación</translation>
    </message>
    <message>
        <source>Reachable URL</source>
        <translation>URL accesible</translation>
    </message>
    <message>
        <source>The URL ShipHero downloads the file from</source>
        <translation>La URL desde la que ShipHero descarga el archivo</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Dejar de servir</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Registro de accesos</translation>
    </message>
    <message>
        <source>Who downloaded the served file, and when</source>
        <translation>Quién descargó el archivo servido y cuándo</translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln row(s)</source>
        <translation>
            <numerusform>Eliminar %Ln fila</numerusform>
            <numerusform>Eliminar %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowsCommand</name>
    <message>
        <source>List the rows of a batch with their outcome</source>
        <translation>Enumera las filas de un lote con su resultado</translation>
    </message>
    <message>
        <source>rows SYNC_ID [--status S] [--csv | --json]</source>
        <translation>rows SYNC_ID [--status S] [--csv | --json]</translation>
    </message>
    <message>
        <source>Lists the rows of batch SYNC_ID: row number, SKU, quantity, action,
location, status and error. --csv writes them as a CSV file to stdout,
e.g. to fix the failed rows: invsync rows SYNC_ID --status error --csv</source>
        <translation>Enumera las filas del lote SYNC_ID: fila, SKU, cantidad, acción, ubicación,
estado y error. --csv las escribe como CSV en stdout, p. ej. para corregir
las fallidas: invsync rows SYNC_ID --status error --csv</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only rows with this status (%1)</source>
        <translation>Solo las filas con este estado (%1)</translation>
    </message>
    <message>
        <source>Print CSV instead of the table</source>
        <translation>Imprime CSV en lugar de la tabla</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table</source>
        <translation>Imprime un objeto JSON en lugar de la tabla</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
  {&quot;sync_id&quot;: string, &quot;rows&quot;: [{&quot;row&quot;: number, &quot;sku&quot;: string,
   &quot;quantity&quot;: number, &quot;action&quot;: string, &quot;reason&quot;: string,
   &quot;location&quot;: string, &quot;status&quot;: string, &quot;error&quot;: string or null}]}
CSV output (--csv): UTF-8, a header line
  row,sku,quantity,action,reason,location,status,error
  A text cell that starts with =, +, - or @ gets a leading &apos; so that a
  spreadsheet does not run it as a formula.

Exit codes: 0 listed, none failed; 1 listed, some rows failed; 2 wrong usage
or no batch SYNC_ID; 3 not signed in; 4 service unreachable; 5 interrupted.
</source>
        <translation>Salida JSON (--json), un objeto:
  {&quot;sync_id&quot;: string, &quot;rows&quot;: [{&quot;row&quot;: number, &quot;sku&quot;: string,
   &quot;quantity&quot;: number, &quot;action&quot;: string, &quot;reason&quot;: string,
   &quot;location&quot;: string, &quot;status&quot;: string, &quot;error&quot;: string o null}]}
Salida CSV (--csv): UTF-8, con una línea de cabecera
  row,sku,quantity,action,reason,location,status,error
  A una celda de texto que empieza por =, +, - o @ se le antepone &apos; para que
  una hoja de cálculo no la ejecute como fórmula.

Códigos de salida: 0 sin filas fallidas; 1 algunas filas fallaron; 2 uso
incorrecto o no existe el lote SYNC_ID; 3 sin sesión iniciada; 4 servicio
inaccesible; 5 interrumpido.
</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined; choose one</source>
        <translation>--csv y --json no se pueden combinar; elija una</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2</source>
        <translation>estado desconocido «%1»; use uno de: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n fila cargada</numerusform>
            <numerusform>%n filas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>No hay filas.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>FILA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>CANTIDAD</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run a local stand-in for ShipHero&apos;s API, with demo data</source>
        <translation>Ejecuta un sustituto local de la API de ShipHero, con datos de demostración</translation>
    </message>
    <message>
        <source>sandbox [--bind ADDR] [--port N] [--rows-per-second N] [--state FILE]</source>
        <translation>sandbox [--bind DIRECCIÓN] [--port N] [--rows-per-second N] [--state ARCHIVO]</translation>
    </message>
    <message>
        <source>Serves ShipHero&apos;s inventory sync API (POST /auth/token, /auth/refresh and
/graphql) on this computer, with a demo account, two warehouses and a few
hundred products, until Ctrl+C. Prints its base URL and the demo sign-in.
With --state the data (batches, stock, tokens) is kept across restarts.</source>
        <translation>Sirve la API de sincronización de inventario de ShipHero (POST /auth/token,
/auth/refresh y /graphql) en este equipo, con una cuenta de demostración, dos
almacenes y unos cientos de productos, hasta Ctrl+C. Imprime su URL base y el
acceso de demostración. Con --state, los datos (lotes, existencias, tokens) se
conservan entre reinicios.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1)</source>
        <translation>Dirección en la que escuchar (por defecto: 127.0.0.1)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port to listen on (default: 0, any free port)</source>
        <translation>Puerto en el que escuchar (por defecto: 0, cualquier puerto libre)</translation>
    </message>
    <message>
        <source>How fast batches process their rows (default: 5)</source>
        <translation>Filas por segundo que procesan los lotes (por defecto: 5)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Load the data from FILE if it exists; save it there on exit</source>
        <translation>Carga los datos de ARCHIVO si existe; los guarda en él al salir</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>el puerto debe ser un número de 0 a 65535, no «%1»</translation>
    </message>
    <message>
        <source>--rows-per-second must be a number above 0, not &quot;%1&quot;</source>
        <translation>--rows-per-second debe ser un número mayor que 0, no «%1»</translation>
    </message>
    <message>
        <source>the sandbox cannot start: %1</source>
        <translation>no se puede iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>cannot read the state file %1: %2</source>
        <translation>no se puede leer el archivo de estado %1: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2; is the port in use?</source>
        <translation>no se puede escuchar en %1, puerto %2; ¿está el puerto en uso?</translation>
    </message>
    <message>
        <source>cannot save the state to %1: %2</source>
        <translation>no se puede guardar el estado en %1: %2</translation>
    </message>
    <message>
        <source>InvSync sandbox: ShipHero&apos;s inventory sync API, on this computer.</source>
        <translation>Entorno de pruebas de InvSync: la API de sincronización de inventario de ShipHero, en este equipo.</translation>
    </message>
    <message>
        <source>Base URL:  %1</source>
        <translation>URL base:     %1</translation>
    </message>
    <message>
        <source>GraphQL:   %1</source>
        <translation>GraphQL:      %1</translation>
    </message>
    <message>
        <source>Sign in:   %1 / %2</source>
        <translation>Acceso:       %1 / %2</translation>
    </message>
    <message>
        <source>Read-only: %1 / %2 (for the missing-scope error)</source>
        <translation>Solo lectura: %1 / %2 (para el error de permiso insuficiente)</translation>
    </message>
    <message>
        <source>State:     %1 (loaded)</source>
        <translation>Estado:       %1 (cargado)</translation>
    </message>
    <message>
        <source>State:     %1 (new, saved on exit)</source>
        <translation>Estado:       %1 (nuevo, se guarda al salir)</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>warning: listening beyond this computer; anyone who can reach %1 can sign in with the demo credentials</source>
        <translation>aviso: se escucha más allá de este equipo; cualquiera que pueda llegar a %1 puede iniciar sesión con las credenciales de demostración</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Entorno de pruebas detenido.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Active connection:</source>
        <translation>Conexión activa:</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Conexión activa</translation>
    </message>
    <message>
        <source>&amp;Connections set up:</source>
        <translation>&amp;Conexiones configuradas:</translation>
    </message>
    <message>
        <source>Connections set up</source>
        <translation>Conexiones configuradas</translation>
    </message>
    <message>
        <source>The ShipHero accounts and sandboxes InvSync can connect to; the active one is marked. Change them with Manage Connections.</source>
        <translation>Las cuentas de ShipHero y los entornos de pruebas a los que InvSync puede conectarse; la activa está marcada. Cámbielas con Gestionar conexiones.</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Gestionar conexiones…</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>Gestionar conexiones</translation>
    </message>
    <message>
        <source>Opens the list of connections to add, edit, remove or switch one</source>
        <translation>Abre la lista de conexiones para añadir, editar o quitar una, o cambiar de conexión</translation>
    </message>
    <message>
        <source>File Hosting</source>
        <translation>Alojamiento de archivos</translation>
    </message>
    <message>
        <source>ShipHero downloads the file you send from a URL. InvSync makes the checked file reachable from this computer&apos;s built-in host or from S3-compatible storage.</source>
        <translation>ShipHero descarga desde una URL el archivo que usted envía. InvSync hace accesible el archivo comprobado desde el servidor integrado de este equipo o desde un almacenamiento compatible con S3.</translation>
    </message>
    <message>
        <source>File &amp;Hosting Settings…</source>
        <translation>Configuración de a&amp;lojamiento de archivos…</translation>
    </message>
    <message>
        <source>File Hosting Settings</source>
        <translation>Configuración de alojamiento de archivos</translation>
    </message>
    <message>
        <source>Opens the settings of the built-in host and of S3 storage</source>
        <translation>Abre la configuración del servidor integrado y del almacenamiento S3</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>&amp;Refresh running batches every:</source>
        <translation>&amp;Actualizar los lotes en curso cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh running batches every, in seconds</source>
        <translation>Intervalo de actualización de los lotes en curso, en segundos</translation>
    </message>
    <message>
        <source>How often the Batches page asks ShipHero about batches that are still running; when none runs it asks every 30 seconds</source>
        <translation>Con qué frecuencia la página Lotes consulta a ShipHero los lotes que siguen en curso; cuando no hay ninguno en curso, consulta cada 30 segundos</translation>
    </message>
    <message>
        <source>How often the Batches page asks ShipHero about batches that are still running. When none runs it asks every 30 seconds.</source>
        <translation>Con qué frecuencia la página Lotes consulta a ShipHero los lotes que siguen en curso. Cuando no hay ninguno en curso, consulta cada 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Warn about changes above:</source>
        <translation>A&amp;visar de cambios superiores al:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Warn about changes above, in percent of the stock on hand</source>
        <translation>Avisar de cambios superiores a este porcentaje de las existencias disponibles</translation>
    </message>
    <message>
        <source>The check against the warehouse warns about a row that changes a product&apos;s stock by more than this share of what is on hand now</source>
        <translation>La comprobación con el almacén avisa de las filas que cambian las existencias de un producto en más de esta proporción de lo que hay disponible ahora</translation>
    </message>
    <message>
        <source>The check against the warehouse warns about a row that changes a product&apos;s stock by more than this share of what is on hand now: at 50 %, a product with 10 on hand is flagged below 5 or above 15. Setting a stocked product to 0 is always flagged.</source>
        <translation>La comprobación con el almacén avisa de las filas que cambian las existencias de un producto en más de esta proporción de lo que hay disponible ahora: con un 50 %, un producto con 10 disponibles se marca por debajo de 5 o por encima de 15. Dejar en 0 un producto con existencias se marca siempre.</translation>
    </message>
    <message>
        <source>&amp;Tell me when a batch sent from this computer finishes</source>
        <translation>&amp;Notificarme cuando termine un lote enviado desde este equipo</translation>
    </message>
    <message>
        <source>Tell me when a batch sent from this computer finishes</source>
        <translation>Notificarme cuando termine un lote enviado desde este equipo</translation>
    </message>
    <message>
        <source>Shows a desktop notification with how many rows succeeded and failed</source>
        <translation>Muestra una notificación de escritorio con cuántas filas fueron correctas y cuántas fallaron</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of InvSync&apos;s windows, numbers and dates; it changes when InvSync restarts</source>
        <translation>El idioma de las ventanas, los números y las fechas de InvSync; cambia cuando se reinicia InvSync</translation>
    </message>
    <message>
        <source>Takes effect when InvSync restarts.</source>
        <translation>Se aplica cuando se reinicia InvSync.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System follows the colors of the desktop; Light and Dark are InvSync&apos;s own. The choice is shown at once.</source>
        <translation>La opción Sistema sigue los colores del escritorio; Claro y Oscuro son temas propios de InvSync. La elección se aplica al instante.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>ShareLinks</name>
    <message>
        <source>Dropbox share link: asking for the file itself (dl=1).</source>
        <translation>Enlace compartido de Dropbox: se pide el archivo en sí (dl=1).</translation>
    </message>
    <message>
        <source>Google Drive share link: using its direct download form. The file must be shared with &quot;Anyone with the link&quot;.</source>
        <translation>Enlace compartido de Google Drive: se usa su forma de descarga directa. El archivo debe estar compartido con «Cualquier persona con el enlace».</translation>
    </message>
    <message>
        <source>This Google Drive link does not name a single file.</source>
        <translation>Este enlace de Google Drive no indica un único archivo.</translation>
    </message>
    <message>
        <source>Google Sheets link: downloading the sheet as CSV.</source>
        <translation>Enlace de Google Sheets: se descarga la hoja como CSV.</translation>
    </message>
    <message>
        <source>OneDrive share link: using OneDrive&apos;s direct download address for shared files.</source>
        <translation>Enlace compartido de OneDrive: se usa la dirección de descarga directa de OneDrive para archivos compartidos.</translation>
    </message>
    <message>
        <source>OneDrive link: asking for the file itself.</source>
        <translation>Enlace de OneDrive: se pide el archivo en sí.</translation>
    </message>
    <message>
        <source>SharePoint link: asking for the file itself (download=1). It works only when the link is shared with anyone.</source>
        <translation>Enlace de SharePoint: se pide el archivo en sí (download=1). Solo funciona si el enlace está compartido con cualquier persona.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s demo user and password</source>
        <translation>Rellena el usuario y la contraseña de demostración del entorno de pruebas</translation>
    </message>
    <message>
        <source>Use &amp;Demo User</source>
        <translation>Usar el usuario de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Email and Password</source>
        <translation>&amp;Correo y contraseña</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <source>developer@example.com</source>
        <translation>developer@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>The user must be a developer user of the account.</source>
        <translation>El usuario debe ser un usuario desarrollador de la cuenta.</translation>
    </message>
    <message>
        <source>Paste a &amp;Token</source>
        <translation>Pegar un &amp;token</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token de &amp;acceso:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Token de &amp;renovación:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>With a refresh token InvSync renews the access token before it expires; without one you paste a new token when it does.</source>
        <translation>Con un token de renovación, InvSync renueva el token de acceso antes de que caduque; sin él, tendrá que pegar un token nuevo cuando caduque.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Use demo user</source>
        <translation>Usar el usuario de demostración</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in with an email and password, or paste a token</source>
        <translation>Inicie sesión con un correo y una contraseña, o pegue un token</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de renovación</translation>
    </message>
    <message>
        <source>Optional: lets InvSync renew the access token</source>
        <translation>Opcional: permite que InvSync renueve el token de acceso</translation>
    </message>
</context>
<context>
    <name>SubmissionPlan</name>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation>No se puede enviar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: fix them, or leave them out.</source>
        <translation>
            <numerusform>%n fila tiene errores: corríjala u omítala.</numerusform>
            <numerusform>%n filas tienen errores: corríjalas u omítalas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row has an error: nothing is left to send.</source>
        <translation>Todas las filas tienen algún error: no queda nada que enviar.</translation>
    </message>
    <message>
        <source>The file has no rows to send.</source>
        <translation>El archivo no tiene filas que enviar.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Check a file and start the inventory sync of it</source>
        <translation>Comprueba un archivo e inicia su sincronización de inventario</translation>
    </message>
    <message>
        <source>submit (FILE | --url URL) --warehouse W [--host builtin|s3|none] [--wait] [--json]</source>
        <translation>submit (ARCHIVO | --url URL) --warehouse W [--host builtin|s3|none] [--wait] [--json]</translation>
    </message>
    <message>
        <source>Checks FILE (or the file at --url URL) as &quot;invsync validate&quot; does and refuses
it when it has errors, unless --skip-invalid leaves those rows out. A file of
more than 3000 rows is split into batches of at most 3000. Each part is made
reachable by URL (--host), sent to warehouse W as one inventory sync batch,
and recorded in the history the window shows. With --wait the batches are
followed until they finish; Ctrl+C stops the waiting, never the batches.</source>
        <translation>Comprueba ARCHIVO (o el archivo de --url URL) como «invsync validate» y lo
rechaza si tiene errores, salvo que --skip-invalid omita esas filas. Un
archivo de más de 3000 filas se divide en lotes de 3000 como máximo. Cada
parte se hace accesible por URL (--host), se envía al almacén W como un lote
de sincronización de inventario y se registra en el historial que muestra la
ventana. Con --wait se siguen los lotes hasta que terminan; Ctrl+C detiene la
espera, nunca los lotes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send the file at URL rather than a local FILE</source>
        <translation>Envía el archivo de URL en lugar de un ARCHIVO local</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The warehouse (required): its id, legacy id or name</source>
        <translation>El almacén (obligatorio): su id, su id antiguo o su nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The customer account a 3PL acts for</source>
        <translation>La cuenta de cliente en cuyo nombre actúa un 3PL</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>How ShipHero gets the file: builtin (this program serves it;
the default for FILE), s3 (uploaded to the bucket of the File Hosting
settings), none (the --url as given; the default with --url)</source>
        <translation>Cómo obtiene ShipHero el archivo: builtin (lo sirve este programa;
por defecto con ARCHIVO), s3 (se sube al bucket de la configuración
de alojamiento de archivos), none (la --url tal cual; por defecto
con --url)</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>The address ShipHero reaches the built-in host at (a port forward
or reverse proxy); default: the File Hosting settings</source>
        <translation>La dirección por la que ShipHero llega al servidor integrado
(una redirección de puertos o un proxy inverso); por defecto: la
configuración de alojamiento de archivos</translation>
    </message>
    <message>
        <source>Leave rows with errors (and, with --check-warehouse, SKUs the
warehouse does not have) out instead of refusing the file</source>
        <translation>Omite las filas con errores (y, con --check-warehouse, los SKU que el
almacén no tiene) en lugar de rechazar el archivo</translation>
    </message>
    <message>
        <source>Look every SKU up in the warehouse first: refuse SKUs it does not
have, and show the units going up and down</source>
        <translation>Busca antes cada SKU en el almacén: rechaza los SKU que no tiene
y muestra las unidades que suben y las que bajan</translation>
    </message>
    <message>
        <source>Follow the batches until they finish</source>
        <translation>Sigue los lotes hasta que terminan</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the report</source>
        <translation>Imprime un objeto JSON en lugar del informe</translation>
    </message>
    <message>
        <source>Built-in host: the parts are served by this process, so it keeps running
until ShipHero has them: with --wait until the batches finish; without
--wait until ShipHero has downloaded every part (at most 10 minutes). Its
address and port come from the File Hosting settings; ShipHero must be
able to reach it (--public-url).
S3: the bucket, endpoint and access key id come from the File Hosting
settings, the secret key from the keychain or INVSYNC_S3_SECRET_KEY.
none: only with --url; the file is downloaded and checked first, and the
same URL is given to ShipHero, unchanged and unsplit.

JSON output (--json), one object:
  {&quot;upload&quot;: {&quot;id&quot;: number or null, &quot;file&quot;: string, &quot;sha256&quot;: string,
    &quot;rows&quot;: number, &quot;left_out&quot;: number, &quot;warehouse_id&quot;: string,
    &quot;customer_account_id&quot;: string or null, &quot;hosting&quot;: string},
   &quot;stock&quot;: null or {&quot;units_up&quot;: number, &quot;units_down&quot;: number,
    &quot;rows_up&quot;: number, &quot;rows_down&quot;: number, &quot;rows_unchanged&quot;: number,
    &quot;not_found&quot;: [string]},
   &quot;batches&quot;: [{&quot;part&quot;: number, &quot;sync_id&quot;: string or null, &quot;first_row&quot;: number,
    &quot;rows&quot;: number, &quot;url&quot;: string, &quot;status&quot;: string, &quot;adopted&quot;: bool,
    &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
    &quot;error&quot;: string or null}],
   &quot;waited&quot;: bool, &quot;interrupted&quot;: bool}
  status is the batch&apos;s last known status (&quot;pending&quot; right after it was
  sent), or &quot;not_started&quot; when the service started no batch for the part.
  A file refused for its errors gives {&quot;upload&quot;: null, &quot;validation&quot;: {...}}
  with the object &quot;invsync validate --json&quot; prints.

Exit codes:
  0  sent (with --wait: every batch succeeded)
  1  the file has errors (or SKUs the warehouse does not have) and was not
     sent; or, with --wait, a batch ended with failed rows or was aborted
  2  wrong usage, the file could not be read, hosting not set up
  3  not signed in, or the sign-in was refused
  4  service, S3 or network unavailable; or ShipHero did not download a part
  5  interrupted: batches already sent keep running; follow one with
     &quot;invsync batch SYNC_ID --wait&quot;
</source>
        <translation>Servidor integrado: este proceso sirve las partes, así que sigue en marcha
hasta que ShipHero las tiene: con --wait, hasta que terminan los lotes; sin
--wait, hasta que ShipHero ha descargado todas las partes (10 minutos como
máximo). Su dirección y su puerto vienen de la configuración de alojamiento
de archivos; ShipHero debe poder llegar a él (--public-url).
S3: el bucket, el punto de acceso y el id de la clave de acceso vienen de la
configuración de alojamiento de archivos; la clave secreta, del llavero o de
INVSYNC_S3_SECRET_KEY.
none: solo con --url; primero se descarga y se comprueba el archivo, y se da
a ShipHero la misma URL, sin cambios y sin dividir.

Salida JSON (--json), un objeto:
  {&quot;upload&quot;: {&quot;id&quot;: number o null, &quot;file&quot;: string, &quot;sha256&quot;: string,
    &quot;rows&quot;: number, &quot;left_out&quot;: number, &quot;warehouse_id&quot;: string,
    &quot;customer_account_id&quot;: string o null, &quot;hosting&quot;: string},
   &quot;stock&quot;: null o {&quot;units_up&quot;: number, &quot;units_down&quot;: number,
    &quot;rows_up&quot;: number, &quot;rows_down&quot;: number, &quot;rows_unchanged&quot;: number,
    &quot;not_found&quot;: [string]},
   &quot;batches&quot;: [{&quot;part&quot;: number, &quot;sync_id&quot;: string o null, &quot;first_row&quot;: number,
    &quot;rows&quot;: number, &quot;url&quot;: string, &quot;status&quot;: string, &quot;adopted&quot;: bool,
    &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
    &quot;error&quot;: string o null}],
   &quot;waited&quot;: bool, &quot;interrupted&quot;: bool}
  status es el último estado conocido del lote («pending» justo después de
  enviarlo), o «not_started» si el servicio no inició ningún lote para la
  parte. Un archivo rechazado por sus errores da {&quot;upload&quot;: null,
  &quot;validation&quot;: {...}} con el objeto que imprime «invsync validate --json».

Códigos de salida:
  0  enviado (con --wait: todos los lotes terminaron bien)
  1  el archivo tiene errores (o SKU que el almacén no tiene) y no se envió;
     o, con --wait, un lote terminó con filas fallidas o se canceló
  2  uso incorrecto, no se pudo leer el archivo, alojamiento sin configurar
  3  sin sesión iniciada, o se rechazó el inicio de sesión
  4  servicio, S3 o red no disponible; o ShipHero no descargó una parte
  5  interrumpido: los lotes ya enviados siguen en curso; siga uno con
     «invsync batch SYNC_ID --wait»
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>give either FILE or --url URL, not both</source>
        <translation>indique ARCHIVO o --url URL, no ambos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>«%1» no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>no FILE given (or --url URL)</source>
        <translation>no se indicó ARCHIVO (ni --url URL)</translation>
    </message>
    <message>
        <source>say which warehouse with --warehouse W; &quot;invsync warehouses&quot; lists them</source>
        <translation>indique el almacén con --warehouse W; «invsync warehouses» los enumera</translation>
    </message>
    <message>
        <source>unknown --host &quot;%1&quot;; use builtin, s3 or none</source>
        <translation>--host desconocido «%1»; use builtin, s3 o none</translation>
    </message>
    <message>
        <source>--host none needs --url URL: a local file must be hosted (--host builtin or s3)</source>
        <translation>--host none necesita --url URL: un archivo local se tiene que alojar (--host builtin o s3)</translation>
    </message>
    <message>
        <source>--public-url is for --host builtin</source>
        <translation>--public-url es para --host builtin</translation>
    </message>
    <message>
        <source>--public-url &quot;%1&quot; is not a web address (http or https)</source>
        <translation>--public-url «%1» no es una dirección web (http o https)</translation>
    </message>
    <message>
        <source>the file at the URL is sent unchanged with --host none, so no row can be left out; use --host builtin or s3 to send the rest</source>
        <translation>con --host none el archivo de la URL se envía sin cambios, así que no se puede omitir ninguna fila; use --host builtin o s3 para enviar el resto</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); nothing was sent. Fix them (&quot;invsync validate %2&quot;), or leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%1 tiene %n error; no se envió nada. Corríjalo («invsync validate %2») u omita esa fila con --skip-invalid.</numerusform>
            <numerusform>%1 tiene %n errores; no se envió nada. Corríjalos («invsync validate %2») u omita esas filas con --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be sent even without its rows with errors; nothing was sent</source>
        <translation>%1 no se puede enviar ni siquiera sin sus filas con errores; no se envió nada</translation>
    </message>
    <message>
        <source>Checked %1 of %2 SKUs</source>
        <translation>Comprobados %1 de %2 SKU</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) not found in warehouse %1: %2. Nothing was sent; leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%n SKU no encontrado en el almacén %1: %2. No se envió nada; omita esas filas con --skip-invalid.</numerusform>
            <numerusform>%n SKU no encontrados en el almacén %1: %2. No se envió nada; omita esas filas con --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>no row is left to send once the SKUs warehouse %1 does not have are left out</source>
        <translation>no queda ninguna fila que enviar tras omitir los SKU que el almacén %1 no tiene</translation>
    </message>
    <message>
        <source>Note: %1 rows in one batch; ShipHero is slow above %2. Use --host builtin or s3 to have the file split.</source>
        <translation>Nota: %1 filas en un solo lote; ShipHero es lento por encima de %2. Use --host builtin o s3 para que se divida el archivo.</translation>
    </message>
    <message>
        <source>the built-in host&apos;s address &quot;%1&quot; is not an IP address; fix it in the window&apos;s File Hosting settings</source>
        <translation>la dirección del servidor integrado, «%1», no es una dirección IP; corríjala en la configuración de alojamiento de archivos de la ventana</translation>
    </message>
    <message>
        <source>the built-in host could not listen on %1 port %2; the port may be in use. Choose another in the window&apos;s File Hosting settings.</source>
        <translation>el servidor integrado no pudo escuchar en %1, puerto %2; puede que el puerto esté en uso. Elija otro en la configuración de alojamiento de archivos de la ventana.</translation>
    </message>
    <message>
        <source>Warning: the built-in host is at %1, which ShipHero cannot reach; give the address it can reach with --public-url.</source>
        <translation>Aviso: el servidor integrado está en %1, adonde ShipHero no puede llegar; indique con --public-url la dirección por la que sí puede llegar.</translation>
    </message>
    <message>
        <source>S3 is not set up: %1. Set it up in the window&apos;s File Hosting settings; the secret key may also come from %2.</source>
        <translation>S3 no está configurado: %1. Configúrelo en la configuración de alojamiento de archivos de la ventana; la clave secreta también puede venir de %2.</translation>
    </message>
    <message>
        <source>the history could not be opened, so nothing was sent: %1</source>
        <translation>no se pudo abrir el historial, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>the history could not be written, so nothing was sent: %1</source>
        <translation>no se pudo escribir en el historial, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>the history could not be written, so part %1 was not sent: %2</source>
        <translation>no se pudo escribir en el historial, así que no se envió la parte %1: %2</translation>
    </message>
    <message>
        <source>interrupted while part %1 was being sent; it may have started. The history keeps it as sending, and the window checks it on start; &quot;invsync batches&quot; lists the batches.</source>
        <translation>interrumpido mientras se enviaba la parte %1; puede que haya empezado. El historial la guarda como «en envío» y la ventana la comprueba al iniciarse; «invsync batches» enumera los lotes.</translation>
    </message>
    <message>
        <source>SYNC ID</source>
        <translation>ID SINCRONIZACIÓN</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>FILAS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHAS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDAS</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(sin iniciar)</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Se omitió %n fila con errores.</numerusform>
            <numerusform>Se omitieron %n filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse check: %1 units going up over %2 rows, %3 going down over %4 rows, %5 rows unchanged.</source>
        <translation>Comprobación con el almacén: %1 unidades suben en %2 filas, %3 bajan en %4 filas, %5 filas sin cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 (%n row(s)) to %2 in %3 batch(es):</source>
        <translation>
            <numerusform>Se envió %1 (%n fila) a %2 en %3 lote:</numerusform>
            <numerusform>Se envió %1 (%n filas) a %2 en %3 lote(s):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 batches finished, %3 of %4 rows done, %5 failed</source>
        <translation>%1 de %2 lotes terminados, %3 de %4 filas hechas, %5 fallidas</translation>
    </message>
    <message>
        <source>Serving the file until ShipHero has downloaded it...</source>
        <translation>Sirviendo el archivo hasta que ShipHero lo haya descargado...</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Terminado:</translation>
    </message>
    <message>
        <source>stopped waiting; the batches keep running and were not aborted.</source>
        <translation>se dejó de esperar; los lotes siguen en curso y no se cancelaron.</translation>
    </message>
    <message numerus="yes">
        <source>stopped serving the file before ShipHero downloaded it; the batches were not aborted, but %n part(s) will fail to download.</source>
        <translation>
            <numerusform>se dejó de servir el archivo antes de que ShipHero lo descargara; los lotes no se cancelaron, pero %n parte no se podrá descargar.</numerusform>
            <numerusform>se dejó de servir el archivo antes de que ShipHero lo descargara; los lotes no se cancelaron, pero %n partes no se podrán descargar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in host stopped too: a part ShipHero has not downloaded yet will fail.</source>
        <translation>El servidor integrado también se detuvo: fallará cualquier parte que ShipHero aún no haya descargado.</translation>
    </message>
    <message>
        <source>To follow them again, run:</source>
        <translation>Para volver a seguirlos, ejecute:</translation>
    </message>
    <message numerus="yes">
        <source>ShipHero did not download %n part(s) within %1 minutes; their batches will fail: %2</source>
        <translation>
            <numerusform>ShipHero no descargó %n parte en %1 minutos; su lote fallará: %2</numerusform>
            <numerusform>ShipHero no descargó %n partes en %1 minutos; sus lotes fallarán: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Open an inventory file and fix what is wrong with it</source>
        <translation>Abra un archivo de inventario y corrija lo que esté mal</translation>
    </message>
    <message>
        <source>1 File</source>
        <translation>1 Archivo</translation>
    </message>
    <message>
        <source>2 Check</source>
        <translation>2 Comprobar</translation>
    </message>
    <message>
        <source>3 Reach</source>
        <translation>3 Publicar</translation>
    </message>
    <message>
        <source>4 Submit</source>
        <translation>4 Enviar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop an inventory CSV file here</source>
        <translation>Suelte aquí un archivo CSV de inventario</translation>
    </message>
    <message>
        <source>InvSync reads the columns sku, quantity, action and reason (location is optional), shows every problem, and lets you fix them before you sync.</source>
        <translation>InvSync lee las columnas sku, quantity, action y reason (location es opcional), muestra cada problema y le permite corregirlos antes de sincronizar.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Click a file to open it again</source>
        <translation>Haga clic en un archivo para volver a abrirlo</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Pruebe un ejemplo</translation>
    </message>
    <message>
        <source>Click a sample to open it</source>
        <translation>Haga clic en un ejemplo para abrirlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>The text encoding used to read the file; Auto detects it</source>
        <translation>La codificación de texto con la que se lee el archivo; la opción Automático la detecta</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>The character between fields; Auto detects it</source>
        <translation>El carácter que separa los campos; la opción Automático lo detecta</translation>
    </message>
    <message>
        <source>Read the file again with this encoding and delimiter</source>
        <translation>Vuelve a leer el archivo con esta codificación y este separador</translation>
    </message>
    <message>
        <source>&amp;Re-read</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>Show only the rows that have an error or a warning</source>
        <translation>Muestra solo las filas que tienen un error o un aviso</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Solo filas con &amp;problemas</translation>
    </message>
    <message>
        <source>Search cells (Ctrl+F)</source>
        <translation>Buscar en las celdas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Problema siguiente</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Descartar error</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Choose an inventory CSV file to check</source>
        <translation>Elija un archivo CSV de inventario para comprobarlo</translation>
    </message>
    <message>
        <source>Activate a file to open it again</source>
        <translation>Active un archivo para volver a abrirlo</translation>
    </message>
    <message>
        <source>Sample files</source>
        <translation>Archivos de ejemplo</translation>
    </message>
    <message>
        <source>Activate a sample to open it</source>
        <translation>Active un ejemplo para abrirlo</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
    <message>
        <source>Re-read file</source>
        <translation>Volver a leer el archivo</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Solo filas con problemas</translation>
    </message>
    <message>
        <source>Search cells</source>
        <translation>Buscar en las celdas</translation>
    </message>
    <message>
        <source>Shows only the rows with a cell containing this text</source>
        <translation>Muestra solo las filas con alguna celda que contiene este texto</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>The rows of the file; cells with problems are marked, and can be edited</source>
        <translation>Las filas del archivo; las celdas con problemas están marcadas y se pueden editar</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Problema siguiente</translation>
    </message>
    <message>
        <source>Go to the next row with a problem</source>
        <translation>Va a la siguiente fila con un problema</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Check an inventory CSV file and list its problems</source>
        <translation>Comprueba un archivo CSV de inventario y enumera sus problemas</translation>
    </message>
    <message>
        <source>validate FILE [--json] [--encoding NAME] [--delimiter C] [--quiet]</source>
        <translation>validate ARCHIVO [--json] [--encoding NOMBRE] [--delimiter C] [--quiet]</translation>
    </message>
    <message>
        <source>Reads FILE as the window does (encoding and delimiter detected unless given)
and lists every problem with its file line, column, severity and code.
Row numbers count data rows from 1, header excluded, as ShipHero does.</source>
        <translation>Lee ARCHIVO como lo hace la ventana (codificación y separador detectados si no se indican)
y enumera cada problema con su línea, columna, gravedad y código.
Las filas se cuentan desde 1 sin la cabecera, como hace ShipHero.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the report</source>
        <translation>Imprime un objeto JSON en lugar del informe</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Encoding: %1
(default: auto: from the BOM, else UTF-8, else Windows-1252)</source>
        <translation>Codificación: %1
(por defecto: auto: según el BOM, si no UTF-8, si no Windows-1252)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Field delimiter: %1 (default: detected)</source>
        <translation>Separador de campos: %1 (por defecto: detectado)</translation>
    </message>
    <message>
        <source>Print only the errors: no header, warnings or summary</source>
        <translation>Imprime solo los errores: sin cabecera, avisos ni resumen</translation>
    </message>
    <message>
        <source>JSON output (--json), one object, keys in this order:
  {&quot;file&quot;: string, &quot;encoding&quot;: string, &quot;delimiter&quot;: string, &quot;rows&quot;: number,
   &quot;errors&quot;: number, &quot;warnings&quot;: number,
   &quot;issues&quot;: [{&quot;row&quot;: number, &quot;line&quot;: number, &quot;column&quot;: string or null,
               &quot;severity&quot;: &quot;error&quot;|&quot;warning&quot;|&quot;notice&quot;, &quot;code&quot;: string,
               &quot;message&quot;: string}]}
  row and line are 0 when an issue is about the whole file; codes never change.

Exit codes:
  0  no errors (warnings and notices allowed)
  1  the file has errors
  2  wrong usage, or the file cannot be read
  5  interrupted
</source>
        <translation>Salida JSON (--json), un objeto, con las claves en este orden:
  {&quot;file&quot;: string, &quot;encoding&quot;: string, &quot;delimiter&quot;: string, &quot;rows&quot;: number,
   &quot;errors&quot;: number, &quot;warnings&quot;: number,
   &quot;issues&quot;: [{&quot;row&quot;: number, &quot;line&quot;: number, &quot;column&quot;: string o null,
               &quot;severity&quot;: &quot;error&quot;|&quot;warning&quot;|&quot;notice&quot;, &quot;code&quot;: string,
               &quot;message&quot;: string}]}
  row y line valen 0 cuando el problema afecta a todo el archivo; los códigos no cambian nunca.

Códigos de salida:
  0  sin errores (puede haber avisos y notas)
  1  el archivo tiene errores
  2  uso incorrecto, o no se puede leer el archivo
  5  interrumpido
</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>no se indicó ARCHIVO</translation>
    </message>
    <message>
        <source>expected one FILE, got %1: %2</source>
        <translation>se esperaba un ARCHIVO, se recibieron %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use one of: %2</source>
        <translation>codificación desconocida «%1»; use una de: %2</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use one of: %2</source>
        <translation>separador desconocido «%1»; use uno de: %2</translation>
    </message>
    <message>
        <source>Checking %1: %2%</source>
        <translation>Comprobando %1: %2%</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 con BOM</translation>
    </message>
    <message>
        <source>%1 (the file is not valid UTF-8)</source>
        <translation>%1 (el archivo no es UTF-8 válido)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>row %1:</source>
        <translation>fila %1:</translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n row(s).</source>
        <translation>
            <numerusform>No se encontraron problemas en %n fila.</numerusform>
            <numerusform>No se encontraron problemas en %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3 in %4.</source>
        <translation>%1, %2 y %3 en %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehousesCommand</name>
    <message>
        <source>Exit codes: 0 done; 2 wrong usage; 3 not signed in; 4 service unreachable;
5 interrupted.
</source>
        <translation>Códigos de salida: 0 hecho; 2 uso incorrecto; 3 sin sesión iniciada;
4 servicio inaccesible; 5 interrumpido.
</translation>
    </message>
    <message>
        <source>List the account&apos;s warehouses</source>
        <translation>Enumera los almacenes de la cuenta</translation>
    </message>
    <message>
        <source>warehouses [--json]</source>
        <translation>warehouses [--json]</translation>
    </message>
    <message>
        <source>Lists the warehouses of the account: the id and the name that --warehouse
accepts, the legacy (numeric) id, and whether it uses dynamic slotting.</source>
        <translation>Enumera los almacenes de la cuenta: el id y el nombre que acepta --warehouse,
el id antiguo (numérico) y si usa ubicación dinámica (dynamic slotting).</translation>
    </message>
    <message>
        <source>Print one JSON array instead of the table</source>
        <translation>Imprime una lista JSON en lugar de la tabla</translation>
    </message>
    <message>
        <source>JSON output (--json), one array:
  [{&quot;id&quot;: string, &quot;legacy_id&quot;: number, &quot;name&quot;: string, &quot;active&quot;: bool,
    &quot;dynamic_slotting&quot;: bool}]

</source>
        <translation>Salida JSON (--json), una lista:
  [{&quot;id&quot;: string, &quot;legacy_id&quot;: number, &quot;name&quot;: string, &quot;active&quot;: bool,
    &quot;dynamic_slotting&quot;: bool}]

</translation>
    </message>
    <message>
        <source>No warehouses.</source>
        <translation>No hay almacenes.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LEGACY ID</source>
        <translation>ID ANTIGUO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SLOTTING</source>
        <translation>UBICACIÓN</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dinámica</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estática</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>invsync::AbortDialog</name>
    <message>
        <source>Choose a reason or type your own</source>
        <translation>Elija un motivo o escriba el suyo</translation>
    </message>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Wrong file</source>
        <translation>Archivo equivocado</translation>
    </message>
    <message>
        <source>Wrong warehouse</source>
        <translation>Almacén equivocado</translation>
    </message>
    <message>
        <source>Wrong quantities</source>
        <translation>Cantidades equivocadas</translation>
    </message>
    <message>
        <source>Abort the batch of %1?</source>
        <translation>¿Cancelar el lote de %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already applied will stay applied: aborting does not revert them. About %1 row(s) not processed yet will not be applied.</source>
        <translation>
            <numerusform>%n fila ya aplicada seguirá aplicada: cancelar no la revierte. Unas %1 filas aún sin procesar no se aplicarán.</numerusform>
            <numerusform>%n filas ya aplicadas seguirán aplicadas: cancelar no las revierte. Unas %1 filas aún sin procesar no se aplicarán.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::AboutDialog</name>
    <message>
        <source>About InvSync</source>
        <translation>Acerca de InvSync</translation>
    </message>
    <message>
        <source>InvSync logo</source>
        <translation>Logotipo de InvSync</translation>
    </message>
    <message>
        <source>InvSync %1</source>
        <translation>InvSync %1</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nombre y versión de la aplicación</translation>
    </message>
    <message>
        <source>Check, fix and sync inventory CSV files with ShipHero.</source>
        <translation>Comprueba, corrige y sincroniza archivos CSV de inventario con ShipHero.</translation>
    </message>
    <message>
        <source>Portable mode: settings and history are kept in %1</source>
        <translation>Modo portátil: la configuración y el historial se guardan en %1</translation>
    </message>
    <message>
        <source>Submission history is kept in %1</source>
        <translation>El historial de envíos se guarda en %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation>Versión y carpeta de datos</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Licensed components</source>
        <translation>Componentes con licencia</translation>
    </message>
    <message>
        <source>InvSync: MIT</source>
        <translation>InvSync: MIT</translation>
    </message>
    <message>
        <source>InvSync is free software under the MIT License.</source>
        <translation>InvSync es software libre bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>Qt: LGPL-3.0</source>
        <translation>Qt: LGPL-3.0</translation>
    </message>
    <message>
        <source>InvSync uses the Qt toolkit under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt is used as shared libraries provided by the operating system or installed beside InvSync, so you can replace them with your own build of Qt.</source>
        <translation>InvSync usa el kit de herramientas Qt bajo la Licencia Pública General Reducida de GNU, versión 3 (LGPL-3.0). Qt se usa como bibliotecas compartidas que proporciona el sistema operativo o que se instalan junto a InvSync, por lo que puede sustituirlas por su propia compilación de Qt.</translation>
    </message>
    <message>
        <source>Licensing and source code: %1</source>
        <translation>Licencias y código fuente: %1</translation>
    </message>
    <message>
        <source>The LGPL-3.0 adds permissions to the GNU General Public License version 3, which follows.</source>
        <translation>La LGPL-3.0 añade permisos a la Licencia Pública General de GNU, versión 3, que se incluye a continuación.</translation>
    </message>
    <message>
        <source>QtKeychain: BSD-2-Clause</source>
        <translation>QtKeychain: BSD-2-Clause</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain with QtKeychain, under the BSD 2-Clause License.</source>
        <translation>Las contraseñas y los tokens se guardan en el llavero del sistema con QtKeychain, bajo la licencia BSD de 2 cláusulas.</translation>
    </message>
    <message>
        <source>SQLite: public domain</source>
        <translation>SQLite: dominio público</translation>
    </message>
    <message>
        <source>The submission history is stored with SQLite, which is in the public domain.</source>
        <translation>El historial de envíos se guarda con SQLite, que es de dominio público.</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Copiar información de versión</translation>
    </message>
    <message>
        <source>Copies one line with the versions of InvSync, Qt and the system, for a bug report</source>
        <translation>Copia una línea con las versiones de InvSync, Qt y el sistema, para un informe de errores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>License text: %1</source>
        <translation>Texto de la licencia: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>invsync::AuthSession</name>
    <message>
        <source>%1 did not answer the token renewal in time. Check your network connection and try again.</source>
        <translation>%1 no respondió a tiempo a la renovación del token. Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not answer the sign-in in time. Check your network connection and try again.</source>
        <translation>%1 no respondió a tiempo al inicio de sesión. Compruebe su conexión de red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the connection&apos;s address and your network connection.</source>
        <translation>No se pudo llegar a %1 (%2). Compruebe la dirección de la conexión y su conexión de red.</translation>
    </message>
    <message>
        <source>%1 answered the token renewal with HTTP status %2. Try again later.</source>
        <translation>%1 respondió a la renovación del token con el estado HTTP %2. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with HTTP status %2. Try again later.</source>
        <translation>%1 respondió al inicio de sesión con el estado HTTP %2. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>This connection has no address yet; choose or start one first.</source>
        <translation>Esta conexión todavía no tiene dirección; elija o inicie una primero.</translation>
    </message>
    <message>
        <source>Enter the email and password of a developer user.</source>
        <translation>Introduzca el correo electrónico y la contraseña de un usuario desarrollador.</translation>
    </message>
    <message>
        <source>%1 refused the email or password. Check them; the user must be a developer user of the account.</source>
        <translation>%1 rechazó el correo electrónico o la contraseña. Compruébelos; el usuario debe ser un usuario desarrollador de la cuenta.</translation>
    </message>
    <message>
        <source>%1 sent a sign-in answer InvSync cannot read. Check that the connection&apos;s address is right.</source>
        <translation>%1 envió una respuesta de inicio de sesión que InvSync no puede leer. Compruebe que la dirección de la conexión es correcta.</translation>
    </message>
    <message>
        <source>Paste an access token, or sign in with your email and password.</source>
        <translation>Pegue un token de acceso, o inicie sesión con su correo electrónico y contraseña.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>No ha iniciado sesión en %1.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved (%1); it lasts until InvSync quits.</source>
        <translation>No se pudo guardar su sesión (%1); dura hasta que InvSync se cierre.</translation>
    </message>
    <message>
        <source>The access token for %1 was refused and there is no refresh token to renew it. Sign in again or paste a new token.</source>
        <translation>El token de acceso para %1 fue rechazado y no hay token de renovación para renovarlo. Inicie sesión de nuevo o pegue un token nuevo.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in first.</source>
        <translation>No ha iniciado sesión en %1. Inicie sesión primero.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your sign-in. Sign in again.</source>
        <translation>%1 ya no acepta su sesión. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>%1 sent a token renewal InvSync cannot read.</source>
        <translation>%1 envió una renovación del token que InvSync no puede leer.</translation>
    </message>
    <message>
        <source>The token renewal was stopped.</source>
        <translation>Se detuvo la renovación del token.</translation>
    </message>
</context>
<context>
    <name>invsync::BatchPage</name>
    <message>
        <source>All rows, failures first</source>
        <translation>Todas las filas, primero las fallidas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 de %2 filas cargadas</translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation>, cargando…</translation>
    </message>
    <message>
        <source>Could not load the rows of the batch: %1</source>
        <translation>No se pudieron cargar las filas del lote: %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>%1 in all: %2 succeeded, %3 failed, %4 not processed yet</source>
        <translation>%1 en total: %2 correctas, %3 fallidas, %4 aún sin procesar</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sin error</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>Correctas %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fallidas %1</translation>
    </message>
    <message>
        <source>Pending %1</source>
        <translation>Pendientes %1</translation>
    </message>
    <message>
        <source>Not processed %1</source>
        <translation>Sin procesar %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Exportar filas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and try again.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n fila a %1</numerusform>
            <numerusform>Se exportaron %n filas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the failed rows…</source>
        <translation>Cargando las filas fallidas…</translation>
    </message>
    <message>
        <source>Could not load the failed rows: %1</source>
        <translation>No se pudieron cargar las filas fallidas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) loaded</source>
        <translation>
            <numerusform>%n fila fallida cargada</numerusform>
            <numerusform>%n filas fallidas cargadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::BatchRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>invsync::BatchesModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1
Started from this computer</source>
        <translation>%1
Iniciado desde este equipo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correctas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>invsync::BatchesPage</name>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Cualquier error</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos los almacenes</translation>
    </message>
    <message>
        <source>Could not refresh the batches: %1</source>
        <translation>No se pudieron actualizar los lotes: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading batches…</source>
        <translation>Cargando lotes…</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Actualizado hace %n s</numerusform>
            <numerusform>Actualizado hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Actualizado hace %n min</numerusform>
            <numerusform>Actualizado hace %n min</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Cancelar lote…</translation>
    </message>
    <message>
        <source>Copy batch id</source>
        <translation>Copiar id del lote</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>The batch had already finished (%1), so there is nothing to abort.</source>
        <translation>El lote ya había terminado (%1), así que no hay nada que cancelar.</translation>
    </message>
    <message>
        <source>Aborting the batch…</source>
        <translation>Cancelando el lote…</translation>
    </message>
    <message numerus="yes">
        <source>Batch aborted: %n row(s) had been applied and stay applied.</source>
        <translation>
            <numerusform>Lote cancelado: %n fila ya se había aplicado y sigue aplicada.</numerusform>
            <numerusform>Lote cancelado: %n filas ya se habían aplicado y siguen aplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh Batches</source>
        <translation>&amp;Actualizar lotes</translation>
    </message>
    <message>
        <source>Refresh the list of batches now</source>
        <translation>Actualiza ahora la lista de lotes</translation>
    </message>
    <message>
        <source>&amp;Abort Batch…</source>
        <translation>&amp;Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop the selected batch: rows not processed yet are not applied</source>
        <translation>Detiene el lote seleccionado: las filas aún no procesadas no se aplican</translation>
    </message>
</context>
<context>
    <name>invsync::Connection</name>
    <message>
        <source>The embedded sandbox is not running.</source>
        <translation>El entorno de pruebas integrado no está en marcha.</translation>
    </message>
    <message>
        <source>This connection has no address.</source>
        <translation>Esta conexión no tiene dirección.</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>no está en marcha</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>signed in with a token</source>
        <translation>sesión iniciada con un token</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>The status bar: connection name · user</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>invsync::ConnectionProfiles</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Dé un nombre a la conexión.</translation>
    </message>
    <message>
        <source>There is already a connection named &quot;%1&quot;.</source>
        <translation>Ya hay una conexión llamada «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one such as https://example.com or http://127.0.0.1:8080.</source>
        <translation>«%1» no es una dirección web; introduzca una como https://example.com o http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in after saving the connection.</source>
        <translation>Deje el nombre de usuario y la contraseña fuera de la dirección; inicie sesión después de guardar la conexión.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Esa conexión ya no existe.</translation>
    </message>
</context>
<context>
    <name>invsync::ConnectionsDialog</name>
    <message>
        <source>ShipHero</source>
        <translation>ShipHero</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Entorno de pruebas integrado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Active · %1</source>
        <translation>Activa · %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>no está en marcha</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Use and &amp;Sign In…</source>
        <translation>Usar e &amp;iniciar sesión…</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Quitar conexión</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its sign-in is forgotten too.</source>
        <translation>¿Quitar la conexión «%1»? También se olvidará su sesión.</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <source>Enter the connection&apos;s address, such as https://example.com.</source>
        <translation>Introduzca la dirección de la conexión, como https://example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one such as https://example.com or http://127.0.0.1:8080.</source>
        <translation>«%1» no es una dirección web; introduzca una como https://example.com o http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>invsync::FallbackSecretStore</name>
    <message>
        <source>No keychain service is running, so your sign-in is kept in memory only and is forgotten when InvSync quits.</source>
        <translation>No hay ningún servicio de llavero en ejecución, así que su sesión se guarda solo en memoria y se olvida cuando InvSync se cierra.</translation>
    </message>
</context>
<context>
    <name>invsync::GraphqlClient</name>
    <message>
        <source>InvSync has no request named %1. This is a bug in InvSync.</source>
        <translation>InvSync no tiene ninguna petición llamada %1. Es un error de InvSync.</translation>
    </message>
    <message>
        <source>No connection is set up. Choose one under Connection.</source>
        <translation>No hay ninguna conexión configurada. Elija una en Conexión.</translation>
    </message>
    <message>
        <source>Waiting %1 s for API credits.</source>
        <translation>Esperando %1 s a tener créditos de API.</translation>
    </message>
    <message>
        <source>Sign in to %1 first.</source>
        <translation>Inicie sesión en %1 primero.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your sign-in. Sign in again.</source>
        <translation>%1 ya no acepta su sesión. Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>No se pudo conectar con %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 respondió con el estado HTTP %2.</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP status %2.</source>
        <translation>%1 rechazó la petición con el estado HTTP %2.</translation>
    </message>
    <message>
        <source>%1 sent an answer InvSync cannot read.</source>
        <translation>%1 envió una respuesta que InvSync no puede leer.</translation>
    </message>
    <message>
        <source>The request needs %1 API credits, more than %2 can hold (%3). Ask for fewer rows at a time.</source>
        <translation>La petición necesita %1 créditos de API, más de los que %2 puede acumular (%3). Pida menos filas cada vez.</translation>
    </message>
    <message>
        <source>%1 stayed out of API credits after %2 s of waiting. Try again later.</source>
        <translation>%1 sigue sin créditos de API tras %2 s de espera. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>%1 is out of API credits for %2 s; retrying.</source>
        <translation>%1 no tiene créditos de API durante %2 s; se reintentará.</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent: %1 It is not known whether %2 received it.</source>
        <translation>La conexión falló después de enviar la petición: %1 No se sabe si %2 la recibió.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tried %n time(s); check your network connection and try again.</source>
        <translation>
            <numerusform>%1 Se intentó %n vez; compruebe su conexión de red e inténtelo de nuevo.</numerusform>
            <numerusform>%1 Se intentó %n veces; compruebe su conexión de red e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Se reintentará en %2 s.</translation>
    </message>
</context>
<context>
    <name>invsync::HostingService</name>
    <message>
        <source>The built-in host&apos;s address &quot;%1&quot; is not an IP address. Fix it in File Hosting Settings (for example 127.0.0.1, or 0.0.0.0 for every network).</source>
        <translation>La dirección del servidor integrado, «%1», no es una dirección IP. Corríjala en Configuración de alojamiento de archivos (por ejemplo, 127.0.0.1, o 0.0.0.0 para todas las redes).</translation>
    </message>
    <message>
        <source>The built-in host&apos;s port %1 is out of range (0–65535).</source>
        <translation>El puerto %1 del servidor integrado está fuera del intervalo permitido (0–65535).</translation>
    </message>
    <message>
        <source>The built-in host could not listen on %1 port %2: the port may be in use, or the address may not belong to this computer. Choose another in File Hosting Settings.</source>
        <translation>El servidor integrado no pudo escuchar en %1, puerto %2: puede que el puerto esté en uso o que la dirección no pertenezca a este equipo. Elija otro en Configuración de alojamiento de archivos.</translation>
    </message>
</context>
<context>
    <name>invsync::HostingSettingsDialog</name>
    <message>
        <source>It is running on %1 port %2 now: a new address or port applies the next time InvSync starts; a new public base URL applies to files made reachable from now on.</source>
        <translation>Ahora está en marcha en %1, puerto %2: una dirección o un puerto nuevos se aplicarán la próxima vez que se inicie InvSync; una URL base pública nueva se aplicará a los archivos que se hagan accesibles a partir de ahora.</translation>
    </message>
    <message>
        <source>The secret key is kept in the system keychain, never in the settings file.</source>
        <translation>La clave secreta se guarda en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Guardada — escriba una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address; 127.0.0.1 only works with the sandbox.</source>
        <translation>ShipHero debe poder llegar a esta dirección; 127.0.0.1 solo funciona con el entorno de pruebas.</translation>
    </message>
    <message>
        <source>Without a public base URL, links name %1 itself: set the address ShipHero reaches this computer at (a port forward or a reverse proxy you run).</source>
        <translation>Sin una URL base pública, los enlaces apuntan directamente a %1: indique la dirección por la que ShipHero llega a este equipo (una redirección de puertos o un proxy inverso que usted gestione).</translation>
    </message>
    <message>
        <source>The bind address &quot;%1&quot; is not an IP address (for example 127.0.0.1, or 0.0.0.0 for every network).</source>
        <translation>La dirección de escucha «%1» no es una dirección IP (por ejemplo, 127.0.0.1, o 0.0.0.0 para todas las redes).</translation>
    </message>
    <message>
        <source>The public base URL must be an http or https address, such as https://files.example.com/invsync.</source>
        <translation>La URL base pública debe ser una dirección http o https, como https://files.example.com/invsync.</translation>
    </message>
    <message>
        <source>The S3 endpoint must be an http or https address, such as https://s3.eu-west-1.amazonaws.com.</source>
        <translation>El punto de acceso S3 debe ser una dirección http o https, como https://s3.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>Virtual-host addressing puts the bucket in the endpoint&apos;s host name, which %1 cannot have: choose path style addressing.</source>
        <translation>El direccionamiento por host virtual pone el bucket en el nombre de host del punto de acceso, y con %1 eso no es posible: elija direccionamiento por ruta.</translation>
    </message>
    <message>
        <source>The S3 secret key could not be stored: %1</source>
        <translation>No se pudo guardar la clave secreta de S3: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>It works: a test object was uploaded to &quot;%1&quot;.</source>
        <translation>Funciona: se subió un objeto de prueba a «%1».</translation>
    </message>
</context>
<context>
    <name>invsync::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>El llavero no pudo borrar la entrada: %1</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>El llavero no está disponible: %1</translation>
    </message>
</context>
<context>
    <name>invsync::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>Panel de &amp;problemas</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>Open Inventory File</source>
        <translation>Abrir archivo de inventario</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos primero?</translation>
    </message>
    <message>
        <source>Save Inventory File As</source>
        <translation>Guardar archivo de inventario como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.
Choose another folder, or free some space, and save again.</source>
        <translation>No se pudo escribir %1: %2.
Elija otra carpeta o libere espacio, y vuelva a guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Se guardó %Ln fila en %1.</numerusform>
            <numerusform>Se guardaron %Ln filas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>InvSync</source>
        <translation>InvSync</translation>
    </message>
    <message>
        <source>%1[*] — InvSync</source>
        <translation>%1[*] — InvSync</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln aviso</numerusform>
            <numerusform>%Ln avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop a .csv file to open it.</source>
        <translation>Suelte un archivo .csv para abrirlo.</translation>
    </message>
    <message>
        <source>Only .csv files can be opened.</source>
        <translation>Solo se pueden abrir archivos .csv.</translation>
    </message>
    <message>
        <source>%1 is not a .csv file: only .csv files can be opened.</source>
        <translation>%1 no es un archivo .csv: solo se pueden abrir archivos .csv.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not listen on 127.0.0.1.</source>
        <translation>El entorno de pruebas integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: sin conexión</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>API credits left: every request costs some, and they refill over time. InvSync paces its requests by them.</source>
        <translation>Créditos de API restantes: cada petición gasta algunos y se recargan con el tiempo. InvSync dosifica sus peticiones según ellos.</translation>
    </message>
    <message>
        <source>Credits: %1 of %2</source>
        <translation>Créditos: %1 de %2</translation>
    </message>
    <message>
        <source>%1
Click to sign in as someone else.</source>
        <translation>%1
Haga clic para iniciar sesión con otro usuario.</translation>
    </message>
    <message>
        <source>%1
Click to sign in.</source>
        <translation>%1
Haga clic para iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Sesión iniciada: %1.</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>Download an inventory CSV from a link and check it</source>
        <translation>Descarga un CSV de inventario desde un enlace y lo comprueba</translation>
    </message>
    <message>
        <source>File &amp;Hosting Settings…</source>
        <translation>Configuración de a&amp;lojamiento de archivos…</translation>
    </message>
    <message>
        <source>How InvSync makes a file reachable: this computer&apos;s address, S3 storage</source>
        <translation>Cómo hace InvSync accesible un archivo: la dirección de este equipo, almacenamiento S3</translation>
    </message>
    <message>
        <source>failed rows of %1.csv</source>
        <translation>filas fallidas de %1.csv</translation>
    </message>
    <message>
        <source>Inventory sync succeeded</source>
        <translation>La sincronización de inventario terminó bien</translation>
    </message>
    <message>
        <source>Inventory sync partly failed</source>
        <translation>La sincronización de inventario falló en parte</translation>
    </message>
    <message>
        <source>Inventory sync aborted</source>
        <translation>Sincronización de inventario cancelada</translation>
    </message>
    <message>
        <source>Inventory sync failed</source>
        <translation>La sincronización de inventario falló</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows succeeded, %4 failed.</source>
        <translation>%1: %2 de %3 filas correctas, %4 fallidas.</translation>
    </message>
    <message>
        <source>%1 not run.</source>
        <translation>%1 sin ejecutar.</translation>
    </message>
    <message>
        <source>That batch is not on the Batches page yet.</source>
        <translation>Ese lote todavía no está en la página Lotes.</translation>
    </message>
    <message>
        <source>failed rows of %1</source>
        <translation>filas fallidas de %1</translation>
    </message>
    <message>
        <source>This batch is not in this computer&apos;s history: the failed rows are rebuilt from what the service reports, without any other columns of the file sent.</source>
        <translation>Este lote no está en el historial de este equipo: las filas fallidas se reconstruyen a partir de lo que indica el servicio, sin las demás columnas del archivo enviado.</translation>
    </message>
    <message>
        <source>The file sent for this batch could not be read back from the history: the failed rows are rebuilt from what the service reports.</source>
        <translation>No se pudo leer del historial el archivo enviado para este lote: las filas fallidas se reconstruyen a partir de lo que indica el servicio.</translation>
    </message>
    <message>
        <source>The failed rows were not found in the file sent for this batch: they are rebuilt from what the service reports.</source>
        <translation>Las filas fallidas no se encontraron en el archivo enviado para este lote: se reconstruyen a partir de lo que indica el servicio.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed row(s) could not be found in the file sent for this batch.</source>
        <translation>
            <numerusform>No se encontró %Ln fila fallida en el archivo enviado para este lote.</numerusform>
            <numerusform>No se encontraron %Ln filas fallidas en el archivo enviado para este lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>&amp;Upload Page</source>
        <translation>Página &amp;Carga</translation>
    </message>
    <message>
        <source>&amp;Batches Page</source>
        <translation>Página &amp;Lotes</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Start an inventory sync with this file</source>
        <translation>Inicia una sincronización de inventario con este archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>Connections, file hosting, refresh pace, warnings, language and theme</source>
        <translation>Conexiones, alojamiento de archivos, frecuencia de actualización, avisos, idioma y tema</translation>
    </message>
</context>
<context>
    <name>invsync::MemorySecretStore</name>
    <message>
        <source>No keychain service is running.</source>
        <translation>No hay ningún servicio de llavero en ejecución.</translation>
    </message>
</context>
<context>
    <name>invsync::OpenUrlDialog</name>
    <message>
        <source>&amp;Download and Check</source>
        <translation>&amp;Descargar y comprobar</translation>
    </message>
    <message>
        <source>Link sent to ShipHero: %1</source>
        <translation>Enlace que se envía a ShipHero: %1</translation>
    </message>
</context>
<context>
    <name>invsync::PreviewModel</name>
    <message>
        <source>ShipHero does not use this column: it is shown but not saved.</source>
        <translation>ShipHero no usa esta columna: se muestra, pero no se guarda.</translation>
    </message>
    <message>
        <source>Some rows have more fields than the header: they are shown here but not saved.</source>
        <translation>Algunas filas tienen más campos que la cabecera: se muestran aquí, pero no se guardan.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>What the row changes: its quantity minus the on-hand in %1 now. Not sent to ShipHero.</source>
        <translation>Lo que cambia la fila: su cantidad menos lo disponible ahora en %1. No se envía a ShipHero.</translation>
    </message>
    <message>
        <source>The SKU&apos;s on-hand in %1 when it was checked. Not sent to ShipHero.</source>
        <translation>Las existencias disponibles del SKU en %1 cuando se comprobó. No se envía a ShipHero.</translation>
    </message>
</context>
<context>
    <name>invsync::ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>invsync::ReachPanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Copied the URL to the clipboard.</source>
        <translation>Se copió la URL al portapapeles.</translation>
    </message>
    <message>
        <source>Serving %1 from this computer.</source>
        <translation>Sirviendo %1 desde este equipo.</translation>
    </message>
    <message>
        <source>%1 Fix it in Hosting Settings.</source>
        <translation>%1 Corríjalo en Configuración de alojamiento.</translation>
    </message>
    <message>
        <source>No secret store is available for the S3 secret key.</source>
        <translation>No hay ningún llavero disponible para guardar la clave secreta de S3.</translation>
    </message>
    <message>
        <source>Reading the S3 secret key…</source>
        <translation>Leyendo la clave secreta de S3…</translation>
    </message>
    <message>
        <source>No S3 secret key is stored. Enter it in Hosting Settings, then make the file reachable again.</source>
        <translation>No hay ninguna clave secreta de S3 guardada. Introdúzcala en Configuración de alojamiento y vuelva a hacer accesible el archivo.</translation>
    </message>
    <message>
        <source>The S3 secret key could not be read: %1</source>
        <translation>No se pudo leer la clave secreta de S3: %1</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Subiendo a %1…</translation>
    </message>
    <message>
        <source>Sent; waiting for %1 to confirm…</source>
        <translation>Enviado; esperando la confirmación de %1…</translation>
    </message>
    <message>
        <source>Uploaded %1 to S3 storage.</source>
        <translation>Se subió %1 al almacenamiento S3.</translation>
    </message>
    <message>
        <source>Stopped the upload.</source>
        <translation>Se detuvo la subida.</translation>
    </message>
    <message>
        <source>This computer no longer serves the file.</source>
        <translation>Este equipo ya no sirve el archivo.</translation>
    </message>
    <message>
        <source>ShipHero downloaded the file at %1 (%2).</source>
        <translation>ShipHero descargó el archivo a las %1 (%2).</translation>
    </message>
    <message>
        <source>From %1 at %2</source>
        <translation>Desde %1 el %2</translation>
    </message>
    <message>
        <source>The serving time ended: this computer no longer serves the file. Make it reachable again if ShipHero still needs it.</source>
        <translation>Se acabó el tiempo de servicio: este equipo ya no sirve el archivo. Vuelva a hacerlo accesible si ShipHero aún lo necesita.</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Abra primero un archivo.</translation>
    </message>
    <message>
        <source>This document was not opened from a link. Use File ▸ Open URL… to check a file at a link, or choose another way.</source>
        <translation>Este documento no se abrió desde un enlace. Use Archivo ▸ Abrir URL… para comprobar un archivo de un enlace, o elija otra forma.</translation>
    </message>
    <message>
        <source>The document was edited after it was downloaded: the link still serves the original. Undo the edits, or choose another way to send the edited file.</source>
        <translation>El documento se editó después de descargarlo: el enlace sigue sirviendo el original. Deshaga los cambios o elija otra forma de enviar el archivo editado.</translation>
    </message>
    <message>
        <source>ShipHero downloads the file from its link, exactly as checked here.</source>
        <translation>ShipHero descarga el archivo desde su enlace, exactamente como se ha comprobado aquí.</translation>
    </message>
    <message>
        <source>The checked file is served from this computer until its batch has finished or the serving time ends.</source>
        <translation>El archivo comprobado se sirve desde este equipo hasta que termina su lote o se acaba el tiempo de servicio.</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address; 127.0.0.1 only works with the sandbox.</source>
        <translation>ShipHero debe poder llegar a esta dirección; 127.0.0.1 solo funciona con el entorno de pruebas.</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address.</source>
        <translation>ShipHero debe poder llegar a esta dirección.</translation>
    </message>
    <message>
        <source>Set up S3 storage in Hosting Settings first: endpoint, bucket and keys.</source>
        <translation>Configure primero el almacenamiento S3 en Configuración de alojamiento: punto de acceso, bucket y claves.</translation>
    </message>
    <message>
        <source>The checked file is uploaded to the bucket &quot;%1&quot;; ShipHero gets a link that works for a limited time.</source>
        <translation>El archivo comprobado se sube al bucket «%1»; ShipHero recibe un enlace que funciona durante un tiempo limitado.</translation>
    </message>
    <message>
        <source>The document changed after it was made reachable: the URL still serves the earlier version. Make it reachable again to send this one.</source>
        <translation>El documento cambió después de hacerlo accesible: la URL sigue sirviendo la versión anterior. Vuelva a hacerlo accesible para enviar esta.</translation>
    </message>
    <message>
        <source>Make Reachable Again</source>
        <translation>Volver a hacer accesible</translation>
    </message>
    <message>
        <source>Make Reachable</source>
        <translation>Hacer accesible</translation>
    </message>
    <message>
        <source>%1 uploaded. The link works until %2.</source>
        <translation>Se subieron %1. El enlace funciona hasta el %2.</translation>
    </message>
    <message>
        <source>%1 served until %2, or until its batch has finished.</source>
        <translation>Se sirven %1 hasta el %2, o hasta que termine su lote.</translation>
    </message>
    <message>
        <source>%1 served until its batch has finished.</source>
        <translation>Se sirven %1 hasta que termine su lote.</translation>
    </message>
</context>
<context>
    <name>invsync::Reconciler</name>
    <message numerus="yes">
        <source>%n interrupted submission(s) had started and are now tracked.</source>
        <translation>
            <numerusform>%n envío interrumpido había empezado y ahora se sigue.</numerusform>
            <numerusform>%n envíos interrumpidos habían empezado y ahora se siguen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) had not started; the file(s) can be sent again.</source>
        <translation>
            <numerusform>%n envío interrumpido no había empezado; el archivo se puede volver a enviar.</numerusform>
            <numerusform>%n envíos interrumpidos no habían empezado; los archivos se pueden volver a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) could not be checked yet; InvSync will ask again at the next start.</source>
        <translation>
            <numerusform>%n envío interrumpido no se pudo comprobar todavía; InvSync volverá a preguntar en el próximo inicio.</numerusform>
            <numerusform>%n envíos interrumpidos no se pudieron comprobar todavía; InvSync volverá a preguntar en el próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>The submission was interrupted before it was sent.</source>
        <translation>El envío se interrumpió antes de llegar a enviarse.</translation>
    </message>
    <message>
        <source>The submission was interrupted and the service has no batch for it: it did not start.</source>
        <translation>El envío se interrumpió y el servicio no tiene ningún lote para él: no llegó a empezar.</translation>
    </message>
</context>
<context>
    <name>invsync::S3Uploader</name>
    <message>
        <source>The endpoint must be an http:// or https:// address, such as https://s3.us-east-1.amazonaws.com.</source>
        <translation>El punto de acceso debe ser una dirección http:// o https://, como https://s3.us-east-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>No bucket is set.</source>
        <translation>No se ha indicado ningún bucket.</translation>
    </message>
    <message>
        <source>A bucket name with dots does not work with virtual-host addressing over HTTPS; choose path-style addressing.</source>
        <translation>Un nombre de bucket con puntos no funciona con direccionamiento por host virtual sobre HTTPS; elija direccionamiento por ruta.</translation>
    </message>
    <message>
        <source>No region is set (use &quot;auto&quot; for Cloudflare R2, &quot;us-east-1&quot; for MinIO).</source>
        <translation>No se ha indicado la región (use «auto» para Cloudflare R2, «us-east-1» para MinIO).</translation>
    </message>
    <message>
        <source>The access key ID or the secret key is missing.</source>
        <translation>Falta el ID de la clave de acceso o la clave secreta.</translation>
    </message>
    <message>
        <source>The link lifetime must be between one second and seven days.</source>
        <translation>La validez del enlace debe estar entre un segundo y siete días.</translation>
    </message>
    <message>
        <source>The storage service refused the access key ID or the secret key (%1). Check both in the file hosting settings.</source>
        <translation>El servicio de almacenamiento rechazó el ID de la clave de acceso o la clave secreta (%1). Compruebe ambos en la configuración de alojamiento de archivos.</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist at this endpoint. Check the bucket name, the endpoint and the region.</source>
        <translation>El bucket «%1» no existe en este punto de acceso. Compruebe el nombre del bucket, el punto de acceso y la región.</translation>
    </message>
    <message>
        <source>The storage service refused the upload because this computer&apos;s clock is more than 15 minutes off. Check the computer&apos;s date, time and time zone, then try again.</source>
        <translation>El servicio de almacenamiento rechazó la subida porque el reloj de este equipo tiene un desfase de más de 15 minutos. Compruebe la fecha, la hora y la zona horaria del equipo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Access denied: these credentials may not write to the bucket &quot;%1&quot;. Check the key&apos;s permissions (it needs to put objects).</source>
        <translation>Acceso denegado: estas credenciales no pueden escribir en el bucket «%1». Compruebe los permisos de la clave (necesita poder guardar objetos).</translation>
    </message>
    <message>
        <source>The storage service says the region or the endpoint does not match the bucket (%1). Check the region and the endpoint.</source>
        <translation>El servicio de almacenamiento indica que la región o el punto de acceso no corresponden al bucket (%1). Compruebe la región y el punto de acceso.</translation>
    </message>
    <message>
        <source>The storage service refused the upload (HTTP %1).</source>
        <translation>El servicio de almacenamiento rechazó la subida (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage service refused the upload (HTTP %1, %2: %3).</source>
        <translation>El servicio de almacenamiento rechazó la subida (HTTP %1, %2: %3).</translation>
    </message>
    <message>
        <source>No object name was given.</source>
        <translation>No se indicó el nombre del objeto.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>Se detuvo la subida.</translation>
    </message>
    <message>
        <source>Could not reach the storage service at %1: %2</source>
        <translation>No se pudo conectar con el servicio de almacenamiento en %1: %2</translation>
    </message>
</context>
<context>
    <name>invsync::SettingsDialog</name>
    <message>
        <source>System default (%1)</source>
        <extracomment>The Language choice that follows the system; %1 is its language&apos;s own name</extracomment>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>No connection is set up yet.</source>
        <translation>Todavía no hay ninguna conexión configurada.</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>A connection in the list of connections: %1 is its name</extracomment>
        <translation>%1 (activa)</translation>
    </message>
</context>
<context>
    <name>invsync::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>invsync::ShipHeroApi</name>
    <message>
        <source>%1 sent an answer without the data InvSync asked for.</source>
        <translation>%1 envió una respuesta sin los datos que pidió InvSync.</translation>
    </message>
    <message>
        <source>A sync needs the file&apos;s URL and a warehouse.</source>
        <translation>Una sincronización necesita la URL del archivo y un almacén.</translation>
    </message>
    <message>
        <source>The answer to the sync request was lost; looking for its batch on %1.</source>
        <translation>Se perdió la respuesta a la petición de sincronización; buscando su lote en %1.</translation>
    </message>
    <message>
        <source>%1 Looking for its batch failed too (%2). Check the Batches page before sending the file again.</source>
        <translation>%1 La búsqueda de su lote también falló (%2). Revise la página Lotes antes de volver a enviar el archivo.</translation>
    </message>
    <message>
        <source>%1 The sync did not start: %2 has no new batch for this file. You can send it again.</source>
        <translation>%1 La sincronización no empezó: %2 no tiene ningún lote nuevo de este archivo. Puede enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>Choose the batch to abort.</source>
        <translation>Elija el lote que quiere cancelar.</translation>
    </message>
    <message>
        <source>The batch had already finished (%1), so nothing was aborted.</source>
        <translation>El lote ya había terminado (%1), así que no se canceló nada.</translation>
    </message>
    <message>
        <source>%1 The batch is still %2; try Abort again.</source>
        <translation>%1 El lote sigue en estado %2; pulse Cancelar lote de nuevo.</translation>
    </message>
    <message>
        <source>Choose the batch whose rows to show.</source>
        <translation>Elija el lote cuyas filas quiere ver.</translation>
    </message>
</context>
<context>
    <name>invsync::ShortcutHints</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip text, then the shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>invsync::SignInDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>This is the sandbox built into InvSync: demo data, and nothing you do here reaches ShipHero. Sign in as &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;%2&lt;/b&gt;, or as &lt;b&gt;%3&lt;/b&gt; to try a user who may only read.</source>
        <translation>Este es el entorno de pruebas integrado en InvSync: datos de demostración, y nada de lo que haga aquí llega a ShipHero. Inicie sesión como &lt;b&gt;%1&lt;/b&gt; con la contraseña &lt;b&gt;%2&lt;/b&gt;, o como &lt;b&gt;%3&lt;/b&gt; para probar un usuario que solo puede leer.</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Inicie sesión en %1</translation>
    </message>
</context>
<context>
    <name>invsync::StatusBadgeDelegate</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Some rows failed</source>
        <translation>Algunas filas fallaron</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>invsync::StatusBarNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>invsync::StockCheck</name>
    <message>
        <source>Choose the warehouse to check the file against.</source>
        <translation>Elija el almacén con el que comprobar el archivo.</translation>
    </message>
    <message>
        <source>The check against %1 stopped: %2</source>
        <translation>La comprobación con %1 se detuvo: %2</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>el almacén</translation>
    </message>
</context>
<context>
    <name>invsync::Submission</name>
    <message>
        <source>making the file reachable</source>
        <translation>haciendo accesible el archivo</translation>
    </message>
    <message>
        <source>starting the batch</source>
        <translation>iniciando el lote</translation>
    </message>
    <message>
        <source>asking for its first status</source>
        <translation>pidiendo su primer estado</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>No hay nada que enviar.</translation>
    </message>
    <message>
        <source>The upload history is not available, so nothing was sent.</source>
        <translation>El historial de cargas no está disponible, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The upload could not be recorded in the history (%1), so nothing was sent.</source>
        <translation>No se pudo registrar la carga en el historial (%1), así que no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln of %1 batch(es) were started.</source>
        <translation>
            <numerusform>Cancelado: se inició %Ln de %1 lotes.</numerusform>
            <numerusform>Cancelado: se iniciaron %Ln de %1 lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be made reachable.</source>
        <translation>No se pudo hacer accesible el archivo.</translation>
    </message>
    <message>
        <source>Batch %1 could not be recorded in the history (%2), so it was not sent.</source>
        <translation>No se pudo registrar el lote %1 en el historial (%2), así que no se envió.</translation>
    </message>
    <message>
        <source>Batch %1 of %2 was not started: %3</source>
        <translation>No se inició el lote %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>invsync::SubmitPanel</name>
    <message>
        <source>Sign in to choose a warehouse</source>
        <translation>Inicie sesión para elegir un almacén</translation>
    </message>
    <message>
        <source>Customer account:</source>
        <translation>Cuenta de cliente:</translation>
    </message>
    <message>
        <source>your own stock</source>
        <translation>sus propias existencias</translation>
    </message>
    <message>
        <source>As a 3PL, the id of the customer account whose stock this is; empty for your own.</source>
        <translation>Como 3PL, el id de la cuenta de cliente a la que pertenecen estas existencias; vacío para las suyas propias.</translation>
    </message>
    <message>
        <source>Load the account&apos;s warehouses again</source>
        <translation>Vuelve a cargar los almacenes de la cuenta</translation>
    </message>
    <message>
        <source>Check against Warehouse</source>
        <translation>Comprobar con el almacén</translation>
    </message>
    <message>
        <source>Look up every SKU of the file in the warehouse, before anything is changed</source>
        <translation>Busca cada SKU del archivo en el almacén, antes de cambiar nada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Submit…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>&lt;b&gt;2 Check&lt;/b&gt;</source>
        <translation>&lt;b&gt;2 Comprobar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;4 Submit&lt;/b&gt;</source>
        <translation>&lt;b&gt;4 Enviar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>Warehouses could not be loaded</source>
        <translation>No se pudieron cargar los almacenes</translation>
    </message>
    <message>
        <source>The account&apos;s warehouses could not be loaded: %1</source>
        <translation>No se pudieron cargar los almacenes de la cuenta: %1</translation>
    </message>
    <message>
        <source>dynamic slotting</source>
        <translation>ubicación dinámica</translation>
    </message>
    <message>
        <source>static slotting</source>
        <translation>ubicación estática</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %Ln SKU(s) in %1…</source>
        <translation>
            <numerusform>Buscando %Ln SKU en %1…</numerusform>
            <numerusform>Buscando %Ln SKU en %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln SKU(s) against %1.</source>
        <translation>
            <numerusform>Se comprobó %Ln SKU con %1.</numerusform>
            <numerusform>Se comprobaron %Ln SKU con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 units up in %Ln row(s)</source>
        <translation>
            <numerusform>%1 unidades más en %Ln fila</numerusform>
            <numerusform>%1 unidades más en %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units down in %Ln row(s)</source>
        <translation>
            <numerusform>%1 unidades menos en %Ln fila</numerusform>
            <numerusform>%1 unidades menos en %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with SKUs not in the warehouse</source>
        <translation>
            <numerusform>%Ln fila con un SKU que no está en el almacén</numerusform>
            <numerusform>%Ln filas con SKU que no están en el almacén</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %Ln row(s) with errors</source>
        <translation>
            <numerusform>Omitir %Ln fila con errores</numerusform>
            <numerusform>Omitir las %Ln filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows with errors, or leave them out.</source>
        <translation>Corrija las filas con errores u omítalas.</translation>
    </message>
    <message>
        <source>This version of the file was sent to this warehouse. Edit it, or choose another warehouse, to send again.</source>
        <translation>Esta versión del archivo ya se envió a este almacén. Edítela o elija otro almacén para volver a enviarla.</translation>
    </message>
    <message>
        <source>Start an inventory sync with this file</source>
        <translation>Inicia una sincronización de inventario con este archivo</translation>
    </message>
    <message>
        <source>%1 uses dynamic slotting and the file has no location column: its rows will land in an unassigned bin.</source>
        <translation>%1 usa ubicación dinámica y el archivo no tiene columna location: sus filas irán a una ubicación sin asignar.</translation>
    </message>
    <message>
        <source>%1 uses static slotting: the location column is not used there.</source>
        <translation>%1 usa ubicación estática: allí no se usa la columna location.</translation>
    </message>
    <message>
        <source>No file host is available.</source>
        <translation>No hay ningún alojamiento de archivos disponible.</translation>
    </message>
    <message>
        <source>The file could not be served.</source>
        <translation>No se pudo servir el archivo.</translation>
    </message>
    <message>
        <source>No secret store is available for the S3 secret key.</source>
        <translation>No hay ningún llavero disponible para guardar la clave secreta de S3.</translation>
    </message>
    <message>
        <source>No S3 secret key is stored. Enter it in File Hosting Settings, then submit again.</source>
        <translation>No hay ninguna clave secreta de S3 guardada. Introdúzcala en Configuración de alojamiento de archivos y vuelva a enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>¿Enviar %Ln fila a %1?</numerusform>
            <numerusform>¿Enviar %Ln filas a %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>For customer account %1.</source>
        <translation>Para la cuenta de cliente %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors are left out.</source>
        <translation>
            <numerusform>Se omite %Ln fila con errores.</numerusform>
            <numerusform>Se omiten %Ln filas con errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file goes out as %Ln batch(es) of at most %1 rows, one after another.</source>
        <translation>
            <numerusform>El archivo se envía en %Ln lote de %1 filas como máximo.</numerusform>
            <numerusform>El archivo se envía en %Ln lotes de %1 filas como máximo, uno tras otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total change: %1 units (%2 up, %3 down).</source>
        <translation>Cambio total: %1 unidades (%2 más, %3 menos).</translation>
    </message>
    <message>
        <source>The file was not checked against the warehouse.</source>
        <translation>El archivo no se comprobó con el almacén.</translation>
    </message>
    <message>
        <source>ShipHero downloads it from %1.</source>
        <translation>ShipHero lo descarga desde %1.</translation>
    </message>
    <message>
        <source>Each batch&apos;s file is uploaded to S3 storage (%1); ShipHero downloads it from there.</source>
        <translation>El archivo de cada lote se sube al almacenamiento S3 (%1); ShipHero lo descarga desde allí.</translation>
    </message>
    <message>
        <source>ShipHero downloads it from this computer (the built-in host), so keep InvSync running until the batch has started.</source>
        <translation>ShipHero lo descarga desde este equipo (el servidor integrado), así que mantenga InvSync abierto hasta que haya empezado el lote.</translation>
    </message>
    <message>
        <source>Submit Inventory</source>
        <translation>Enviar inventario</translation>
    </message>
    <message>
        <source>Batch %1 of %2: %3…</source>
        <translation>Lote %1 de %2: %3…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>The batch under way was already sent: the upload stops after it.</source>
        <translation>El lote en curso ya se envió: la carga se detiene después de él.</translation>
    </message>
    <message>
        <source>Started batch %1 (%2).</source>
        <translation>Se inició el lote %1 (%2).</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>estado desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln batch(es): %1.</source>
        <translation>
            <numerusform>Se inició %Ln lote: %1.</numerusform>
            <numerusform>Se iniciaron %Ln lotes: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>The warehouse of the account the file is checked against and sent to</source>
        <translation>El almacén de la cuenta con el que se comprueba el archivo y al que se envía</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Cuenta de cliente</translation>
    </message>
    <message>
        <source>Reload warehouses</source>
        <translation>Volver a cargar los almacenes</translation>
    </message>
    <message>
        <source>Check against warehouse</source>
        <translation>Comprobar con el almacén</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the file to the chosen warehouse as an inventory sync, after a confirmation</source>
        <translation>Envía el archivo al almacén elegido como una sincronización de inventario, tras una confirmación</translation>
    </message>
    <message>
        <source>Cancel submission</source>
        <translation>Cancelar el envío</translation>
    </message>
</context>
<context>
    <name>invsync::UploadPage</name>
    <message>
        <source>Inventory with problems (20 rows)</source>
        <translation>Inventario con problemas (20 filas)</translation>
    </message>
    <message>
        <source>Clean inventory (20 rows)</source>
        <translation>Inventario sin problemas (20 filas)</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Eliminar filas</translation>
    </message>
    <message>
        <source>Delete the selected rows from the document</source>
        <translation>Elimina del documento las filas seleccionadas</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 — reading, checking every row, finding duplicates.</source>
        <translation>%1 — leyendo, comprobando cada fila, buscando duplicados.</translation>
    </message>
    <message>
        <source>Stopped reading %1.</source>
        <translation>Se detuvo la lectura de %1.</translation>
    </message>
    <message>
        <source>Read %1 in %2 s.</source>
        <translation>Se leyó %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 con BOM</translation>
    </message>
    <message>
        <source>The file was not valid UTF-8 and was read as Windows-1252.</source>
        <translation>El archivo no era UTF-8 válido y se leyó como Windows-1252.</translation>
    </message>
    <message>
        <source>Fix the errors before submitting: ShipHero would refuse the file.</source>
        <translation>Corrija los errores antes de enviarlo: ShipHero rechazaría el archivo.</translation>
    </message>
    <message>
        <source>No errors. Look at the warnings before submitting.</source>
        <translation>No hay errores. Revise los avisos antes de enviarlo.</translation>
    </message>
    <message>
        <source>No problems found: the file is ready.</source>
        <translation>No se encontraron problemas: el archivo está listo.</translation>
    </message>
    <message>
        <source>Went round to the last problem.</source>
        <translation>Se llegó al principio; se continúa desde el último problema.</translation>
    </message>
    <message>
        <source>Went round to the first problem.</source>
        <translation>Se llegó al final; se continúa desde el primer problema.</translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Ninguna fila tiene problemas.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo brings back what was deleted.</source>
        <translation>
            <numerusform>Se eliminó %Ln fila. Deshacer recupera lo eliminado.</numerusform>
            <numerusform>Se eliminaron %Ln filas. Deshacer recupera lo eliminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>encoding: detect it</comment>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>delimiter: detect it</comment>
        <translation>Automático</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln fila</numerusform>
            <numerusform>Mostrando %1 de %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %Ln fila</numerusform>
            <numerusform>Mostrando las %Ln filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::UrlSource</name>
    <message>
        <source>&quot;%1&quot; is not a web address ShipHero can download from; it must start with https:// or http://.</source>
        <translation>«%1» no es una dirección web desde la que ShipHero pueda descargar; debe empezar por https:// o http://.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. ShipHero needs an address it can download without credentials.</source>
        <translation>La dirección contiene un nombre de usuario o una contraseña. ShipHero necesita una dirección que pueda descargar sin credenciales.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most InvSync downloads. Split it into smaller files.</source>
        <translation>El archivo supera los %1 MB, el máximo que descarga InvSync. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in (HTTP %2). ShipHero downloads without credentials: share the file publicly (&quot;anyone with the link&quot;) or choose another way to make it reachable.</source>
        <translation>%1 pide iniciar sesión (HTTP %2). ShipHero descarga sin credenciales: comparta el archivo públicamente («cualquier persona con el enlace») o elija otra forma de hacerlo accesible.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 redirigió demasiadas veces.</translation>
    </message>
    <message>
        <source>%1 redirected from https to an unencrypted http address; InvSync does not follow that.</source>
        <translation>%1 redirigió de https a una dirección http sin cifrar; InvSync no sigue esa redirección.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 respondió HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>Se detuvo la descarga.</translation>
    </message>
    <message>
        <source>Could not download from %1: %2</source>
        <translation>No se pudo descargar desde %1: %2</translation>
    </message>
    <message>
        <source>%1 sent a web page, not a CSV file. It is usually a sign-in page: the file is not shared publicly, or the link opens a viewer. Share it with &quot;anyone with the link&quot; or use a direct download link.</source>
        <translation>%1 envió una página web, no un archivo CSV. Suele ser una página de inicio de sesión: el archivo no está compartido públicamente o el enlace abre un visor. Compártalo con «cualquier persona con el enlace» o use un enlace de descarga directa.</translation>
    </message>
</context>
</TS>
