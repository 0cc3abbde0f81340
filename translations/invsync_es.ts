<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>BatchesPage</name>
    <message>
        <source>No batches yet</source>
        <translation>Todavía no hay lotes</translation>
    </message>
    <message>
        <source>Batches will appear here after you submit a file: each sync with its progress, row by row, and a button to abort it.</source>
        <translation>Los lotes aparecerán aquí cuando envíe un archivo: cada sincronización con su progreso, fila por fila, y un botón para cancelarla.</translation>
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
        <source>done, but problems were found (e.g. validation errors)</source>
        <translation>hecho, pero se encontraron problemas (p. ej., errores de validación)</translation>
    </message>
    <message>
        <source>wrong usage, or the input could not be read</source>
        <translation>uso incorrecto, o no se pudo leer la entrada</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>falló la autenticación</translation>
    </message>
    <message>
        <source>network or service unavailable</source>
        <translation>red o servicio no disponible</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
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
        <source>Go to the next row with a problem (F8)</source>
        <translation>Va a la siguiente fila con un problema (F8)</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Problema siguiente</translation>
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
        <source>About InvSync</source>
        <translation>Acerca de InvSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvSync %1&lt;/h3&gt;&lt;p&gt;Check, fix and sync inventory CSV files with ShipHero.&lt;/p&gt;&lt;p&gt;Open a file, fix what is wrong with it, then submit it as an inventory sync and follow its batches.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvSync %1&lt;/h3&gt;&lt;p&gt;Comprueba, corrige y sincroniza archivos CSV de inventario con ShipHero.&lt;/p&gt;&lt;p&gt;Abra un archivo, corrija lo que esté mal, envíelo como sincronización de inventario y siga sus lotes.&lt;/p&gt;</translation>
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
</context>
<context>
    <name>invsync::MemorySecretStore</name>
    <message>
        <source>No keychain service is running.</source>
        <translation>No hay ningún servicio de llavero en ejecución.</translation>
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
