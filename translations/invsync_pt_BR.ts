<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AbortCommand</name>
    <message>
        <source>Stop a running batch</source>
        <translation>Cancela um lote em andamento</translation>
    </message>
    <message>
        <source>abort SYNC_ID --reason TEXT [--yes] [--json]</source>
        <translation>abort SYNC_ID --reason TEXTO [--yes] [--json]</translation>
    </message>
    <message>
        <source>Aborts batch SYNC_ID while it is pending or processing. Rows already
applied stay applied; the rest are not run. Asks first on a terminal;
when stdin is not a terminal, --yes is required.</source>
        <translation>Cancela o lote SYNC_ID enquanto ele está pendente ou em processamento. As linhas
já aplicadas continuam aplicadas; as demais não são executadas. Pergunta antes
em um terminal; quando stdin não é um terminal, --yes é obrigatório.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Why the batch is aborted (required; kept with the batch)</source>
        <translation>Motivo do cancelamento (obrigatório; fica guardado com o lote)</translation>
    </message>
    <message>
        <source>Abort without asking</source>
        <translation>Cancela sem perguntar</translation>
    </message>
    <message>
        <source>Print the aborted batch as one JSON object</source>
        <translation>Imprime o lote cancelado como um objeto JSON</translation>
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
        <translation>Saída JSON (--json): o lote, como “invsync help batch” o mostra.

Códigos de saída:
  0  cancelado
  1  o lote já tinha terminado: nada foi cancelado
  2  uso incorreto (sem --reason; sem --yes quando stdin não é um terminal),
     ou não existe o lote SYNC_ID
  3  não autenticado, ou o usuário não pode alterar o inventário
  4  serviço inacessível após as novas tentativas
  5  interrompido, ou a resposta à pergunta não foi sim
</translation>
    </message>
    <message>
        <source>say why with --reason TEXT; it is kept with the batch</source>
        <translation>informe o motivo com --reason TEXTO; ele fica guardado com o lote</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so there is no one to ask; add --yes to abort batch %1 without a question</source>
        <translation>stdin não é um terminal, então não há a quem perguntar; adicione --yes para cancelar o lote %1 sem pergunta</translation>
    </message>
    <message>
        <source>batch %1 already finished (%2); nothing was aborted</source>
        <translation>o lote %1 já tinha terminado (%2); nada foi cancelado</translation>
    </message>
    <message>
        <source>Abort batch %1 (%2, %3 of %4 rows done)? Rows already applied stay applied. [y/N] </source>
        <translation>Cancelar o lote %1 (%2, %3 de %4 linhas processadas)? As linhas já aplicadas continuam aplicadas. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>not aborted; batch %1 keeps running</source>
        <translation>não cancelado; o lote %1 continua em andamento</translation>
    </message>
    <message>
        <source>Aborted batch %1. %2 of %3 rows had been applied and stay applied; the others will not run.</source>
        <translation>Lote %1 cancelado. %2 de %3 linhas já tinham sido aplicadas e continuam aplicadas; as demais não serão executadas.</translation>
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
        <translation>Motivo do cancelamento</translation>
    </message>
    <message>
        <source>Why the batch is aborted: pick a reason or type your own; the service records it</source>
        <translation>Por que o lote está sendo cancelado: escolha um motivo ou digite o seu; o serviço o registra</translation>
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
        <translation>Usa o serviço em URL em vez do serviço do perfil ativo;
o token vem de INVSYNC_TOKEN ou de “invsync login --endpoint URL”</translation>
    </message>
    <message>
        <source>Print nothing but errors; the exit code tells the outcome</source>
        <translation>Não imprime nada além dos erros; o código de saída indica o resultado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; give one such as https://public-api.shiphero.com or http://127.0.0.1:8080</source>
        <translation>“%1” não é um endereço web; informe um como https://public-api.shiphero.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>leave the user name and password out of --endpoint; use INVSYNC_TOKEN or &quot;invsync login&quot;</source>
        <translation>não inclua o nome de usuário e a senha em --endpoint; use INVSYNC_TOKEN ou “invsync login”</translation>
    </message>
    <message>
        <source>the active profile &quot;%1&quot; is the sandbox inside the InvSync window, which the command line cannot reach. Run &quot;invsync sandbox&quot; and add its address with &quot;invsync profile add NAME URL --use&quot;, or pass --endpoint URL.</source>
        <translation>o perfil ativo “%1” é o ambiente de testes dentro da janela do InvSync, que a linha de comando não consegue acessar. Execute “invsync sandbox” e adicione o endereço dele com “invsync profile add NOME URL --use”, ou passe --endpoint URL.</translation>
    </message>
    <message>
        <source>the active profile &quot;%1&quot; has no address; see &quot;invsync profile list&quot;</source>
        <translation>o perfil ativo “%1” não tem endereço; consulte “invsync profile list”</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Aguardando %1 s: %2</translation>
    </message>
    <message>
        <source>not signed in to %1. Run &quot;invsync login%2&quot;, or set INVSYNC_TOKEN.</source>
        <translation>você não entrou em %1. Execute “invsync login%2” ou defina INVSYNC_TOKEN.</translation>
    </message>
    <message>
        <source>no warehouse &quot;%1&quot; in this account; its warehouses are: %2</source>
        <translation>não há nenhum armazém “%1” nesta conta; os armazéns dela são: %2</translation>
    </message>
    <message>
        <source>(request %1)</source>
        <translation>(requisição %1)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Your token may not do this (%1). Sign in as a user with the permission it needs.</source>
        <translation>Seu token não permite fazer isto (%1). Entre com um usuário que tenha a permissão necessária.</translation>
    </message>
    <message>
        <source>Your token is missing the %1 scope. Sign in as a user who may do this.</source>
        <translation>Falta ao seu token o escopo %1. Entre com um usuário que possa fazer isto.</translation>
    </message>
    <message>
        <source>%1 could not find it: %2</source>
        <translation>%1 não o encontrou: %2</translation>
    </message>
    <message>
        <source>%1 refused a value: %2</source>
        <translation>%1 recusou um valor: %2</translation>
    </message>
    <message>
        <source>%1 does not allow this now: %2</source>
        <translation>%1 não permite isto agora: %2</translation>
    </message>
    <message>
        <source>%1 is out of API credits: %2</source>
        <translation>%1 está sem créditos de API: %2</translation>
    </message>
    <message>
        <source>%1 did not understand InvSync&apos;s request (%2). This is a bug in InvSync; please report it with request id %3.</source>
        <translation>%1 não entendeu a requisição do InvSync (%2). Isto é um erro do InvSync; informe-o com o id de requisição %3.</translation>
    </message>
    <message>
        <source>%1 reported an error (code %2): %3</source>
        <translation>%1 informou um erro (código %2): %3</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>InvSync found %1 in %2 but cannot write there, so settings and history are kept in your user profile this time. Move InvSync to a folder you can write to, or remove %1 to stop this message.</source>
        <translation>O InvSync encontrou %1 em %2, mas não consegue gravar lá, então as configurações e o histórico ficam no seu perfil de usuário desta vez. Mova o InvSync para uma pasta em que você possa gravar, ou remova %1 para não ver mais esta mensagem.</translation>
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
   &quot;customer_account_id&quot;: string ou null, &quot;url&quot;: string, &quot;error&quot;: string ou null,
   &quot;total&quot;: number, &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
   &quot;created_at&quot;: string, &quot;updated_at&quot;: string}
  status é um de pending, processing, success, error_all, error_partial,
  error_unknown, aborted; os horários estão em UTC, ISO 8601.
</translation>
    </message>
    <message>
        <source>Show one batch, or follow it until it finishes</source>
        <translation>Mostra um lote, ou o acompanha até que termine</translation>
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
        <translation>Mostra o status do lote SYNC_ID e quantas das suas linhas foram processadas,
bem-sucedidas e com falha. Com --wait, acompanha o lote até que termine
(progresso em stderr quando ele é um terminal). Ctrl+C interrompe a espera,
não o lote; “invsync batch SYNC_ID --wait” a retoma.</translation>
    </message>
    <message>
        <source>Follow the batch until it finishes</source>
        <translation>Acompanha o lote até que termine</translation>
    </message>
    <message>
        <source>Print one JSON object (with --wait: the final state)</source>
        <translation>Imprime um objeto JSON (com --wait: o estado final)</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
</source>
        <translation>Saída JSON (--json), um objeto:
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
        <translation>Códigos de saída:
  0  o lote foi bem-sucedido, ou ainda está em andamento (sem --wait)
  1  o lote terminou com linhas com falha (error_all, error_partial,
     error_unknown) ou foi cancelado
  2  uso incorreto, ou não existe o lote SYNC_ID
  3  não autenticado, ou o login foi recusado
  4  serviço inacessível após as novas tentativas
  5  interrompido: o lote continua em andamento
</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lote:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 succeeded, %4 failed</source>
        <translation>%1 de %2 processadas: %3 com sucesso, %4 com falha</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Armazém:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizado em:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Erro:</translation>
    </message>
    <message>
        <source>stopped waiting; batch %1 keeps running (%2, %3 of %4 rows done) and was not aborted. To follow it again, run: %5</source>
        <translation>a espera foi interrompida; o lote %1 continua em andamento (%2, %3 de %4 linhas processadas) e não foi cancelado. Para acompanhá-lo de novo, execute: %5</translation>
    </message>
    <message>
        <source>stopped waiting; batch %1 was not aborted. To follow it again, run: %2</source>
        <translation>a espera foi interrompida; o lote %1 não foi cancelado. Para acompanhá-lo de novo, execute: %2</translation>
    </message>
    <message>
        <source>Batch %1: %2, %3 of %4 rows done, %5 failed</source>
        <translation>Lote %1: %2, %3 de %4 linhas processadas, %5 com falha</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <source>&lt; All batches</source>
        <translation>&lt; Todos os lotes</translation>
    </message>
    <message>
        <source>Back to the list of batches</source>
        <translation>Volta para a lista de lotes</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop this batch: rows not processed yet are not applied</source>
        <translation>Interrompe este lote: as linhas ainda não processadas não são aplicadas</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>Armazém:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Atualizado em:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>Service says:</source>
        <translation>O serviço informa:</translation>
    </message>
    <message>
        <source>Search the loaded rows</source>
        <translation>Pesquisar nas linhas carregadas</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Salva as linhas mostradas como um arquivo CSV</translation>
    </message>
    <message>
        <source>Fix failed rows</source>
        <translation>Corrigir linhas com falha</translation>
    </message>
    <message>
        <source>Open the failed rows as a new document to fix and send again</source>
        <translation>Abre as linhas com falha como um novo documento para corrigi-las e enviá-las novamente</translation>
    </message>
    <message>
        <source>Back to all batches</source>
        <translation>Voltar para todos os lotes</translation>
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
        <translation>Mostrar linhas com o status</translation>
    </message>
    <message>
        <source>Shows only the rows of the batch with this status</source>
        <translation>Mostra apenas as linhas do lote com este status</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Pesquisar linhas</translation>
    </message>
    <message>
        <source>Shows only the loaded rows whose SKU, location or error contains this text</source>
        <translation>Mostra apenas as linhas carregadas cujo SKU, localização ou erro contém este texto</translation>
    </message>
    <message>
        <source>Export rows as CSV</source>
        <translation>Exportar linhas como CSV</translation>
    </message>
    <message>
        <source>Batch rows</source>
        <translation>Linhas do lote</translation>
    </message>
    <message>
        <source>The rows of the batch with their status and the service&apos;s error</source>
        <translation>As linhas do lote com o status delas e o erro informado pelo serviço</translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <source>List the account&apos;s sync batches, newest first</source>
        <translation>Lista os lotes de sincronização da conta, os mais recentes primeiro</translation>
    </message>
    <message>
        <source>batches [--status S] [--warehouse W] [--limit N] [--json]</source>
        <translation>batches [--status S] [--warehouse W] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Lists the inventory sync batches of the account, newest first: status,
rows done, succeeded and failed, warehouse and when each was created.</source>
        <translation>Lista os lotes de sincronização de inventário da conta, mais novos primeiro:
status, linhas processadas, com sucesso e com falha, armazém e data de criação.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only batches with this status (%1);
several with commas, or !S for all but S</source>
        <translation>Somente lotes com este status (%1);
vários separados por vírgulas, ou !S para todos exceto S</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Only batches of this warehouse: its id or its name</source>
        <translation>Somente lotes deste armazém: o id ou o nome dele</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>At most N batches (default: 20; 0 for all)</source>
        <translation>No máximo N lotes (padrão: 20; 0 para todos)</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table</source>
        <translation>Imprime um objeto JSON em vez da tabela</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
  {&quot;batches&quot;: [BATCH, ...], &quot;has_more&quot;: bool}
  each BATCH as &quot;invsync help batch&quot; shows; has_more is true when --limit
  left batches out.

Exit codes: 0 listed; 2 wrong usage or unknown warehouse; 3 not signed in;
4 service unreachable; 5 interrupted.
</source>
        <translation>Saída JSON (--json), um objeto:
  {&quot;batches&quot;: [LOTE, ...], &quot;has_more&quot;: bool}
  cada LOTE como “invsync help batch” o mostra; has_more é true quando
  --limit deixou lotes de fora.

Códigos de saída: 0 listado; 2 uso incorreto ou armazém desconhecido;
3 não autenticado; 4 serviço inacessível; 5 interrompido.
</translation>
    </message>
    <message>
        <source>--limit must be a number, 0 or more, not &quot;%1&quot;</source>
        <translation>--limit deve ser um número igual ou maior que 0, não “%1”</translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>Nenhum lote.</translation>
    </message>
    <message>
        <source>SYNC ID</source>
        <translation>ID DE SINCRONIZAÇÃO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>PROCESSADAS</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>COM FALHA</translation>
    </message>
    <message>
        <source>WAREHOUSE</source>
        <translation>ARMAZÉM</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO EM</translation>
    </message>
    <message>
        <source>More batches exist; use --limit N (0 for all) to see them.</source>
        <translation>Há mais lotes; use --limit N (0 para todos) para vê-los.</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>Search file, URL, batch id</source>
        <translation>Pesquisar arquivo, URL, id do lote</translation>
    </message>
    <message>
        <source>Only from this computer</source>
        <translation>Somente deste computador</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show the rows of the selected batch</source>
        <translation>Mostra as linhas do lote selecionado</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop the selected batch: rows not processed yet are not applied</source>
        <translation>Interrompe o lote selecionado: as linhas ainda não processadas não são aplicadas</translation>
    </message>
    <message>
        <source>No batches yet. Batches appear here after you submit a file.</source>
        <translation>Ainda não há lotes. Os lotes aparecem aqui depois que você envia um arquivo.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Shows only the batches with this status</source>
        <translation>Mostra apenas os lotes com este status</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Armazém:</translation>
    </message>
    <message>
        <source>Warehouse filter</source>
        <translation>Filtro de armazém</translation>
    </message>
    <message>
        <source>Shows only the batches sent to this warehouse</source>
        <translation>Mostra apenas os lotes enviados para este armazém</translation>
    </message>
    <message>
        <source>Search batches</source>
        <translation>Pesquisar lotes</translation>
    </message>
    <message>
        <source>Shows only the batches whose file, URL or batch id contains this text</source>
        <translation>Mostra apenas os lotes cujo arquivo, URL ou id do lote contém este texto</translation>
    </message>
    <message>
        <source>Only batches from this computer</source>
        <translation>Somente lotes deste computador</translation>
    </message>
    <message>
        <source>Refresh batches</source>
        <translation>Atualizar lotes</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Atualizar agora</translation>
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
        <translation>Todos os lotes da conta, com o status e o progresso de cada um; Enter abre o lote selecionado</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown option %1</source>
        <translation>opção desconhecida %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; to check a file in it, run &quot;invsync validate FILE&quot;</source>
        <translation>“%1” é uma pasta; para verificar um arquivo dentro dela, execute “invsync validate ARQUIVO”</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido “%1”</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Você quis dizer “%1”?</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the list of commands.</source>
        <translation>Execute “%1” para ver a lista de comandos.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Checks inventory CSV files and syncs them to ShipHero. Without a command,
invsync opens its window, with FILE in it when one is given.</source>
        <translation>Verifica arquivos CSV de inventário e os sincroniza com o ShipHero. Sem um
comando, o invsync abre a janela dele, com FILE nela quando um é informado.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Mostra esta ajuda</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Mostra a versão</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de saída:</translation>
    </message>
    <message>
        <source>The commands that talk to ShipHero use the active profile (&quot;invsync profile&quot;)
or --endpoint URL, signed in with &quot;invsync login&quot; or the token in
INVSYNC_TOKEN. They never ask a question when stdin is not a terminal.</source>
        <translation>Os comandos que acessam o ShipHero usam o perfil ativo (“invsync profile”)
ou --endpoint URL, com login feito por “invsync login” ou pelo token em
INVSYNC_TOKEN. Eles nunca fazem perguntas quando stdin não é um terminal.</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for the options of a command.</source>
        <translation>Execute “%1” para ver as opções de um comando.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2 (several joined with commas, or !STATUS for all but one)</source>
        <translation>status desconhecido “%1”; use um de: %2 (vários unidos por vírgulas, ou !STATUS para todos exceto um)</translation>
    </message>
    <message>
        <source>no %1 given</source>
        <translation>nenhum %1 informado</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Mostra esta ajuda</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Run &quot;%1&quot; for more.</source>
        <translation>Execute “%1” para mais informações.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>InvSync talks to one connection at a time, the active one. Keep ShipHero for real work, the built-in sandbox for practice, and add your own for a standalone sandbox or a proxy.</source>
        <translation>O InvSync usa uma conexão por vez, a ativa. Use o ShipHero para o trabalho real, o ambiente de testes integrado para praticar, e adicione as suas próprias para um ambiente de testes independente ou um proxy.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Make the selected connection the one InvSync talks to</source>
        <translation>Faz o InvSync usar a conexão selecionada</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Forget the sign-in of the active connection</source>
        <translation>Esquece o login da conexão ativa</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Add a connection to another address</source>
        <translation>Adiciona uma conexão com outro endereço</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Staging sandbox</source>
        <translation>Ambiente de testes de homologação</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>https://example.com or http://127.0.0.1:8080</source>
        <translation>https://example.com ou http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>The connections InvSync knows, the active one marked</source>
        <translation>As conexões que o InvSync conhece, com a ativa marcada</translation>
    </message>
    <message>
        <source>Use connection</source>
        <translation>Usar conexão</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to the selected connection</source>
        <translation>Entra na conexão selecionada</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Adicionar conexão</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Editar conexão</translation>
    </message>
    <message>
        <source>Change the name or address of the selected connection</source>
        <translation>Altera o nome ou o endereço da conexão selecionada</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Remover conexão</translation>
    </message>
    <message>
        <source>Remove the selected connection and its sign-in</source>
        <translation>Remove a conexão selecionada e o login dela</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nome da conexão</translation>
    </message>
    <message>
        <source>Connection address</source>
        <translation>Endereço da conexão</translation>
    </message>
    <message>
        <source>The address of the service, such as https://example.com</source>
        <translation>O endereço do serviço, como https://example.com</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Leave the connection as it was</source>
        <translation>Deixa a conexão como estava</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Salvar conexão</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>“%1” is a spreadsheet workbook or a zip archive, not a CSV file. In your spreadsheet program, save it as “CSV UTF-8” and open that file.</source>
        <translation>“%1” é uma pasta de trabalho de planilha ou um arquivo zip, não um arquivo CSV. No seu programa de planilhas, salve-o como “CSV UTF-8” e abra esse arquivo.</translation>
    </message>
    <message>
        <source>“%1” is a PDF document, not a CSV file.</source>
        <translation>“%1” é um documento PDF, não um arquivo CSV.</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text without a byte order mark. Choose the encoding %2 and read it again.</source>
        <translation>“%1” parece ser texto UTF-16 sem marca de ordem de bytes. Escolha a codificação %2 e leia-o novamente.</translation>
    </message>
    <message>
        <source>“%1” holds binary data (a zero byte at offset %2), not text. Choose a CSV file.</source>
        <translation>“%1” contém dados binários (um byte zero na posição %2), não texto. Escolha um arquivo CSV.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB, more than this computer can check safely (%3 MB). Split it into smaller files.</source>
        <translation>“%1” tem %2 MB, mais do que este computador consegue verificar com segurança (%3 MB). Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header and no rows.</source>
        <translation>“%1” está vazio: não tem cabeçalho nem linhas.</translation>
    </message>
    <message>
        <source>“%1” is too large to check once decoded (%2 MB). Split it into smaller files.</source>
        <translation>“%1” é grande demais para ser verificado depois de decodificado (%2 MB). Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>“%1” holds only blank lines: there is no header and no row.</source>
        <translation>“%1” contém apenas linhas em branco: não há cabeçalho nem linhas.</translation>
    </message>
</context>
<context>
    <name>EditCellCommand</name>
    <message>
        <source>Edit %1 in row %2</source>
        <translation>Editar %1 na linha %2</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>done, nothing wrong</source>
        <translation>concluído, sem problemas</translation>
    </message>
    <message>
        <source>done, but problems were found (file errors, failed rows, an aborted batch)</source>
        <translation>concluído, mas foram encontrados problemas (erros no arquivo, linhas com falha, um lote cancelado)</translation>
    </message>
    <message>
        <source>wrong usage, or the input could not be read</source>
        <translation>uso incorreto, ou não foi possível ler a entrada</translation>
    </message>
    <message>
        <source>not signed in, sign-in refused, or a permission missing</source>
        <translation>não autenticado, login recusado ou permissão ausente</translation>
    </message>
    <message>
        <source>network or service unavailable after retries</source>
        <translation>rede ou serviço indisponível após as novas tentativas</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>Show the help of invsync or of one command</source>
        <translation>Mostra a ajuda do invsync ou de um comando</translation>
    </message>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [COMANDO]</translation>
    </message>
    <message>
        <source>Shows what a command does, its options and its exit codes.</source>
        <translation>Mostra o que um comando faz, as opções e os códigos de saída dele.</translation>
    </message>
    <message>
        <source>expected at most one command, got %1</source>
        <translation>era esperado no máximo um comando, mas foram recebidos %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are: %2</source>
        <translation>comando desconhecido “%1”; os comandos são: %2</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The upload history %1 cannot be read (%2) and could not be moved aside. Move or repair the file, then start InvSync again.</source>
        <translation>Não é possível ler o histórico de envios %1 (%2) e não foi possível movê-lo para o lado. Mova ou repare o arquivo e inicie o InvSync novamente.</translation>
    </message>
    <message>
        <source>The upload history %1 could not be read (%2). It was kept as %3 and a new, empty history was started.</source>
        <translation>Não foi possível ler o histórico de envios %1 (%2). Ele foi mantido como %3 e um histórico novo e vazio foi iniciado.</translation>
    </message>
    <message>
        <source>The upload history %1 cannot be opened: %2</source>
        <translation>Não é possível abrir o histórico de envios %1: %2</translation>
    </message>
    <message>
        <source>The upload history %1 was written by a newer InvSync (version %2 of its format; this one reads up to %3). It was left as it is; update InvSync to see it.</source>
        <translation>O histórico de envios %1 foi gravado por um InvSync mais recente (versão %2 do formato; esta versão lê até a %3). Ele foi deixado como está; atualize o InvSync para vê-lo.</translation>
    </message>
    <message>
        <source>The upload history %1 could not be updated to this version of InvSync (%2). It was left as it was.</source>
        <translation>Não foi possível atualizar o histórico de envios %1 para esta versão do InvSync (%2). Ele foi deixado como estava.</translation>
    </message>
</context>
<context>
    <name>HostingSettingsDialog</name>
    <message>
        <source>File Hosting Settings</source>
        <translation>Configurações de hospedagem de arquivos</translation>
    </message>
    <message>
        <source>This Computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>The built-in host serves a snapshot of the checked file at http://ADDRESS:PORT/&lt;token&gt;/&lt;name&gt;.csv until its batch has finished or the serving time ends.</source>
        <translation>O servidor integrado serve uma cópia do arquivo verificado em http://ENDEREÇO:PORTA/&lt;token&gt;/&lt;nome&gt;.csv até que o lote dele termine ou o tempo de serviço acabe.</translation>
    </message>
    <message>
        <source>Bind &amp;address:</source>
        <translation>&amp;Endereço de escuta:</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>The network address the built-in host listens on: 127.0.0.1 for this computer only, 0.0.0.0 for every network</source>
        <translation>O endereço de rede em que o servidor integrado escuta: 127.0.0.1 somente para este computador, 0.0.0.0 para todas as redes</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Qualquer porta livre</translation>
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
        <translation>O endereço pelo qual o ShipHero chega a este computador, por meio de um redirecionamento de porta ou de um proxy reverso mantido por você</translation>
    </message>
    <message>
        <source>Serve &amp;for at most:</source>
        <translation>Servir por no &amp;máximo:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>S3 Storage</source>
        <translation>Armazenamento S3</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>https://s3.eu-west-1.amazonaws.com</source>
        <translation>https://s3.eu-west-1.amazonaws.com</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
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
        <translation>Pre&amp;fixo da chave:</translation>
    </message>
    <message>
        <source>invsync/</source>
        <translation>invsync/</translation>
    </message>
    <message>
        <source>A&amp;ddressing:</source>
        <translation>En&amp;dereçamento:</translation>
    </message>
    <message>
        <source>Virtual host (bucket.endpoint)</source>
        <translation>Host virtual (bucket.endpoint)</translation>
    </message>
    <message>
        <source>Path style (endpoint/bucket)</source>
        <translation>Estilo de caminho (endpoint/bucket)</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>ID da &amp;chave de acesso:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Chave &amp;secreta:</translation>
    </message>
    <message>
        <source>Link &amp;lifetime:</source>
        <translation>&amp;Validade do link:</translation>
    </message>
    <message>
        <source>Upload a tiny test object with these settings</source>
        <translation>Envia um pequeno objeto de teste com estas configurações</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>Hosting methods</source>
        <translation>Métodos de hospedagem</translation>
    </message>
    <message>
        <source>Settings for serving files from this computer and for S3 storage</source>
        <translation>Configurações para servir arquivos a partir deste computador e para o armazenamento S3</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The port the built-in host listens on; 0 picks a free one</source>
        <translation>A porta em que o servidor integrado escuta; 0 escolhe uma porta livre</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>Serve for at most</source>
        <translation>Servir por no máximo</translation>
    </message>
    <message>
        <source>How long a published file is served, in hours</source>
        <translation>Por quanto tempo um arquivo publicado é servido, em horas</translation>
    </message>
    <message>
        <source>S3 endpoint</source>
        <translation>Endpoint do S3</translation>
    </message>
    <message>
        <source>S3 region</source>
        <translation>Região do S3</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>Bucket do S3</translation>
    </message>
    <message>
        <source>S3 key prefix</source>
        <translation>Prefixo da chave do S3</translation>
    </message>
    <message>
        <source>Put before the file name to make the object key</source>
        <translation>Colocado antes do nome do arquivo para formar a chave do objeto</translation>
    </message>
    <message>
        <source>S3 addressing</source>
        <translation>Endereçamento do S3</translation>
    </message>
    <message>
        <source>Path-style or virtual-host addressing of the bucket</source>
        <translation>Endereçamento do bucket por caminho ou por host virtual</translation>
    </message>
    <message>
        <source>S3 access key ID</source>
        <translation>ID da chave de acesso do S3</translation>
    </message>
    <message>
        <source>S3 secret key</source>
        <translation>Chave secreta do S3</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s secret store, never in the settings file</source>
        <translation>Mantida no armazenamento de segredos do sistema, nunca no arquivo de configurações</translation>
    </message>
    <message>
        <source>Link lifetime</source>
        <translation>Validade do link</translation>
    </message>
    <message>
        <source>How long the link sent to ShipHero stays valid, in hours</source>
        <translation>Por quanto tempo o link enviado ao ShipHero continua válido, em horas</translation>
    </message>
    <message>
        <source>Test S3 settings</source>
        <translation>Testar configurações do S3</translation>
    </message>
</context>
<context>
    <name>InventoryDocument</name>
    <message>
        <source>(extra %1)</source>
        <translation>(extra %1)</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8, so it was read as Windows-1252. Check that accented letters look right; if not, choose the file&apos;s encoding and read it again.</source>
        <translation>O arquivo não é UTF-8 válido, por isso foi lido como Windows-1252. Verifique se as letras acentuadas aparecem corretamente; se não, escolha a codificação do arquivo e leia-o novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) skipped (line(s) %1); blank lines are left out when the file is saved.</source>
        <translation>
            <numerusform>%n linha em branco ignorada (linha %1); as linhas em branco são deixadas de fora quando o arquivo é salvo.</numerusform>
            <numerusform>%n linhas em branco ignoradas (linhas %1); as linhas em branco são deixadas de fora quando o arquivo é salvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field in the header that opens on line %1 never closes, so the whole file was read into it. Add the closing quote (&quot;) in the file and open it again.</source>
        <translation>Um campo entre aspas no cabeçalho, aberto na linha %1, nunca é fechado, por isso o arquivo inteiro foi lido dentro dele. Adicione a aspa de fechamento (&quot;) no arquivo e abra-o novamente.</translation>
    </message>
    <message>
        <source>The header has no “%1” column. The columns ShipHero reads are sku, quantity, action, reason and, optionally, location; add the missing one or rename the column that holds it.</source>
        <translation>O cabeçalho não tem a coluna “%1”. As colunas que o ShipHero lê são sku, quantity, action, reason e, opcionalmente, location; adicione a que falta ou renomeie a coluna que a contém.</translation>
    </message>
    <message>
        <source>Column “%1” appears more than once; only the first one is used. Remove or rename the repeated ones.</source>
        <translation>A coluna “%1” aparece mais de uma vez; somente a primeira é usada. Remova ou renomeie as repetidas.</translation>
    </message>
    <message>
        <source>Column “%1” is not one ShipHero uses; it is ignored and left out when the file is saved or sent.</source>
        <translation>A coluna “%1” não é uma das que o ShipHero usa; ela é ignorada e deixada de fora quando o arquivo é salvo ou enviado.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>The file has a header but no data rows: there is nothing to sync.</source>
        <translation>O arquivo tem cabeçalho, mas nenhuma linha de dados: não há nada para sincronizar.</translation>
    </message>
    <message>
        <source>The file has %1 data rows; ShipHero recommends at most %2 rows a file, larger files are processed slowly.</source>
        <translation>O arquivo tem %1 linhas de dados; o ShipHero recomenda no máximo %2 linhas por arquivo, pois arquivos maiores são processados lentamente.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s) but the header has %1. Look for a stray delimiter (a thousands separator or a comma in an unquoted text) or a missing field.</source>
        <translation>
            <numerusform>Esta linha tem %n campo, mas o cabeçalho tem %1. Procure um delimitador a mais (um separador de milhar ou uma vírgula em um texto sem aspas) ou um campo faltando.</numerusform>
            <numerusform>Esta linha tem %n campos, mas o cabeçalho tem %1. Procure um delimitador a mais (um separador de milhar ou uma vírgula em um texto sem aspas) ou um campo faltando.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field that opens on line %1 never closes, so the rest of the file was read into it. Add the closing quote (&quot;) in the file and open it again.</source>
        <translation>Um campo entre aspas, aberto na linha %1, nunca é fechado, por isso o resto do arquivo foi lido dentro dele. Adicione a aspa de fechamento (&quot;) no arquivo e abra-o novamente.</translation>
    </message>
    <message>
        <source>The SKU is empty. Enter the product&apos;s SKU or delete the row.</source>
        <translation>O SKU está vazio. Digite o SKU do produto ou exclua a linha.</translation>
    </message>
    <message>
        <source>Quantity %1 is larger than 2147483647, the largest quantity ShipHero accepts.</source>
        <translation>A quantidade %1 é maior que 2147483647, a maior quantidade que o ShipHero aceita.</translation>
    </message>
    <message>
        <source>The quantity is empty. Enter the new on-hand quantity as a whole number.</source>
        <translation>A quantidade está vazia. Digite a nova quantidade em estoque como um número inteiro.</translation>
    </message>
    <message>
        <source>Quantity “%1” is not a whole number. Write it with digits only, without decimals, thousands separators or spaces (for example 1200).</source>
        <translation>A quantidade “%1” não é um número inteiro. Escreva-a somente com dígitos, sem casas decimais, separadores de milhar ou espaços (por exemplo, 1200).</translation>
    </message>
    <message>
        <source>Quantity %1 is below zero. On-hand stock cannot be negative; enter 0 or more.</source>
        <translation>A quantidade %1 é menor que zero. O estoque disponível não pode ser negativo; digite 0 ou mais.</translation>
    </message>
    <message>
        <source>The action is empty. Write “replace”: ShipHero supports only replace, which sets the on-hand quantity.</source>
        <translation>A ação está vazia. Escreva “replace”: o ShipHero aceita somente replace, que define a quantidade em estoque.</translation>
    </message>
    <message>
        <source>Action “%1” is not supported. ShipHero supports only “replace”, which sets the on-hand quantity to the given number.</source>
        <translation>A ação “%1” não é aceita. O ShipHero aceita somente “replace”, que define a quantidade em estoque como o número informado.</translation>
    </message>
    <message>
        <source>SKU “%1” at location “%2” is also on row %3; the stock would depend on which row is processed last. Keep one row.</source>
        <translation>O SKU “%1” na localização “%2” também está na linha %3; o estoque dependeria de qual linha fosse processada por último. Mantenha uma só linha.</translation>
    </message>
    <message>
        <source>SKU “%1” is also on row %2; the stock would depend on which row is processed last. Keep one row.</source>
        <translation>O SKU “%1” também está na linha %2; o estoque dependeria de qual linha fosse processada por último. Mantenha uma só linha.</translation>
    </message>
    <message>
        <source>The reason is empty. ShipHero records the reason with the change; add one (for example “Cycle count”).</source>
        <translation>O motivo (reason) está vazio. O ShipHero registra o motivo junto com a alteração; adicione um (por exemplo, “Contagem cíclica”).</translation>
    </message>
    <message>
        <source>SKU “%1” starts or ends with a space, so ShipHero would look for a different SKU. Remove the spaces.</source>
        <translation>O SKU “%1” começa ou termina com um espaço, por isso o ShipHero procuraria outro SKU. Remova os espaços.</translation>
    </message>
    <message>
        <source>the chosen warehouse</source>
        <translation>o armazém escolhido</translation>
    </message>
    <message>
        <source>SKU “%1” does not exist in %2, so ShipHero would reject this row. Check the spelling, create the product in the warehouse first, or delete the row.</source>
        <translation>O SKU “%1” não existe em %2, por isso o ShipHero rejeitaria esta linha. Verifique a grafia, crie primeiro o produto no armazém ou exclua a linha.</translation>
    </message>
    <message>
        <source>This sets the stock of “%1” to 0; there are %2 on hand now. Check that the product is really out of stock.</source>
        <translation>Isto define o estoque de “%1” como 0; há %2 em estoque agora. Verifique se o produto está realmente sem estoque.</translation>
    </message>
    <message>
        <source>This changes the stock of “%1” from %2 to %3, by more than %4% of what is on hand. Check the quantity before sending.</source>
        <translation>Isto altera o estoque de “%1” de %2 para %3, em mais de %4% do que há em estoque. Verifique a quantidade antes de enviar.</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Sign in and keep the sign-in in the keychain</source>
        <translation>Entra e guarda o login no chaveiro do sistema</translation>
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
        <translation>Entra no perfil ativo (ou --endpoint URL) com o e-mail e a senha de um
usuário desenvolvedor, pedidos no terminal (a senha não é exibida), ou com
um token de acesso lido de stdin. Os tokens ficam guardados no chaveiro do
sistema para os comandos seguintes, nunca em um arquivo.
Scripts podem pular o login e definir INVSYNC_TOKEN em vez disso.</translation>
    </message>
    <message>
        <source>Read an access token from stdin instead of asking</source>
        <translation>Lê um token de acesso de stdin em vez de perguntar</translation>
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
        <translation>Códigos de saída:
  0  login feito e guardado
  1  login feito, mas nenhum chaveiro está em execução, então o login não
     pode ser guardado (use INVSYNC_TOKEN)
  2  uso incorreto; stdin não é um terminal e --token-stdin não foi informado
  3  o e-mail, a senha ou o token foi recusado
  4  serviço inacessível após as novas tentativas
  5  interrompido
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so there is no one to ask for the email and password; pipe an access token with --token-stdin, or set INVSYNC_TOKEN</source>
        <translation>stdin não é um terminal, então não há a quem pedir o e-mail e a senha; passe um token de acesso por um pipe com --token-stdin, ou defina INVSYNC_TOKEN</translation>
    </message>
    <message>
        <source>no token on stdin</source>
        <translation>nenhum token em stdin</translation>
    </message>
    <message>
        <source>Signing in to %1 (%2).</source>
        <translation>Entrando em %1 (%2).</translation>
    </message>
    <message>
        <source>Email: </source>
        <translation>E-mail: </translation>
    </message>
    <message>
        <source>no email given</source>
        <translation>nenhum e-mail informado</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Senha: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>nenhuma senha informada</translation>
    </message>
    <message>
        <source>signed in to %1 as %2, but no keychain service is running, so the sign-in cannot be kept for the next command. Set INVSYNC_TOKEN instead.</source>
        <translation>você entrou em %1 como %2, mas nenhum serviço de chaveiro está em execução, então o login não pode ser guardado para o próximo comando. Defina INVSYNC_TOKEN em vez disso.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Você entrou em %1 como %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>Forget the sign-in of a connection</source>
        <translation>Esquece o login de uma conexão</translation>
    </message>
    <message>
        <source>logout [--endpoint URL]</source>
        <translation>logout [--endpoint URL]</translation>
    </message>
    <message>
        <source>Removes the tokens of the active profile (or --endpoint URL) from the
keychain. INVSYNC_TOKEN, when set, is the environment&apos;s and stays.</source>
        <translation>Remove do chaveiro do sistema os tokens do perfil ativo (ou de --endpoint
URL). INVSYNC_TOKEN, quando definido, pertence ao ambiente e permanece.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Você saiu de %1.</translation>
    </message>
    <message>
        <source>INVSYNC_TOKEN is still set in this environment.</source>
        <translation>INVSYNC_TOKEN ainda está definido neste ambiente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InvSync</source>
        <translation>InvSync</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fecha esta mensagem</translation>
    </message>
    <message>
        <source>Open, check and fix an inventory file</source>
        <translation>Abra, verifique e corrija um arquivo de inventário</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Follow the inventory syncs you started</source>
        <translation>Acompanhe as sincronizações de inventário que você iniciou</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Conexão</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Abre um arquivo CSV de inventário</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Limpar arquivos recentes</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save the checked file as clean UTF-8 CSV</source>
        <translation>Salva o arquivo verificado como CSV UTF-8 limpo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Search the cells of the preview</source>
        <translation>Pesquisa nas células da visualização</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Próximo problema</translation>
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
        <source>Sign in to the active connection</source>
        <translation>Entra na conexão ativa</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Forget the sign-in of the active connection</source>
        <translation>Esquece o login da conexão ativa</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>C&amp;onexões…</translation>
    </message>
    <message>
        <source>Add, switch and remove connections</source>
        <translation>Adiciona, alterna e remove conexões</translation>
    </message>
    <message>
        <source>&amp;About InvSync</source>
        <translation>&amp;Sobre o InvSync</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Open the sign-in dialog</source>
        <translation>Abre a janela de login</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
    <message>
        <source>Upload page</source>
        <translation>Página de envio</translation>
    </message>
    <message>
        <source>Batches page</source>
        <translation>Página de lotes</translation>
    </message>
    <message>
        <source>The errors and warnings of the file; activate one to show its cell</source>
        <translation>Os erros e avisos do arquivo; ative um deles para mostrar a célula correspondente</translation>
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
        <translation>Cole o link de um arquivo CSV que o ShipHero possa baixar sem login. O InvSync o baixa, e você verifica exatamente esses bytes antes que algo seja enviado.</translation>
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
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>File URL</source>
        <translation>URL do arquivo</translation>
    </message>
    <message>
        <source>A link to an inventory CSV file, such as a Dropbox or Google Drive share link</source>
        <translation>Um link para um arquivo CSV de inventário, como um link compartilhado do Dropbox ou do Google Drive</translation>
    </message>
    <message>
        <source>Stop download</source>
        <translation>Parar download</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>unknown option %1</source>
        <translation>opção desconhecida %1</translation>
    </message>
    <message>
        <source>option %1 takes no value</source>
        <translation>a opção %1 não aceita valor</translation>
    </message>
    <message>
        <source>option %1 needs a value (%2)</source>
        <translation>a opção %1 precisa de um valor (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>List, choose, add or remove connection profiles</source>
        <translation>Lista, escolhe, adiciona ou remove perfis de conexão</translation>
    </message>
    <message>
        <source>profile list [--json] | use NAME | add NAME URL [--use] | remove NAME</source>
        <translation>profile list [--json] | use NOME | add NOME URL [--use] | remove NOME</translation>
    </message>
    <message>
        <source>The places InvSync talks to, shared with the window&apos;s settings:
  list            the profiles; * marks the active one
  use NAME        make NAME (a name or an id) the active profile
  add NAME URL    add a profile for the service at URL
  remove NAME     remove a profile and forget its sign-in</source>
        <translation>Os serviços com que o InvSync trabalha, compartilhados com a janela:
  list            os perfis; * marca o ativo
  use NOME        torna NOME (um nome ou um id) o perfil ativo
  add NOME URL    adiciona um perfil para o serviço em URL
  remove NOME     remove um perfil e esquece o login dele</translation>
    </message>
    <message>
        <source>list: print one JSON array</source>
        <translation>list: imprime um array JSON</translation>
    </message>
    <message>
        <source>add: make the new profile the active one</source>
        <translation>add: torna o novo perfil o ativo</translation>
    </message>
    <message>
        <source>JSON output (list --json), one array:
  [{&quot;id&quot;: string, &quot;name&quot;: string, &quot;kind&quot;: &quot;shiphero&quot;|&quot;sandbox&quot;|&quot;custom&quot;,
    &quot;url&quot;: string or null, &quot;active&quot;: bool}]
  url is null for the sandbox inside the window.

Exit codes: 0 done; 2 wrong usage, unknown profile, unusable URL, or the
last profile (which cannot be removed).
</source>
        <translation>Saída JSON (list --json), um array:
  [{&quot;id&quot;: string, &quot;name&quot;: string, &quot;kind&quot;: &quot;shiphero&quot;|&quot;sandbox&quot;|&quot;custom&quot;,
    &quot;url&quot;: string ou null, &quot;active&quot;: bool}]
  url é null para o ambiente de testes dentro da janela.

Códigos de saída: 0 concluído; 2 uso incorreto, perfil desconhecido, URL
inutilizável, ou o último perfil (que não pode ser removido).
</translation>
    </message>
    <message>
        <source>say what to do: list, use, add or remove</source>
        <translation>informe o que fazer: list, use, add ou remove</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, use, add or remove</source>
        <translation>ação desconhecida “%1”; use list, use, add ou remove</translation>
    </message>
    <message numerus="yes">
        <source>&quot;profile %1&quot; takes %n argument(s)</source>
        <translation>
            <numerusform>“profile %1” aceita %n argumento</numerusform>
            <numerusform>“profile %1” aceita %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>no profile &quot;%1&quot;; the profiles are: %2</source>
        <translation>não existe o perfil “%1”; os perfis são: %2</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ATIVO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
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
        <translation>(dentro da janela)</translation>
    </message>
    <message>
        <source>Active profile: %1</source>
        <translation>Perfil ativo: %1</translation>
    </message>
    <message>
        <source>Added profile %1 (%2) and made it active.</source>
        <translation>Perfil %1 (%2) adicionado e ativado.</translation>
    </message>
    <message>
        <source>Added profile %1 (%2).</source>
        <translation>Perfil %1 (%2) adicionado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last profile and cannot be removed</source>
        <translation>“%1” é o último perfil e não pode ser removido</translation>
    </message>
    <message>
        <source>Removed profile %1; the active profile is %2.</source>
        <translation>Perfil %1 removido; o perfil ativo é %2.</translation>
    </message>
</context>
<context>
    <name>QuotaCommand</name>
    <message>
        <source>Show the API credits left</source>
        <translation>Mostra os créditos de API restantes</translation>
    </message>
    <message>
        <source>quota [--json]</source>
        <translation>quota [--json]</translation>
    </message>
    <message>
        <source>Shows how many API credits are left, the most there can be, and how many
come back each second. Every request costs credits; when they run out,
commands wait (and say so on a terminal).</source>
        <translation>Mostra quantos créditos de API restam, o máximo que pode haver e quantos
são recuperados a cada segundo. Cada requisição gasta créditos; quando eles
acabam, os comandos aguardam (e avisam isso em um terminal).</translation>
    </message>
    <message>
        <source>Print one JSON object</source>
        <translation>Imprime um objeto JSON</translation>
    </message>
    <message>
        <source>JSON output (--json), one object:
  {&quot;credits_remaining&quot;: number, &quot;max_available&quot;: number,
   &quot;increment_rate&quot;: number}

</source>
        <translation>Saída JSON (--json), um objeto:
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
        <translation>&lt;b&gt;Acesso:&lt;/b&gt; como o ShipHero obtém o arquivo</translation>
    </message>
    <message>
        <source>Send the link the file was downloaded from: ShipHero downloads it there</source>
        <translation>Envia o link de onde o arquivo foi baixado: o ShipHero o baixa de lá</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Serve the checked file from this computer with the built-in host</source>
        <translation>Serve o arquivo verificado a partir deste computador com o servidor integrado</translation>
    </message>
    <message>
        <source>This &amp;computer</source>
        <translation>Este &amp;computador</translation>
    </message>
    <message>
        <source>Upload the checked file to S3-compatible storage and send a time-limited link</source>
        <translation>Envia o arquivo verificado para um armazenamento compatível com S3 e envia um link com validade limitada</translation>
    </message>
    <message>
        <source>S&amp;3 storage</source>
        <translation>Armazenamento S&amp;3</translation>
    </message>
    <message>
        <source>Address, port and S3 storage for making files reachable</source>
        <translation>Endereço, porta e armazenamento S3 para tornar os arquivos acessíveis</translation>
    </message>
    <message>
        <source>Hosting Settings…</source>
        <translation>Configurações de hospedagem…</translation>
    </message>
    <message>
        <source>Make Reachable</source>
        <translation>Tornar acessível</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>URL sent to ShipHero:</source>
        <translation>URL enviada ao ShipHero:</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard</source>
        <translation>Copia a URL para a área de transferência</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Stop serving this file from this computer</source>
        <translation>Para de servir este arquivo a partir deste computador</translation>
    </message>
    <message>
        <source>Stop Serving</source>
        <translation>Parar de servir</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Enviar o link</translation>
    </message>
    <message>
        <source>Serve from this computer</source>
        <translation>Servir a partir deste computador</translation>
    </message>
    <message>
        <source>Upload to S3 storage</source>
        <translation>Enviar para o armazenamento S3</translation>
    </message>
    <message>
        <source>Hosting settings</source>
        <translation>Configurações de hospedagem</translation>
    </message>
    <message>
        <source>Make reachable</source>
        <translation>Tornar acessível</translation>
    </message>
    <message>
        <source>Make the checked file reachable by URL the chosen way</source>
        <translation>Torna o arquivo verificado acessível por URL da forma escolhida</translation>
    </message>
    <message>
        <source>Cancel making reachable</source>
        <translation>Cancelar a publicação</translation>
    </message>
    <message>
        <source>Reachable URL</source>
        <translation>URL acessível</translation>
    </message>
    <message>
        <source>The URL ShipHero downloads the file from</source>
        <translation>A URL de onde o ShipHero baixa o arquivo</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>Copiar URL</translation>
    </message>
    <message>
        <source>Stop serving</source>
        <translation>Parar de servir</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Log de acesso</translation>
    </message>
    <message>
        <source>Who downloaded the served file, and when</source>
        <translation>Quem baixou o arquivo servido, e quando</translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %Ln row(s)</source>
        <translation>
            <numerusform>Excluir %Ln linha</numerusform>
            <numerusform>Excluir %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowsCommand</name>
    <message>
        <source>List the rows of a batch with their outcome</source>
        <translation>Lista as linhas de um lote com o resultado de cada uma</translation>
    </message>
    <message>
        <source>rows SYNC_ID [--status S] [--csv | --json]</source>
        <translation>rows SYNC_ID [--status S] [--csv | --json]</translation>
    </message>
    <message>
        <source>Lists the rows of batch SYNC_ID: row number, SKU, quantity, action,
location, status and error. --csv writes them as a CSV file to stdout,
e.g. to fix the failed rows: invsync rows SYNC_ID --status error --csv</source>
        <translation>Lista as linhas do lote SYNC_ID: número, SKU, quantidade, ação, localização,
status e erro. --csv as grava como arquivo CSV em stdout, por exemplo, para
corrigir as linhas com falha: invsync rows SYNC_ID --status error --csv</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only rows with this status (%1)</source>
        <translation>Somente linhas com este status (%1)</translation>
    </message>
    <message>
        <source>Print CSV instead of the table</source>
        <translation>Imprime CSV em vez da tabela</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the table</source>
        <translation>Imprime um objeto JSON em vez da tabela</translation>
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
        <translation>Saída JSON (--json), um objeto:
  {&quot;sync_id&quot;: string, &quot;rows&quot;: [{&quot;row&quot;: number, &quot;sku&quot;: string,
   &quot;quantity&quot;: number, &quot;action&quot;: string, &quot;reason&quot;: string,
   &quot;location&quot;: string, &quot;status&quot;: string, &quot;error&quot;: string ou null}]}
Saída CSV (--csv): UTF-8, uma linha de cabeçalho
  row,sku,quantity,action,reason,location,status,error
  Uma célula de texto que começa com =, +, - ou @ recebe um &apos; no início para
  que uma planilha não a execute como fórmula.

Códigos de saída: 0 listado, nenhuma falha; 1 listado, algumas linhas com
falha; 2 uso incorreto ou não existe o lote SYNC_ID; 3 não autenticado;
4 serviço inacessível; 5 interrompido.
</translation>
    </message>
    <message>
        <source>--csv and --json cannot be combined; choose one</source>
        <translation>--csv e --json não podem ser combinados; escolha um</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use one of: %2</source>
        <translation>status desconhecido “%1”; use um de: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n linha carregada</numerusform>
            <numerusform>%n linhas carregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Nenhuma linha.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LINHA</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>QUANTIDADE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>LOCALIZAÇÃO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERRO</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run a local stand-in for ShipHero&apos;s API, with demo data</source>
        <translation>Executa um substituto local da API do ShipHero, com dados de demonstração</translation>
    </message>
    <message>
        <source>sandbox [--bind ADDR] [--port N] [--rows-per-second N] [--state FILE]</source>
        <translation>sandbox [--bind ENDEREÇO] [--port N] [--rows-per-second N] [--state ARQUIVO]</translation>
    </message>
    <message>
        <source>Serves ShipHero&apos;s inventory sync API (POST /auth/token, /auth/refresh and
/graphql) on this computer, with a demo account, two warehouses and a few
hundred products, until Ctrl+C. Prints its base URL and the demo sign-in.
With --state the data (batches, stock, tokens) is kept across restarts.</source>
        <translation>Serve a API de sincronização de inventário do ShipHero (POST /auth/token,
/auth/refresh e /graphql) neste computador, com uma conta de demonstração, dois
armazéns e algumas centenas de produtos, até Ctrl+C. Imprime a URL base e o
login de demonstração. Com --state, os dados (lotes, estoque, tokens) são
mantidos entre reinicializações.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1)</source>
        <translation>Endereço em que escutar (padrão: 127.0.0.1)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port to listen on (default: 0, any free port)</source>
        <translation>Porta em que escutar (padrão: 0, qualquer porta livre)</translation>
    </message>
    <message>
        <source>How fast batches process their rows (default: 5)</source>
        <translation>Quantas linhas por segundo os lotes processam (padrão: 5)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Load the data from FILE if it exists; save it there on exit</source>
        <translation>Carrega os dados de ARQUIVO, se existir; salva-os nele ao sair</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>“%1” não é um endereço IP</translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>a porta deve ser um número de 0 a 65535, não “%1”</translation>
    </message>
    <message>
        <source>--rows-per-second must be a number above 0, not &quot;%1&quot;</source>
        <translation>--rows-per-second deve ser um número maior que 0, não “%1”</translation>
    </message>
    <message>
        <source>the sandbox cannot start: %1</source>
        <translation>o ambiente de testes não pode ser iniciado: %1</translation>
    </message>
    <message>
        <source>cannot read the state file %1: %2</source>
        <translation>não é possível ler o arquivo de estado %1: %2</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2; is the port in use?</source>
        <translation>não é possível escutar em %1, porta %2; a porta está em uso?</translation>
    </message>
    <message>
        <source>cannot save the state to %1: %2</source>
        <translation>não é possível salvar o estado em %1: %2</translation>
    </message>
    <message>
        <source>InvSync sandbox: ShipHero&apos;s inventory sync API, on this computer.</source>
        <translation>Ambiente de testes do InvSync: a API de sincronização de inventário do ShipHero, neste computador.</translation>
    </message>
    <message>
        <source>Base URL:  %1</source>
        <translation>URL base:         %1</translation>
    </message>
    <message>
        <source>GraphQL:   %1</source>
        <translation>GraphQL:          %1</translation>
    </message>
    <message>
        <source>Sign in:   %1 / %2</source>
        <translation>Login:            %1 / %2</translation>
    </message>
    <message>
        <source>Read-only: %1 / %2 (for the missing-scope error)</source>
        <translation>Somente leitura:  %1 / %2 (para o erro de escopo ausente)</translation>
    </message>
    <message>
        <source>State:     %1 (loaded)</source>
        <translation>Estado:           %1 (carregado)</translation>
    </message>
    <message>
        <source>State:     %1 (new, saved on exit)</source>
        <translation>Estado:           %1 (novo, salvo ao sair)</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pressione Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>warning: listening beyond this computer; anyone who can reach %1 can sign in with the demo credentials</source>
        <translation>aviso: escutando além deste computador; qualquer pessoa que consiga acessar %1 pode entrar com as credenciais de demonstração</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Ambiente de testes parado.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Seções das configurações</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Active connection:</source>
        <translation>Conexão ativa:</translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Conexão ativa</translation>
    </message>
    <message>
        <source>&amp;Connections set up:</source>
        <translation>&amp;Conexões configuradas:</translation>
    </message>
    <message>
        <source>Connections set up</source>
        <translation>Conexões configuradas</translation>
    </message>
    <message>
        <source>The ShipHero accounts and sandboxes InvSync can connect to; the active one is marked. Change them with Manage Connections.</source>
        <translation>As contas e os ambientes de testes do ShipHero aos quais o InvSync pode se conectar; o ativo está marcado. Altere-os em Gerenciar conexões.</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>&amp;Gerenciar conexões…</translation>
    </message>
    <message>
        <source>Manage Connections</source>
        <translation>Gerenciar conexões</translation>
    </message>
    <message>
        <source>Opens the list of connections to add, edit, remove or switch one</source>
        <translation>Abre a lista de conexões para adicionar, editar, remover ou alternar uma conexão</translation>
    </message>
    <message>
        <source>File Hosting</source>
        <translation>Hospedagem de arquivos</translation>
    </message>
    <message>
        <source>ShipHero downloads the file you send from a URL. InvSync makes the checked file reachable from this computer&apos;s built-in host or from S3-compatible storage.</source>
        <translation>O ShipHero baixa de uma URL o arquivo que você envia. O InvSync torna o arquivo verificado acessível a partir do servidor integrado deste computador ou de um armazenamento compatível com S3.</translation>
    </message>
    <message>
        <source>File &amp;Hosting Settings…</source>
        <translation>Configurações de &amp;hospedagem de arquivos…</translation>
    </message>
    <message>
        <source>File Hosting Settings</source>
        <translation>Configurações de hospedagem de arquivos</translation>
    </message>
    <message>
        <source>Opens the settings of the built-in host and of S3 storage</source>
        <translation>Abre as configurações do servidor integrado e do armazenamento S3</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>&amp;Refresh running batches every:</source>
        <translation>&amp;Atualizar lotes em andamento a cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh running batches every, in seconds</source>
        <translation>Atualizar lotes em andamento a cada, em segundos</translation>
    </message>
    <message>
        <source>How often the Batches page asks ShipHero about batches that are still running; when none runs it asks every 30 seconds</source>
        <translation>Com que frequência a página Lotes consulta o ShipHero sobre lotes ainda em andamento; quando nenhum está em andamento, a consulta é feita a cada 30 segundos</translation>
    </message>
    <message>
        <source>How often the Batches page asks ShipHero about batches that are still running. When none runs it asks every 30 seconds.</source>
        <translation>Com que frequência a página Lotes consulta o ShipHero sobre lotes ainda em andamento. Quando nenhum está em andamento, a consulta é feita a cada 30 segundos.</translation>
    </message>
    <message>
        <source>&amp;Warn about changes above:</source>
        <translation>A&amp;visar sobre alterações acima de:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Warn about changes above, in percent of the stock on hand</source>
        <translation>Avisar sobre alterações acima de, em porcentagem do estoque atual</translation>
    </message>
    <message>
        <source>The check against the warehouse warns about a row that changes a product&apos;s stock by more than this share of what is on hand now</source>
        <translation>A verificação com o armazém avisa sobre uma linha que altera o estoque de um produto em mais do que esta porcentagem do que há em estoque agora</translation>
    </message>
    <message>
        <source>The check against the warehouse warns about a row that changes a product&apos;s stock by more than this share of what is on hand now: at 50 %, a product with 10 on hand is flagged below 5 or above 15. Setting a stocked product to 0 is always flagged.</source>
        <translation>A verificação com o armazém avisa sobre uma linha que altera o estoque de um produto em mais do que esta porcentagem do que há em estoque agora: com 50%, um produto com 10 em estoque é sinalizado abaixo de 5 ou acima de 15. Zerar o estoque de um produto que tem estoque é sempre sinalizado.</translation>
    </message>
    <message>
        <source>&amp;Tell me when a batch sent from this computer finishes</source>
        <translation>&amp;Notificar quando um lote enviado deste computador terminar</translation>
    </message>
    <message>
        <source>Tell me when a batch sent from this computer finishes</source>
        <translation>Notificar quando um lote enviado deste computador terminar</translation>
    </message>
    <message>
        <source>Shows a desktop notification with how many rows succeeded and failed</source>
        <translation>Mostra uma notificação na área de trabalho com quantas linhas foram bem-sucedidas e quantas falharam</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>O idioma das janelas, dos números e das datas do InvSync; ele muda quando o InvSync é reiniciado</translation>
    </message>
    <message>
        <source>Takes effect when InvSync restarts.</source>
        <translation>Entra em vigor quando o InvSync for reiniciado.</translation>
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
        <translation>A opção Sistema segue as cores da área de trabalho; Claro e Escuro são temas próprios do InvSync. A escolha é aplicada imediatamente.</translation>
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
        <translation>Escuro</translation>
    </message>
</context>
<context>
    <name>ShareLinks</name>
    <message>
        <source>Dropbox share link: asking for the file itself (dl=1).</source>
        <translation>Link compartilhado do Dropbox: pedindo o próprio arquivo (dl=1).</translation>
    </message>
    <message>
        <source>Google Drive share link: using its direct download form. The file must be shared with &quot;Anyone with the link&quot;.</source>
        <translation>Link compartilhado do Google Drive: usando a forma de download direto dele. O arquivo deve estar compartilhado com “Qualquer pessoa com o link”.</translation>
    </message>
    <message>
        <source>This Google Drive link does not name a single file.</source>
        <translation>Este link do Google Drive não indica um único arquivo.</translation>
    </message>
    <message>
        <source>Google Sheets link: downloading the sheet as CSV.</source>
        <translation>Link do Google Sheets: baixando a planilha como CSV.</translation>
    </message>
    <message>
        <source>OneDrive share link: using OneDrive&apos;s direct download address for shared files.</source>
        <translation>Link compartilhado do OneDrive: usando o endereço de download direto do OneDrive para arquivos compartilhados.</translation>
    </message>
    <message>
        <source>OneDrive link: asking for the file itself.</source>
        <translation>Link do OneDrive: pedindo o próprio arquivo.</translation>
    </message>
    <message>
        <source>SharePoint link: asking for the file itself (download=1). It works only when the link is shared with anyone.</source>
        <translation>Link do SharePoint: pedindo o próprio arquivo (download=1). Só funciona quando o link está compartilhado com qualquer pessoa.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Fill in the sandbox&apos;s demo user and password</source>
        <translation>Preenche o usuário e a senha de demonstração do ambiente de testes</translation>
    </message>
    <message>
        <source>Use &amp;Demo User</source>
        <translation>Usar usuário de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Email and Password</source>
        <translation>&amp;E-mail e senha</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>developer@example.com</source>
        <translation>developer@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>The user must be a developer user of the account.</source>
        <translation>O usuário deve ser um usuário desenvolvedor da conta.</translation>
    </message>
    <message>
        <source>Paste a &amp;Token</source>
        <translation>Colar um &amp;token</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token de &amp;acesso:</translation>
    </message>
    <message>
        <source>&amp;Refresh token:</source>
        <translation>Token de &amp;renovação:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>With a refresh token InvSync renews the access token before it expires; without one you paste a new token when it does.</source>
        <translation>Com um token de renovação, o InvSync renova o token de acesso antes que ele expire; sem ele, você precisa colar um novo token quando ele expirar.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Use demo user</source>
        <translation>Usar usuário de demonstração</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Método de login</translation>
    </message>
    <message>
        <source>Sign in with an email and password, or paste a token</source>
        <translation>Entre com e-mail e senha, ou cole um token</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de renovação</translation>
    </message>
    <message>
        <source>Optional: lets InvSync renew the access token</source>
        <translation>Opcional: permite que o InvSync renove o token de acesso</translation>
    </message>
</context>
<context>
    <name>SubmissionPlan</name>
    <message>
        <source>The file cannot be sent: %1</source>
        <translation>O arquivo não pode ser enviado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: fix them, or leave them out.</source>
        <translation>
            <numerusform>%n linha tem erros: corrija-a ou deixe-a de fora.</numerusform>
            <numerusform>%n linhas têm erros: corrija-as ou deixe-as de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row has an error: nothing is left to send.</source>
        <translation>Todas as linhas têm erros: não sobra nada para enviar.</translation>
    </message>
    <message>
        <source>The file has no rows to send.</source>
        <translation>O arquivo não tem linhas para enviar.</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Check a file and start the inventory sync of it</source>
        <translation>Verifica um arquivo e inicia a sincronização de inventário dele</translation>
    </message>
    <message>
        <source>submit (FILE | --url URL) --warehouse W [--host builtin|s3|none] [--wait] [--json]</source>
        <translation>submit (ARQUIVO | --url URL) --warehouse W [--host builtin|s3|none] [--wait] [--json]</translation>
    </message>
    <message>
        <source>Checks FILE (or the file at --url URL) as &quot;invsync validate&quot; does and refuses
it when it has errors, unless --skip-invalid leaves those rows out. A file of
more than 3000 rows is split into batches of at most 3000. Each part is made
reachable by URL (--host), sent to warehouse W as one inventory sync batch,
and recorded in the history the window shows. With --wait the batches are
followed until they finish; Ctrl+C stops the waiting, never the batches.</source>
        <translation>Verifica ARQUIVO (ou o arquivo em --url URL) como “invsync validate” faz e o
recusa quando ele tem erros, a menos que --skip-invalid deixe essas linhas de
fora. Um arquivo com mais de 3000 linhas é dividido em lotes de no máximo
3000. Cada parte se torna acessível por URL (--host), é enviada ao armazém W
como um lote de sincronização de inventário e é registrada no histórico que a
janela mostra. Com --wait, os lotes são acompanhados até terminarem; Ctrl+C
interrompe a espera, nunca os lotes.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send the file at URL rather than a local FILE</source>
        <translation>Envia o arquivo em URL em vez de um ARQUIVO local</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>The warehouse (required): its id, legacy id or name</source>
        <translation>O armazém (obrigatório): o id, o id legado ou o nome dele</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The customer account a 3PL acts for</source>
        <translation>A conta de cliente em nome da qual um 3PL atua</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>MODO</translation>
    </message>
    <message>
        <source>How ShipHero gets the file: builtin (this program serves it;
the default for FILE), s3 (uploaded to the bucket of the File Hosting
settings), none (the --url as given; the default with --url)</source>
        <translation>Como o ShipHero obtém o arquivo: builtin (este programa o serve;
o padrão com ARQUIVO), s3 (enviado ao bucket das configurações de
hospedagem de arquivos), none (a --url como informada; o padrão com --url)</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>The address ShipHero reaches the built-in host at (a port forward
or reverse proxy); default: the File Hosting settings</source>
        <translation>O endereço pelo qual o ShipHero acessa o servidor integrado (redirecionamento
de porta ou proxy reverso); padrão: as configurações de hospedagem de arquivos</translation>
    </message>
    <message>
        <source>Leave rows with errors (and, with --check-warehouse, SKUs the
warehouse does not have) out instead of refusing the file</source>
        <translation>Deixa de fora as linhas com erros (e, com --check-warehouse, os SKUs que o
armazém não tem) em vez de recusar o arquivo</translation>
    </message>
    <message>
        <source>Look every SKU up in the warehouse first: refuse SKUs it does not
have, and show the units going up and down</source>
        <translation>Consulta antes cada SKU no armazém: recusa os SKUs que ele não
tem e mostra as unidades que sobem e as que descem</translation>
    </message>
    <message>
        <source>Follow the batches until they finish</source>
        <translation>Acompanha os lotes até que terminem</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the report</source>
        <translation>Imprime um objeto JSON em vez do relatório</translation>
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
        <translation>Servidor integrado: as partes são servidas por este processo, então ele continua
em execução até o ShipHero obtê-las: com --wait, até os lotes terminarem; sem
--wait, até o ShipHero ter baixado todas as partes (no máximo 10 minutos). O
endereço e a porta vêm das configurações de hospedagem de arquivos; o ShipHero
precisa conseguir acessá-lo (--public-url).
S3: o bucket, o endpoint e o ID da chave de acesso vêm das configurações de
hospedagem; a chave secreta, do chaveiro ou de INVSYNC_S3_SECRET_KEY.
none: somente com --url; o arquivo é baixado e verificado primeiro, e a
mesma URL é passada ao ShipHero, sem alterações e sem divisão.

Saída JSON (--json), um objeto:
  {&quot;upload&quot;: {&quot;id&quot;: number ou null, &quot;file&quot;: string, &quot;sha256&quot;: string,
    &quot;rows&quot;: number, &quot;left_out&quot;: number, &quot;warehouse_id&quot;: string,
    &quot;customer_account_id&quot;: string ou null, &quot;hosting&quot;: string},
   &quot;stock&quot;: null ou {&quot;units_up&quot;: number, &quot;units_down&quot;: number,
    &quot;rows_up&quot;: number, &quot;rows_down&quot;: number, &quot;rows_unchanged&quot;: number,
    &quot;not_found&quot;: [string]},
   &quot;batches&quot;: [{&quot;part&quot;: number, &quot;sync_id&quot;: string ou null, &quot;first_row&quot;: number,
    &quot;rows&quot;: number, &quot;url&quot;: string, &quot;status&quot;: string, &quot;adopted&quot;: bool,
    &quot;finished&quot;: number, &quot;succeeded&quot;: number, &quot;failed&quot;: number,
    &quot;error&quot;: string ou null}],
   &quot;waited&quot;: bool, &quot;interrupted&quot;: bool}
  status é o último status conhecido do lote (“pending” logo depois de ser
  enviado), ou “not_started” quando o serviço não iniciou nenhum lote para a
  parte. Um arquivo recusado por causa dos erros gera {&quot;upload&quot;: null,
  &quot;validation&quot;: {...}} com o objeto que “invsync validate --json” imprime.

Códigos de saída:
  0  enviado (com --wait: todos os lotes foram bem-sucedidos)
  1  o arquivo tem erros (ou SKUs que o armazém não tem) e não foi enviado;
     ou, com --wait, um lote terminou com linhas com falha ou foi cancelado
  2  uso incorreto, não foi possível ler o arquivo, hospedagem não configurada
  3  não autenticado, ou o login foi recusado
  4  serviço, S3 ou rede indisponível; ou o ShipHero não baixou uma parte
  5  interrompido: os lotes já enviados continuam em andamento; acompanhe um
     com “invsync batch SYNC_ID --wait”
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado “%1”</translation>
    </message>
    <message>
        <source>give either FILE or --url URL, not both</source>
        <translation>informe ARQUIVO ou --url URL, não ambos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>“%1” não é um endereço web (http ou https)</translation>
    </message>
    <message>
        <source>no FILE given (or --url URL)</source>
        <translation>nenhum ARQUIVO informado (nem --url URL)</translation>
    </message>
    <message>
        <source>say which warehouse with --warehouse W; &quot;invsync warehouses&quot; lists them</source>
        <translation>informe o armazém com --warehouse W; “invsync warehouses” lista os armazéns</translation>
    </message>
    <message>
        <source>unknown --host &quot;%1&quot;; use builtin, s3 or none</source>
        <translation>--host desconhecido “%1”; use builtin, s3 ou none</translation>
    </message>
    <message>
        <source>--host none needs --url URL: a local file must be hosted (--host builtin or s3)</source>
        <translation>--host none precisa de --url URL: um arquivo local tem de ser hospedado (--host builtin ou s3)</translation>
    </message>
    <message>
        <source>--public-url is for --host builtin</source>
        <translation>--public-url é para --host builtin</translation>
    </message>
    <message>
        <source>--public-url &quot;%1&quot; is not a web address (http or https)</source>
        <translation>--public-url “%1” não é um endereço web (http ou https)</translation>
    </message>
    <message>
        <source>the file at the URL is sent unchanged with --host none, so no row can be left out; use --host builtin or s3 to send the rest</source>
        <translation>com --host none, o arquivo da URL é enviado sem alterações, então nenhuma linha pode ser deixada de fora; use --host builtin ou s3 para enviar o restante</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s); nothing was sent. Fix them (&quot;invsync validate %2&quot;), or leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%1 tem %n erro; nada foi enviado. Corrija-o (“invsync validate %2”) ou deixe essa linha de fora com --skip-invalid.</numerusform>
            <numerusform>%1 tem %n erros; nada foi enviado. Corrija-os (“invsync validate %2”) ou deixe essas linhas de fora com --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be sent even without its rows with errors; nothing was sent</source>
        <translation>%1 não pode ser enviado nem mesmo sem as linhas com erros; nada foi enviado</translation>
    </message>
    <message>
        <source>Checked %1 of %2 SKUs</source>
        <translation>%1 de %2 SKUs verificados</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) not found in warehouse %1: %2. Nothing was sent; leave those rows out with --skip-invalid.</source>
        <translation>
            <numerusform>%n SKU não encontrado no armazém %1: %2. Nada foi enviado; deixe essas linhas de fora com --skip-invalid.</numerusform>
            <numerusform>%n SKUs não encontrados no armazém %1: %2. Nada foi enviado; deixe essas linhas de fora com --skip-invalid.</numerusform>
        </translation>
    </message>
    <message>
        <source>no row is left to send once the SKUs warehouse %1 does not have are left out</source>
        <translation>não sobra nenhuma linha para enviar depois de deixar de fora os SKUs que o armazém %1 não tem</translation>
    </message>
    <message>
        <source>Note: %1 rows in one batch; ShipHero is slow above %2. Use --host builtin or s3 to have the file split.</source>
        <translation>Nota: %1 linhas em um só lote; o ShipHero fica lento acima de %2. Use --host builtin ou s3 para que o arquivo seja dividido.</translation>
    </message>
    <message>
        <source>the built-in host&apos;s address &quot;%1&quot; is not an IP address; fix it in the window&apos;s File Hosting settings</source>
        <translation>o endereço do servidor integrado, “%1”, não é um endereço IP; corrija-o nas configurações de hospedagem de arquivos da janela</translation>
    </message>
    <message>
        <source>the built-in host could not listen on %1 port %2; the port may be in use. Choose another in the window&apos;s File Hosting settings.</source>
        <translation>o servidor integrado não conseguiu escutar em %1, porta %2; a porta pode estar em uso. Escolha outra nas configurações de hospedagem de arquivos da janela.</translation>
    </message>
    <message>
        <source>Warning: the built-in host is at %1, which ShipHero cannot reach; give the address it can reach with --public-url.</source>
        <translation>Aviso: o servidor integrado está em %1, que o ShipHero não consegue acessar; informe com --public-url o endereço que ele consegue acessar.</translation>
    </message>
    <message>
        <source>S3 is not set up: %1. Set it up in the window&apos;s File Hosting settings; the secret key may also come from %2.</source>
        <translation>O S3 não está configurado: %1. Configure-o nas configurações de hospedagem de arquivos da janela; a chave secreta também pode vir de %2.</translation>
    </message>
    <message>
        <source>the history could not be opened, so nothing was sent: %1</source>
        <translation>não foi possível abrir o histórico, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>the history could not be written, so nothing was sent: %1</source>
        <translation>não foi possível gravar no histórico, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>the history could not be written, so part %1 was not sent: %2</source>
        <translation>não foi possível gravar no histórico, então a parte %1 não foi enviada: %2</translation>
    </message>
    <message>
        <source>interrupted while part %1 was being sent; it may have started. The history keeps it as sending, and the window checks it on start; &quot;invsync batches&quot; lists the batches.</source>
        <translation>interrompido enquanto a parte %1 era enviada; ela pode ter sido iniciada. O histórico a mantém como “enviando”, e a janela a verifica ao iniciar; “invsync batches” lista os lotes.</translation>
    </message>
    <message>
        <source>SYNC ID</source>
        <translation>ID DE SINCRONIZAÇÃO</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>LINHAS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>PROCESSADAS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>COM FALHA</translation>
    </message>
    <message>
        <source>(not started)</source>
        <translation>(não iniciado)</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>%n linha com erros deixada de fora.</numerusform>
            <numerusform>%n linhas com erros deixadas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse check: %1 units going up over %2 rows, %3 going down over %4 rows, %5 rows unchanged.</source>
        <translation>Verificação no armazém: %1 unidades subindo em %2 linhas, %3 descendo em %4 linhas, %5 linhas sem alteração.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 (%n row(s)) to %2 in %3 batch(es):</source>
        <translation>
            <numerusform>%1 (%n linha) enviado para %2 em %3 lote:</numerusform>
            <numerusform>%1 (%n linhas) enviado para %2 em %3 lote(s):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 batches finished, %3 of %4 rows done, %5 failed</source>
        <translation>%1 de %2 lotes terminados, %3 de %4 linhas processadas, %5 com falha</translation>
    </message>
    <message>
        <source>Serving the file until ShipHero has downloaded it...</source>
        <translation>Servindo o arquivo até que o ShipHero o tenha baixado...</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Concluído:</translation>
    </message>
    <message>
        <source>stopped waiting; the batches keep running and were not aborted.</source>
        <translation>a espera foi interrompida; os lotes continuam em andamento e não foram cancelados.</translation>
    </message>
    <message numerus="yes">
        <source>stopped serving the file before ShipHero downloaded it; the batches were not aborted, but %n part(s) will fail to download.</source>
        <translation>
            <numerusform>o arquivo deixou de ser servido antes que o ShipHero o baixasse; os lotes não foram cancelados, mas o download de %n parte vai falhar.</numerusform>
            <numerusform>o arquivo deixou de ser servido antes que o ShipHero o baixasse; os lotes não foram cancelados, mas o download de %n partes vai falhar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The built-in host stopped too: a part ShipHero has not downloaded yet will fail.</source>
        <translation>O servidor integrado também parou: uma parte que o ShipHero ainda não baixou vai falhar.</translation>
    </message>
    <message>
        <source>To follow them again, run:</source>
        <translation>Para acompanhá-los de novo, execute:</translation>
    </message>
    <message numerus="yes">
        <source>ShipHero did not download %n part(s) within %1 minutes; their batches will fail: %2</source>
        <translation>
            <numerusform>O ShipHero não baixou %n parte em %1 minutos; o lote dela vai falhar: %2</numerusform>
            <numerusform>O ShipHero não baixou %n partes em %1 minutos; os lotes delas vão falhar: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPage</name>
    <message>
        <source>Open an inventory file and fix what is wrong with it</source>
        <translation>Abra um arquivo de inventário e corrija o que estiver errado</translation>
    </message>
    <message>
        <source>1 File</source>
        <translation>1 Arquivo</translation>
    </message>
    <message>
        <source>2 Check</source>
        <translation>2 Verificar</translation>
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
        <translation>Solte aqui um arquivo CSV de inventário</translation>
    </message>
    <message>
        <source>InvSync reads the columns sku, quantity, action and reason (location is optional), shows every problem, and lets you fix them before you sync.</source>
        <translation>O InvSync lê as colunas sku, quantity, action e reason (location é opcional), mostra cada problema e permite que você os corrija antes de sincronizar.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Abrir arquivo…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Arquivos recentes</translation>
    </message>
    <message>
        <source>Click a file to open it again</source>
        <translation>Clique em um arquivo para abri-lo novamente</translation>
    </message>
    <message>
        <source>Try a sample</source>
        <translation>Experimente um exemplo</translation>
    </message>
    <message>
        <source>Click a sample to open it</source>
        <translation>Clique em um exemplo para abri-lo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>The text encoding used to read the file; Auto detects it</source>
        <translation>A codificação de texto usada para ler o arquivo; a opção Automática a detecta</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>The character between fields; Auto detects it</source>
        <translation>O caractere entre os campos; a opção Automático o detecta</translation>
    </message>
    <message>
        <source>Read the file again with this encoding and delimiter</source>
        <translation>Ler o arquivo novamente com esta codificação e este delimitador</translation>
    </message>
    <message>
        <source>&amp;Re-read</source>
        <translation>&amp;Ler novamente</translation>
    </message>
    <message>
        <source>Show only the rows that have an error or a warning</source>
        <translation>Mostrar apenas as linhas que têm um erro ou um aviso</translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Apenas linhas com &amp;problemas</translation>
    </message>
    <message>
        <source>Search cells (Ctrl+F)</source>
        <translation>Pesquisar nas células (Ctrl+F)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
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
        <translation>Codificação</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Próximo problema</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>Descartar erro</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Choose an inventory CSV file to check</source>
        <translation>Escolha um arquivo CSV de inventário para verificar</translation>
    </message>
    <message>
        <source>Activate a file to open it again</source>
        <translation>Ative um arquivo para abri-lo novamente</translation>
    </message>
    <message>
        <source>Sample files</source>
        <translation>Arquivos de exemplo</translation>
    </message>
    <message>
        <source>Activate a sample to open it</source>
        <translation>Ative um exemplo para abri-lo</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar leitura</translation>
    </message>
    <message>
        <source>Re-read file</source>
        <translation>Ler o arquivo novamente</translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation>Apenas linhas com problemas</translation>
    </message>
    <message>
        <source>Search cells</source>
        <translation>Pesquisar nas células</translation>
    </message>
    <message>
        <source>Shows only the rows with a cell containing this text</source>
        <translation>Mostra apenas as linhas com uma célula que contém este texto</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Visualização do arquivo</translation>
    </message>
    <message>
        <source>The rows of the file; cells with problems are marked, and can be edited</source>
        <translation>As linhas do arquivo; as células com problemas são marcadas e podem ser editadas</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Próximo problema</translation>
    </message>
    <message>
        <source>Go to the next row with a problem</source>
        <translation>Vai para a próxima linha com um problema</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>error</source>
        <translation>erro</translation>
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
        <translation>Verifica um arquivo CSV de inventário e lista seus problemas</translation>
    </message>
    <message>
        <source>validate FILE [--json] [--encoding NAME] [--delimiter C] [--quiet]</source>
        <translation>validate ARQUIVO [--json] [--encoding NOME] [--delimiter C] [--quiet]</translation>
    </message>
    <message>
        <source>Reads FILE as the window does (encoding and delimiter detected unless given)
and lists every problem with its file line, column, severity and code.
Row numbers count data rows from 1, header excluded, as ShipHero does.</source>
        <translation>Lê ARQUIVO como a janela faz (codificação e delimitador detectados se não forem informados)
e lista cada problema com sua linha no arquivo, coluna, gravidade e código.
As linhas de dados são contadas a partir de 1, sem o cabeçalho, como faz a ShipHero.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of the report</source>
        <translation>Imprime um objeto JSON em vez do relatório</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Encoding: %1
(default: auto: from the BOM, else UTF-8, else Windows-1252)</source>
        <translation>Codificação: %1
(padrão: auto: pelo BOM, senão UTF-8, senão Windows-1252)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Field delimiter: %1 (default: detected)</source>
        <translation>Delimitador de campos: %1 (padrão: detectado)</translation>
    </message>
    <message>
        <source>Print only the errors: no header, warnings or summary</source>
        <translation>Imprime apenas os erros: sem cabeçalho, avisos ou resumo</translation>
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
        <translation>Saída JSON (--json), um objeto, com as chaves nesta ordem:
  {&quot;file&quot;: string, &quot;encoding&quot;: string, &quot;delimiter&quot;: string, &quot;rows&quot;: number,
   &quot;errors&quot;: number, &quot;warnings&quot;: number,
   &quot;issues&quot;: [{&quot;row&quot;: number, &quot;line&quot;: number, &quot;column&quot;: string ou null,
               &quot;severity&quot;: &quot;error&quot;|&quot;warning&quot;|&quot;notice&quot;, &quot;code&quot;: string,
               &quot;message&quot;: string}]}
  row e line valem 0 quando o problema se refere ao arquivo inteiro; os códigos nunca mudam.

Códigos de saída:
  0  sem erros (avisos e notas são permitidos)
  1  o arquivo tem erros
  2  uso incorreto, ou o arquivo não pode ser lido
  5  interrompido
</translation>
    </message>
    <message>
        <source>no FILE given</source>
        <translation>nenhum ARQUIVO informado</translation>
    </message>
    <message>
        <source>expected one FILE, got %1: %2</source>
        <translation>esperava-se um ARQUIVO, foram recebidos %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use one of: %2</source>
        <translation>codificação desconhecida “%1”; use uma destas: %2</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use one of: %2</source>
        <translation>delimitador desconhecido “%1”; use um destes: %2</translation>
    </message>
    <message>
        <source>Checking %1: %2%</source>
        <translation>Verificando %1: %2%</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 com BOM</translation>
    </message>
    <message>
        <source>%1 (the file is not valid UTF-8)</source>
        <translation>%1 (o arquivo não é UTF-8 válido)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>row %1:</source>
        <translation>linha %1:</translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n row(s).</source>
        <translation>
            <numerusform>Nenhum problema encontrado em %n linha.</numerusform>
            <numerusform>Nenhum problema encontrado em %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 and %3 in %4.</source>
        <translation>%1, %2 e %3 em %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
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
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehousesCommand</name>
    <message>
        <source>Exit codes: 0 done; 2 wrong usage; 3 not signed in; 4 service unreachable;
5 interrupted.
</source>
        <translation>Códigos de saída: 0 concluído; 2 uso incorreto; 3 sessão não iniciada;
4 serviço inacessível; 5 interrompido.
</translation>
    </message>
    <message>
        <source>List the account&apos;s warehouses</source>
        <translation>Lista os armazéns da conta</translation>
    </message>
    <message>
        <source>warehouses [--json]</source>
        <translation>warehouses [--json]</translation>
    </message>
    <message>
        <source>Lists the warehouses of the account: the id and the name that --warehouse
accepts, the legacy (numeric) id, and whether it uses dynamic slotting.</source>
        <translation>Lista os armazéns da conta: o id e o nome que --warehouse aceita,
o id legado (numérico) e se ele usa endereçamento dinâmico (dynamic slotting).</translation>
    </message>
    <message>
        <source>Print one JSON array instead of the table</source>
        <translation>Imprime um array JSON em vez da tabela</translation>
    </message>
    <message>
        <source>JSON output (--json), one array:
  [{&quot;id&quot;: string, &quot;legacy_id&quot;: number, &quot;name&quot;: string, &quot;active&quot;: bool,
    &quot;dynamic_slotting&quot;: bool}]

</source>
        <translation>Saída JSON (--json), um array:
  [{&quot;id&quot;: string, &quot;legacy_id&quot;: number, &quot;name&quot;: string, &quot;active&quot;: bool,
    &quot;dynamic_slotting&quot;: bool}]

</translation>
    </message>
    <message>
        <source>No warehouses.</source>
        <translation>Nenhum armazém.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LEGACY ID</source>
        <translation>ID LEGADO</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>SLOTTING</source>
        <translation>ENDEREÇAMENTO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ATIVO</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dinâmico</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estático</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>invsync::AbortDialog</name>
    <message>
        <source>Choose a reason or type your own</source>
        <translation>Escolha um motivo ou digite o seu</translation>
    </message>
    <message>
        <source>Abort batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <source>Wrong file</source>
        <translation>Arquivo errado</translation>
    </message>
    <message>
        <source>Wrong warehouse</source>
        <translation>Armazém errado</translation>
    </message>
    <message>
        <source>Wrong quantities</source>
        <translation>Quantidades erradas</translation>
    </message>
    <message>
        <source>Abort the batch of %1?</source>
        <translation>Cancelar o lote de %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already applied will stay applied: aborting does not revert them. About %1 row(s) not processed yet will not be applied.</source>
        <translation>
            <numerusform>%n linha já aplicada continuará aplicada: cancelar não a reverte. Cerca de %1 linhas ainda não processadas não serão aplicadas.</numerusform>
            <numerusform>%n linhas já aplicadas continuarão aplicadas: cancelar não as reverte. Cerca de %1 linhas ainda não processadas não serão aplicadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::AboutDialog</name>
    <message>
        <source>About InvSync</source>
        <translation>Sobre o InvSync</translation>
    </message>
    <message>
        <source>InvSync logo</source>
        <translation>Logotipo do InvSync</translation>
    </message>
    <message>
        <source>InvSync %1</source>
        <translation>InvSync %1</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nome e versão do aplicativo</translation>
    </message>
    <message>
        <source>Check, fix and sync inventory CSV files with ShipHero.</source>
        <translation>Verifique, corrija e sincronize arquivos CSV de inventário com o ShipHero.</translation>
    </message>
    <message>
        <source>Portable mode: settings and history are kept in %1</source>
        <translation>Modo portátil: as configurações e o histórico são mantidos em %1</translation>
    </message>
    <message>
        <source>Submission history is kept in %1</source>
        <translation>O histórico de envios é mantido em %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com Qt %2)</translation>
    </message>
    <message>
        <source>Version and data folder</source>
        <translation>Versão e pasta de dados</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>Licensed components</source>
        <translation>Componentes licenciados</translation>
    </message>
    <message>
        <source>InvSync: MIT</source>
        <translation>InvSync: MIT</translation>
    </message>
    <message>
        <source>InvSync is free software under the MIT License.</source>
        <translation>O InvSync é software livre sob a Licença MIT.</translation>
    </message>
    <message>
        <source>Qt: LGPL-3.0</source>
        <translation>Qt: LGPL-3.0</translation>
    </message>
    <message>
        <source>InvSync uses the Qt toolkit under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt is used as shared libraries provided by the operating system or installed beside InvSync, so you can replace them with your own build of Qt.</source>
        <translation>O InvSync usa o toolkit Qt sob a GNU Lesser General Public License versão 3 (LGPL-3.0). O Qt é usado como bibliotecas compartilhadas fornecidas pelo sistema operacional ou instaladas junto com o InvSync, de modo que você pode substituí-las por sua própria compilação do Qt.</translation>
    </message>
    <message>
        <source>Licensing and source code: %1</source>
        <translation>Licenciamento e código-fonte: %1</translation>
    </message>
    <message>
        <source>The LGPL-3.0 adds permissions to the GNU General Public License version 3, which follows.</source>
        <translation>A LGPL-3.0 acrescenta permissões à GNU General Public License versão 3, reproduzida a seguir.</translation>
    </message>
    <message>
        <source>QtKeychain: BSD-2-Clause</source>
        <translation>QtKeychain: BSD-2-Clause</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain with QtKeychain, under the BSD 2-Clause License.</source>
        <translation>As senhas e os tokens são mantidos no chaveiro do sistema com o QtKeychain, sob a Licença BSD de 2 cláusulas (BSD 2-Clause).</translation>
    </message>
    <message>
        <source>SQLite: public domain</source>
        <translation>SQLite: domínio público</translation>
    </message>
    <message>
        <source>The submission history is stored with SQLite, which is in the public domain.</source>
        <translation>O histórico de envios é armazenado com o SQLite, que está em domínio público.</translation>
    </message>
    <message>
        <source>&amp;Copy version info</source>
        <translation>&amp;Copiar informações da versão</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Copiar informações da versão</translation>
    </message>
    <message>
        <source>Copies one line with the versions of InvSync, Qt and the system, for a bug report</source>
        <translation>Copia uma linha com as versões do InvSync, do Qt e do sistema, para um relatório de erro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>License text: %1</source>
        <translation>Texto da licença: %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>invsync::AuthSession</name>
    <message>
        <source>The token renewal was stopped.</source>
        <translation>A renovação do token foi interrompida.</translation>
    </message>
    <message>
        <source>%1 did not answer the token renewal in time. Check your network connection and try again.</source>
        <translation>%1 não respondeu à renovação do token a tempo. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>%1 did not answer the sign-in in time. Check your network connection and try again.</source>
        <translation>%1 não respondeu ao login a tempo. Verifique sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the connection&apos;s address and your network connection.</source>
        <translation>Não foi possível acessar %1 (%2). Verifique o endereço da conexão e sua conexão de rede.</translation>
    </message>
    <message>
        <source>%1 answered the token renewal with HTTP status %2. Try again later.</source>
        <translation>%1 respondeu à renovação do token com o status HTTP %2. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in with HTTP status %2. Try again later.</source>
        <translation>%1 respondeu ao login com o status HTTP %2. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>This connection has no address yet; choose or start one first.</source>
        <translation>Esta conexão ainda não tem endereço; escolha ou inicie uma primeiro.</translation>
    </message>
    <message>
        <source>Enter the email and password of a developer user.</source>
        <translation>Digite o e-mail e a senha de um usuário desenvolvedor.</translation>
    </message>
    <message>
        <source>%1 refused the email or password. Check them; the user must be a developer user of the account.</source>
        <translation>%1 recusou o e-mail ou a senha. Verifique-os; o usuário deve ser um usuário desenvolvedor da conta.</translation>
    </message>
    <message>
        <source>%1 sent a sign-in answer InvSync cannot read. Check that the connection&apos;s address is right.</source>
        <translation>%1 enviou uma resposta de login que o InvSync não consegue ler. Verifique se o endereço da conexão está correto.</translation>
    </message>
    <message>
        <source>Paste an access token, or sign in with your email and password.</source>
        <translation>Cole um token de acesso ou entre com seu e-mail e senha.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sessão não iniciada.</translation>
    </message>
    <message>
        <source>Not signed in to %1.</source>
        <translation>Sessão não iniciada em %1.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved (%1); it lasts until InvSync quits.</source>
        <translation>Não foi possível salvar seu login (%1); ele vale até o InvSync ser fechado.</translation>
    </message>
    <message>
        <source>The access token for %1 was refused and there is no refresh token to renew it. Sign in again or paste a new token.</source>
        <translation>O token de acesso para %1 foi recusado e não há token de renovação (refresh token) para renová-lo. Entre novamente ou cole um novo token.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Sign in first.</source>
        <translation>Sessão não iniciada em %1. Entre primeiro.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your sign-in. Sign in again.</source>
        <translation>%1 não aceita mais seu login. Entre novamente.</translation>
    </message>
    <message>
        <source>%1 sent a token renewal InvSync cannot read.</source>
        <translation>%1 enviou uma renovação de token que o InvSync não consegue ler.</translation>
    </message>
</context>
<context>
    <name>invsync::BatchPage</name>
    <message>
        <source>All rows, failures first</source>
        <translation>Todas as linhas, com falha primeiro</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>%1 of %2 rows loaded</source>
        <translation>%1 de %2 linhas carregadas</translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation>, carregando…</translation>
    </message>
    <message>
        <source>Could not load the rows of the batch: %1</source>
        <translation>Não foi possível carregar as linhas do lote: %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>%1 in all: %2 succeeded, %3 failed, %4 not processed yet</source>
        <translation>%1 no total: %2 bem-sucedidas, %3 com falha, %4 ainda não processadas</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Sem erro</translation>
    </message>
    <message>
        <source>Succeeded %1</source>
        <translation>Bem-sucedidas %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Com falha %1</translation>
    </message>
    <message>
        <source>Pending %1</source>
        <translation>Pendentes %1</translation>
    </message>
    <message>
        <source>Not processed %1</source>
        <translation>Não processadas %1</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Exportar linhas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder and try again.</source>
        <translation>Não foi possível gravar %1: %2. Escolha outra pasta e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n linha exportada para %1</numerusform>
            <numerusform>%n linhas exportadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the failed rows…</source>
        <translation>Carregando as linhas com falha…</translation>
    </message>
    <message>
        <source>Could not load the failed rows: %1</source>
        <translation>Não foi possível carregar as linhas com falha: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s) loaded</source>
        <translation>
            <numerusform>%n linha com falha carregada</numerusform>
            <numerusform>%n linhas com falha carregadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::BatchRowsModel</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
Iniciado a partir deste computador</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Bem-sucedidas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
</context>
<context>
    <name>invsync::BatchesPage</name>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Qualquer erro</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Todos os armazéns</translation>
    </message>
    <message>
        <source>Could not refresh the batches: %1</source>
        <translation>Não foi possível atualizar os lotes: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>Loading batches…</source>
        <translation>Carregando lotes…</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n s ago</source>
        <translation>
            <numerusform>Atualizado há %n s</numerusform>
            <numerusform>Atualizado há %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n min ago</source>
        <translation>
            <numerusform>Atualizado há %n min</numerusform>
            <numerusform>Atualizado há %n min</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (em pausa)</translation>
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
        <translation>Copiar id do lote</translation>
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
        <translation>O lote já havia terminado (%1), então não há nada para cancelar.</translation>
    </message>
    <message>
        <source>Aborting the batch…</source>
        <translation>Cancelando o lote…</translation>
    </message>
    <message numerus="yes">
        <source>Batch aborted: %n row(s) had been applied and stay applied.</source>
        <translation>
            <numerusform>Lote cancelado: %n linha já havia sido aplicada e continua aplicada.</numerusform>
            <numerusform>Lote cancelado: %n linhas já haviam sido aplicadas e continuam aplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh Batches</source>
        <translation>&amp;Atualizar lotes</translation>
    </message>
    <message>
        <source>Refresh the list of batches now</source>
        <translation>Atualiza a lista de lotes agora</translation>
    </message>
    <message>
        <source>&amp;Abort Batch…</source>
        <translation>&amp;Cancelar lote…</translation>
    </message>
    <message>
        <source>Stop the selected batch: rows not processed yet are not applied</source>
        <translation>Interrompe o lote selecionado: as linhas ainda não processadas não são aplicadas</translation>
    </message>
</context>
<context>
    <name>invsync::Connection</name>
    <message>
        <source>The embedded sandbox is not running.</source>
        <translation>O ambiente de testes integrado não está em execução.</translation>
    </message>
    <message>
        <source>This connection has no address.</source>
        <translation>Esta conexão não tem endereço.</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>não está em execução</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sessão não iniciada</translation>
    </message>
    <message>
        <source>signed in with a token</source>
        <translation>sessão iniciada com um token</translation>
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
        <translation>Dê um nome à conexão.</translation>
    </message>
    <message>
        <source>There is already a connection named &quot;%1&quot;.</source>
        <translation>Já existe uma conexão chamada “%1”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one such as https://example.com or http://127.0.0.1:8080.</source>
        <translation>“%1” não é um endereço web; digite um como https://example.com ou http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; sign in after saving the connection.</source>
        <translation>Não inclua o nome de usuário e a senha no endereço; entre depois de salvar a conexão.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Essa conexão não existe mais.</translation>
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
        <translation>Ambiente de testes integrado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Active · %1</source>
        <translation>Ativa · %1</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>não está em execução</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Use and &amp;Sign In…</source>
        <translation>Usar e &amp;entrar…</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remover conexão</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;? Its sign-in is forgotten too.</source>
        <translation>Remover a conexão “%1”? O login dela também será esquecido.</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>Nova conexão</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Editar conexão</translation>
    </message>
    <message>
        <source>Enter the connection&apos;s address, such as https://example.com.</source>
        <translation>Digite o endereço da conexão, como https://example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; enter one such as https://example.com or http://127.0.0.1:8080.</source>
        <translation>“%1” não é um endereço web; digite um como https://example.com ou http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>invsync::FallbackSecretStore</name>
    <message>
        <source>No keychain service is running, so your sign-in is kept in memory only and is forgotten when InvSync quits.</source>
        <translation>Nenhum serviço de chaveiro está em execução, então seu login é mantido apenas na memória e será esquecido quando o InvSync for fechado.</translation>
    </message>
</context>
<context>
    <name>invsync::GraphqlClient</name>
    <message>
        <source>InvSync has no request named %1. This is a bug in InvSync.</source>
        <translation>O InvSync não tem nenhuma requisição chamada %1. Isso é um erro do InvSync.</translation>
    </message>
    <message>
        <source>No connection is set up. Choose one under Connection.</source>
        <translation>Nenhuma conexão está configurada. Escolha uma em Conexão.</translation>
    </message>
    <message>
        <source>Waiting %1 s for API credits.</source>
        <translation>Aguardando %1 s por créditos de API.</translation>
    </message>
    <message>
        <source>Sign in to %1 first.</source>
        <translation>Entre em %1 primeiro.</translation>
    </message>
    <message>
        <source>%1 no longer accepts your sign-in. Sign in again.</source>
        <translation>%1 não aceita mais seu login. Entre novamente.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2).</source>
        <translation>Não foi possível acessar %1 (%2).</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 respondeu com o status HTTP %2.</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP status %2.</source>
        <translation>%1 recusou a requisição com o status HTTP %2.</translation>
    </message>
    <message>
        <source>%1 sent an answer InvSync cannot read.</source>
        <translation>%1 enviou uma resposta que o InvSync não consegue ler.</translation>
    </message>
    <message>
        <source>The request needs %1 API credits, more than %2 can hold (%3). Ask for fewer rows at a time.</source>
        <translation>A requisição precisa de %1 créditos de API, mais do que %2 pode acumular (%3). Peça menos linhas de cada vez.</translation>
    </message>
    <message>
        <source>%1 stayed out of API credits after %2 s of waiting. Try again later.</source>
        <translation>%1 continuou sem créditos de API após %2 s de espera. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 is out of API credits for %2 s; retrying.</source>
        <translation>%1 está sem créditos de API por %2 s; tentando novamente.</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent: %1 It is not known whether %2 received it.</source>
        <translation>A conexão falhou depois que a requisição foi enviada: %1 Não se sabe se %2 a recebeu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Tried %n time(s); check your network connection and try again.</source>
        <translation>
            <numerusform>%1 Tentado %n vez; verifique sua conexão de rede e tente novamente.</numerusform>
            <numerusform>%1 Tentado %n vezes; verifique sua conexão de rede e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Tentando novamente em %2 s.</translation>
    </message>
</context>
<context>
    <name>invsync::HostingService</name>
    <message>
        <source>The built-in host&apos;s address &quot;%1&quot; is not an IP address. Fix it in File Hosting Settings (for example 127.0.0.1, or 0.0.0.0 for every network).</source>
        <translation>O endereço do servidor integrado, “%1”, não é um endereço IP. Corrija-o em Configurações de hospedagem de arquivos (por exemplo, 127.0.0.1, ou 0.0.0.0 para todas as redes).</translation>
    </message>
    <message>
        <source>The built-in host&apos;s port %1 is out of range (0–65535).</source>
        <translation>A porta %1 do servidor integrado está fora do intervalo permitido (0–65535).</translation>
    </message>
    <message>
        <source>The built-in host could not listen on %1 port %2: the port may be in use, or the address may not belong to this computer. Choose another in File Hosting Settings.</source>
        <translation>O servidor integrado não conseguiu escutar em %1, porta %2: a porta pode estar em uso ou o endereço pode não pertencer a este computador. Escolha outro em Configurações de hospedagem de arquivos.</translation>
    </message>
</context>
<context>
    <name>invsync::HostingSettingsDialog</name>
    <message>
        <source>It is running on %1 port %2 now: a new address or port applies the next time InvSync starts; a new public base URL applies to files made reachable from now on.</source>
        <translation>Ele está em execução agora em %1, porta %2: um novo endereço ou porta será aplicado na próxima vez que o InvSync for iniciado; uma nova URL base pública será aplicada aos arquivos tornados acessíveis a partir de agora.</translation>
    </message>
    <message>
        <source>The secret key is kept in the system keychain, never in the settings file.</source>
        <translation>A chave secreta é mantida no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>Stored — type a new key to replace it</source>
        <translation>Armazenada — digite uma nova chave para substituí-la</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definida</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address; 127.0.0.1 only works with the sandbox.</source>
        <translation>A ShipHero precisa conseguir acessar este endereço; 127.0.0.1 só funciona com o ambiente de testes.</translation>
    </message>
    <message>
        <source>Without a public base URL, links name %1 itself: set the address ShipHero reaches this computer at (a port forward or a reverse proxy you run).</source>
        <translation>Sem uma URL base pública, os links apontam diretamente para %1: informe o endereço pelo qual a ShipHero acessa este computador (um redirecionamento de porta ou um proxy reverso que você mantém).</translation>
    </message>
    <message>
        <source>The bind address &quot;%1&quot; is not an IP address (for example 127.0.0.1, or 0.0.0.0 for every network).</source>
        <translation>O endereço de escuta “%1” não é um endereço IP (por exemplo, 127.0.0.1, ou 0.0.0.0 para todas as redes).</translation>
    </message>
    <message>
        <source>The public base URL must be an http or https address, such as https://files.example.com/invsync.</source>
        <translation>A URL base pública deve ser um endereço http ou https, como https://files.example.com/invsync.</translation>
    </message>
    <message>
        <source>The S3 endpoint must be an http or https address, such as https://s3.eu-west-1.amazonaws.com.</source>
        <translation>O endpoint S3 deve ser um endereço http ou https, como https://s3.eu-west-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>Virtual-host addressing puts the bucket in the endpoint&apos;s host name, which %1 cannot have: choose path style addressing.</source>
        <translation>O endereçamento por host virtual coloca o bucket no nome de host do endpoint, o que não é possível com %1: escolha o endereçamento por caminho.</translation>
    </message>
    <message>
        <source>The S3 secret key could not be stored: %1</source>
        <translation>Não foi possível armazenar a chave secreta do S3: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>It works: a test object was uploaded to &quot;%1&quot;.</source>
        <translation>Funciona: um objeto de teste foi enviado para “%1”.</translation>
    </message>
</context>
<context>
    <name>invsync::KeychainSecretStore</name>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>O acesso ao chaveiro foi negado.</translation>
    </message>
    <message>
        <source>The keychain could not delete the entry: %1</source>
        <translation>O chaveiro não conseguiu excluir a entrada: %1</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>O chaveiro não está disponível: %1</translation>
    </message>
</context>
<context>
    <name>invsync::MainWindow</name>
    <message>
        <source>The embedded sandbox could not listen on 127.0.0.1.</source>
        <translation>O ambiente de testes integrado não conseguiu escutar em 127.0.0.1.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>Painel de &amp;problemas</translation>
    </message>
    <message>
        <source>API credits left: every request costs some, and they refill over time. InvSync paces its requests by them.</source>
        <translation>Créditos de API restantes: cada requisição consome alguns, e eles são recarregados com o tempo. O InvSync controla o ritmo das requisições de acordo com eles.</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>Abrir &amp;URL…</translation>
    </message>
    <message>
        <source>Download an inventory CSV from a link and check it</source>
        <translation>Baixar um CSV de inventário a partir de um link e verificá-lo</translation>
    </message>
    <message>
        <source>File &amp;Hosting Settings…</source>
        <translation>Configurações de &amp;hospedagem de arquivos…</translation>
    </message>
    <message>
        <source>How InvSync makes a file reachable: this computer&apos;s address, S3 storage</source>
        <translation>Como o InvSync torna um arquivo acessível: o endereço deste computador, armazenamento S3</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>Credits: %1 of %2</source>
        <translation>Créditos: %1 de %2</translation>
    </message>
    <message>
        <source>Inventory sync succeeded</source>
        <translation>A sincronização de inventário foi concluída com sucesso</translation>
    </message>
    <message>
        <source>Inventory sync partly failed</source>
        <translation>A sincronização de inventário falhou em parte</translation>
    </message>
    <message>
        <source>Inventory sync aborted</source>
        <translation>Sincronização de inventário cancelada</translation>
    </message>
    <message>
        <source>Inventory sync failed</source>
        <translation>A sincronização de inventário falhou</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows succeeded, %4 failed.</source>
        <translation>%1: %2 de %3 linhas bem-sucedidas, %4 com falha.</translation>
    </message>
    <message>
        <source>%1 not run.</source>
        <translation>%1 não executadas.</translation>
    </message>
    <message>
        <source>That batch is not on the Batches page yet.</source>
        <translation>Esse lote ainda não está na página Lotes.</translation>
    </message>
    <message>
        <source>%1
Click to sign in as someone else.</source>
        <translation>%1
Clique para entrar como outra pessoa.</translation>
    </message>
    <message>
        <source>%1
Click to sign in.</source>
        <translation>%1
Clique para entrar.</translation>
    </message>
    <message>
        <source>Signed in: %1.</source>
        <translation>Sessão iniciada: %1.</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1: sem conexão</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexão: %1</translation>
    </message>
    <message>
        <source>Open Inventory File</source>
        <translation>Abrir arquivo de inventário</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Arquivos de texto (*.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>failed rows of %1</source>
        <translation>linhas com falha de %1</translation>
    </message>
    <message>
        <source>failed rows of %1.csv</source>
        <translation>linhas com falha de %1.csv</translation>
    </message>
    <message>
        <source>This batch is not in this computer&apos;s history: the failed rows are rebuilt from what the service reports, without any other columns of the file sent.</source>
        <translation>Este lote não está no histórico deste computador: as linhas com falha são reconstruídas a partir do que o serviço informa, sem as demais colunas do arquivo enviado.</translation>
    </message>
    <message>
        <source>The file sent for this batch could not be read back from the history: the failed rows are rebuilt from what the service reports.</source>
        <translation>Não foi possível ler do histórico o arquivo enviado para este lote: as linhas com falha são reconstruídas a partir do que o serviço informa.</translation>
    </message>
    <message>
        <source>The failed rows were not found in the file sent for this batch: they are rebuilt from what the service reports.</source>
        <translation>As linhas com falha não foram encontradas no arquivo enviado para este lote: elas são reconstruídas a partir do que o serviço informa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed row(s) could not be found in the file sent for this batch.</source>
        <translation>
            <numerusform>%Ln linha com falha não foi encontrada no arquivo enviado para este lote.</numerusform>
            <numerusform>%Ln linhas com falha não foram encontradas no arquivo enviado para este lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>lote %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 tem alterações que não foram salvas. Deseja salvá-las primeiro?</translation>
    </message>
    <message>
        <source>Save Inventory File As</source>
        <translation>Salvar arquivo de inventário como</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.
Choose another folder, or free some space, and save again.</source>
        <translation>Não foi possível gravar %1: %2.
Escolha outra pasta, ou libere espaço, e salve novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln linha salva em %1.</numerusform>
            <numerusform>%Ln linhas salvas em %1.</numerusform>
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
        <translation>Nenhum arquivo aberto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erro</numerusform>
            <numerusform>%Ln erros</numerusform>
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
        <translation>Solte um arquivo .csv para abri-lo.</translation>
    </message>
    <message>
        <source>Only .csv files can be opened.</source>
        <translation>Apenas arquivos .csv podem ser abertos.</translation>
    </message>
    <message>
        <source>%1 is not a .csv file: only .csv files can be opened.</source>
        <translation>%1 não é um arquivo .csv: apenas arquivos .csv podem ser abertos.</translation>
    </message>
    <message>
        <source>&amp;Upload Page</source>
        <translation>Página de &amp;envio</translation>
    </message>
    <message>
        <source>&amp;Batches Page</source>
        <translation>Página de &amp;lotes</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>Start an inventory sync with this file</source>
        <translation>Iniciar uma sincronização de inventário com este arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figurações…</translation>
    </message>
    <message>
        <source>Connections, file hosting, refresh pace, warnings, language and theme</source>
        <translation>Conexões, hospedagem de arquivos, frequência de atualização, avisos, idioma e tema</translation>
    </message>
</context>
<context>
    <name>invsync::MemorySecretStore</name>
    <message>
        <source>No keychain service is running.</source>
        <translation>Nenhum serviço de chaveiro está em execução.</translation>
    </message>
</context>
<context>
    <name>invsync::OpenUrlDialog</name>
    <message>
        <source>&amp;Download and Check</source>
        <translation>&amp;Baixar e verificar</translation>
    </message>
    <message>
        <source>Link sent to ShipHero: %1</source>
        <translation>Link enviado à ShipHero: %1</translation>
    </message>
</context>
<context>
    <name>invsync::PreviewModel</name>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <source>What the row changes: its quantity minus the on-hand in %1 now. Not sent to ShipHero.</source>
        <translation>O que a linha altera: sua quantidade menos a quantidade em estoque em %1 agora. Não é enviado à ShipHero.</translation>
    </message>
    <message>
        <source>The SKU&apos;s on-hand in %1 when it was checked. Not sent to ShipHero.</source>
        <translation>A quantidade em estoque do SKU em %1 quando foi verificada. Não é enviada à ShipHero.</translation>
    </message>
    <message>
        <source>ShipHero does not use this column: it is shown but not saved.</source>
        <translation>A ShipHero não usa esta coluna: ela é mostrada, mas não é salva.</translation>
    </message>
    <message>
        <source>Some rows have more fields than the header: they are shown here but not saved.</source>
        <translation>Algumas linhas têm mais campos do que o cabeçalho: elas são mostradas aqui, mas não são salvas.</translation>
    </message>
</context>
<context>
    <name>invsync::ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>Linha %1 do arquivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Origem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requisição</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Copied the URL to the clipboard.</source>
        <translation>A URL foi copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Serving %1 from this computer.</source>
        <translation>Servindo %1 a partir deste computador.</translation>
    </message>
    <message>
        <source>%1 Fix it in Hosting Settings.</source>
        <translation>%1 Corrija isso em Configurações de hospedagem.</translation>
    </message>
    <message>
        <source>No secret store is available for the S3 secret key.</source>
        <translation>Nenhum armazenamento de segredos está disponível para a chave secreta do S3.</translation>
    </message>
    <message>
        <source>Reading the S3 secret key…</source>
        <translation>Lendo a chave secreta do S3…</translation>
    </message>
    <message>
        <source>No S3 secret key is stored. Enter it in Hosting Settings, then make the file reachable again.</source>
        <translation>Nenhuma chave secreta do S3 está armazenada. Digite-a em Configurações de hospedagem e torne o arquivo acessível novamente.</translation>
    </message>
    <message>
        <source>The S3 secret key could not be read: %1</source>
        <translation>Não foi possível ler a chave secreta do S3: %1</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Enviando para %1…</translation>
    </message>
    <message>
        <source>Sent; waiting for %1 to confirm…</source>
        <translation>Enviado; aguardando a confirmação de %1…</translation>
    </message>
    <message>
        <source>Uploaded %1 to S3 storage.</source>
        <translation>%1 enviado para o armazenamento S3.</translation>
    </message>
    <message>
        <source>Stopped the upload.</source>
        <translation>O envio foi interrompido.</translation>
    </message>
    <message>
        <source>This computer no longer serves the file.</source>
        <translation>Este computador não está mais servindo o arquivo.</translation>
    </message>
    <message>
        <source>ShipHero downloaded the file at %1 (%2).</source>
        <translation>A ShipHero baixou o arquivo às %1 (%2).</translation>
    </message>
    <message>
        <source>From %1 at %2</source>
        <translation>De %1 em %2</translation>
    </message>
    <message>
        <source>The serving time ended: this computer no longer serves the file. Make it reachable again if ShipHero still needs it.</source>
        <translation>O tempo de disponibilização terminou: este computador não está mais servindo o arquivo. Torne-o acessível novamente se a ShipHero ainda precisar dele.</translation>
    </message>
    <message>
        <source>Open a file first.</source>
        <translation>Abra um arquivo primeiro.</translation>
    </message>
    <message>
        <source>This document was not opened from a link. Use File ▸ Open URL… to check a file at a link, or choose another way.</source>
        <translation>Este documento não foi aberto a partir de um link. Use Arquivo ▸ Abrir URL… para verificar um arquivo em um link, ou escolha outra forma.</translation>
    </message>
    <message>
        <source>The document was edited after it was downloaded: the link still serves the original. Undo the edits, or choose another way to send the edited file.</source>
        <translation>O documento foi editado depois de ser baixado: o link ainda serve o original. Desfaça as edições ou escolha outra forma de enviar o arquivo editado.</translation>
    </message>
    <message>
        <source>ShipHero downloads the file from its link, exactly as checked here.</source>
        <translation>A ShipHero baixa o arquivo pelo link dele, exatamente como verificado aqui.</translation>
    </message>
    <message>
        <source>The checked file is served from this computer until its batch has finished or the serving time ends.</source>
        <translation>O arquivo verificado é servido a partir deste computador até que seu lote termine ou o tempo de disponibilização acabe.</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address; 127.0.0.1 only works with the sandbox.</source>
        <translation>A ShipHero precisa conseguir acessar este endereço; 127.0.0.1 só funciona com o ambiente de testes.</translation>
    </message>
    <message>
        <source>ShipHero must be able to reach this address.</source>
        <translation>A ShipHero precisa conseguir acessar este endereço.</translation>
    </message>
    <message>
        <source>Set up S3 storage in Hosting Settings first: endpoint, bucket and keys.</source>
        <translation>Configure primeiro o armazenamento S3 em Configurações de hospedagem: endpoint, bucket e chaves.</translation>
    </message>
    <message>
        <source>The checked file is uploaded to the bucket &quot;%1&quot;; ShipHero gets a link that works for a limited time.</source>
        <translation>O arquivo verificado é enviado para o bucket “%1”; a ShipHero recebe um link que funciona por tempo limitado.</translation>
    </message>
    <message>
        <source>The document changed after it was made reachable: the URL still serves the earlier version. Make it reachable again to send this one.</source>
        <translation>O documento foi alterado depois de ter sido tornado acessível: a URL ainda serve a versão anterior. Torne-o acessível novamente para enviar esta versão.</translation>
    </message>
    <message>
        <source>Make Reachable Again</source>
        <translation>Tornar acessível novamente</translation>
    </message>
    <message>
        <source>Make Reachable</source>
        <translation>Tornar acessível</translation>
    </message>
    <message>
        <source>%1 uploaded. The link works until %2.</source>
        <translation>%1 enviados. O link funciona até %2.</translation>
    </message>
    <message>
        <source>%1 served until %2, or until its batch has finished.</source>
        <translation>%1 servidos até %2, ou até o lote terminar.</translation>
    </message>
    <message>
        <source>%1 served until its batch has finished.</source>
        <translation>%1 servidos até o lote terminar.</translation>
    </message>
</context>
<context>
    <name>invsync::Reconciler</name>
    <message numerus="yes">
        <source>%n interrupted submission(s) had started and are now tracked.</source>
        <translation>
            <numerusform>%n envio interrompido já havia começado e agora está sendo acompanhado.</numerusform>
            <numerusform>%n envios interrompidos já haviam começado e agora estão sendo acompanhados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) had not started; the file(s) can be sent again.</source>
        <translation>
            <numerusform>%n envio interrompido não havia começado; o arquivo pode ser enviado novamente.</numerusform>
            <numerusform>%n envios interrompidos não haviam começado; os arquivos podem ser enviados novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted submission(s) could not be checked yet; InvSync will ask again at the next start.</source>
        <translation>
            <numerusform>%n envio interrompido ainda não pôde ser verificado; o InvSync perguntará novamente na próxima inicialização.</numerusform>
            <numerusform>%n envios interrompidos ainda não puderam ser verificados; o InvSync perguntará novamente na próxima inicialização.</numerusform>
        </translation>
    </message>
    <message>
        <source>The submission was interrupted before it was sent.</source>
        <translation>O envio foi interrompido antes de ser feito.</translation>
    </message>
    <message>
        <source>The submission was interrupted and the service has no batch for it: it did not start.</source>
        <translation>O envio foi interrompido e o serviço não tem nenhum lote para ele: ele não começou.</translation>
    </message>
</context>
<context>
    <name>invsync::S3Uploader</name>
    <message>
        <source>The endpoint must be an http:// or https:// address, such as https://s3.us-east-1.amazonaws.com.</source>
        <translation>O endpoint deve ser um endereço http:// ou https://, como https://s3.us-east-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>No bucket is set.</source>
        <translation>Nenhum bucket foi definido.</translation>
    </message>
    <message>
        <source>A bucket name with dots does not work with virtual-host addressing over HTTPS; choose path-style addressing.</source>
        <translation>Um nome de bucket com pontos não funciona com o endereçamento por host virtual via HTTPS; escolha o endereçamento por caminho.</translation>
    </message>
    <message>
        <source>No region is set (use &quot;auto&quot; for Cloudflare R2, &quot;us-east-1&quot; for MinIO).</source>
        <translation>Nenhuma região foi definida (use “auto” para o Cloudflare R2, “us-east-1” para o MinIO).</translation>
    </message>
    <message>
        <source>The access key ID or the secret key is missing.</source>
        <translation>O ID da chave de acesso ou a chave secreta está faltando.</translation>
    </message>
    <message>
        <source>The link lifetime must be between one second and seven days.</source>
        <translation>A validade do link deve estar entre um segundo e sete dias.</translation>
    </message>
    <message>
        <source>The storage service refused the access key ID or the secret key (%1). Check both in the file hosting settings.</source>
        <translation>O serviço de armazenamento recusou o ID da chave de acesso ou a chave secreta (%1). Verifique ambos nas configurações de hospedagem de arquivos.</translation>
    </message>
    <message>
        <source>The bucket &quot;%1&quot; does not exist at this endpoint. Check the bucket name, the endpoint and the region.</source>
        <translation>O bucket “%1” não existe neste endpoint. Verifique o nome do bucket, o endpoint e a região.</translation>
    </message>
    <message>
        <source>The storage service refused the upload because this computer&apos;s clock is more than 15 minutes off. Check the computer&apos;s date, time and time zone, then try again.</source>
        <translation>O serviço de armazenamento recusou o envio porque o relógio deste computador está com uma diferença de mais de 15 minutos. Verifique a data, a hora e o fuso horário do computador e tente novamente.</translation>
    </message>
    <message>
        <source>Access denied: these credentials may not write to the bucket &quot;%1&quot;. Check the key&apos;s permissions (it needs to put objects).</source>
        <translation>Acesso negado: estas credenciais não podem gravar no bucket “%1”. Verifique as permissões da chave (ela precisa poder gravar objetos).</translation>
    </message>
    <message>
        <source>The storage service says the region or the endpoint does not match the bucket (%1). Check the region and the endpoint.</source>
        <translation>O serviço de armazenamento informa que a região ou o endpoint não corresponde ao bucket (%1). Verifique a região e o endpoint.</translation>
    </message>
    <message>
        <source>The storage service refused the upload (HTTP %1).</source>
        <translation>O serviço de armazenamento recusou o envio (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage service refused the upload (HTTP %1, %2: %3).</source>
        <translation>O serviço de armazenamento recusou o envio (HTTP %1, %2: %3).</translation>
    </message>
    <message>
        <source>No object name was given.</source>
        <translation>Nenhum nome de objeto foi informado.</translation>
    </message>
    <message>
        <source>The upload was stopped.</source>
        <translation>O envio foi interrompido.</translation>
    </message>
    <message>
        <source>Could not reach the storage service at %1: %2</source>
        <translation>Não foi possível acessar o serviço de armazenamento em %1: %2</translation>
    </message>
</context>
<context>
    <name>invsync::SettingsDialog</name>
    <message>
        <source>System default (%1)</source>
        <extracomment>The Language choice that follows the system; %1 is its language&apos;s own name</extracomment>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>No connection is set up yet.</source>
        <translation>Nenhuma conexão foi configurada ainda.</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <extracomment>A connection in the list of connections: %1 is its name</extracomment>
        <translation>%1 (ativa)</translation>
    </message>
</context>
<context>
    <name>invsync::SeverityStyle</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>%1 enviou uma resposta sem os dados que o InvSync pediu.</translation>
    </message>
    <message>
        <source>A sync needs the file&apos;s URL and a warehouse.</source>
        <translation>Uma sincronização precisa da URL do arquivo e de um armazém.</translation>
    </message>
    <message>
        <source>The answer to the sync request was lost; looking for its batch on %1.</source>
        <translation>A resposta à requisição de sincronização foi perdida; procurando o lote dela em %1.</translation>
    </message>
    <message>
        <source>%1 Looking for its batch failed too (%2). Check the Batches page before sending the file again.</source>
        <translation>%1 A busca pelo lote também falhou (%2). Verifique a página Lotes antes de enviar o arquivo novamente.</translation>
    </message>
    <message>
        <source>%1 The sync did not start: %2 has no new batch for this file. You can send it again.</source>
        <translation>%1 A sincronização não começou: %2 não tem nenhum lote novo para este arquivo. Você pode enviá-lo novamente.</translation>
    </message>
    <message>
        <source>Choose the batch to abort.</source>
        <translation>Escolha o lote a cancelar.</translation>
    </message>
    <message>
        <source>The batch had already finished (%1), so nothing was aborted.</source>
        <translation>O lote já havia terminado (%1), então nada foi cancelado.</translation>
    </message>
    <message>
        <source>%1 The batch is still %2; try Abort again.</source>
        <translation>%1 O lote ainda está com o status %2; tente Cancelar lote novamente.</translation>
    </message>
    <message>
        <source>Choose the batch whose rows to show.</source>
        <translation>Escolha o lote cujas linhas devem ser mostradas.</translation>
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
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>This is the sandbox built into InvSync: demo data, and nothing you do here reaches ShipHero. Sign in as &lt;b&gt;%1&lt;/b&gt; with the password &lt;b&gt;%2&lt;/b&gt;, or as &lt;b&gt;%3&lt;/b&gt; to try a user who may only read.</source>
        <translation>Este é o ambiente de testes integrado ao InvSync: dados de demonstração, e nada do que você fizer aqui chega à ShipHero. Entre como &lt;b&gt;%1&lt;/b&gt; com a senha &lt;b&gt;%2&lt;/b&gt;, ou como &lt;b&gt;%3&lt;/b&gt; para experimentar um usuário que só pode ler.</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Entrar em %1</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Entre em %1</translation>
    </message>
</context>
<context>
    <name>invsync::StatusBadgeDelegate</name>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Em processamento</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Some rows failed</source>
        <translation>Algumas linhas falharam</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
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
        <translation>Escolha o armazém com o qual verificar o arquivo.</translation>
    </message>
    <message>
        <source>The check against %1 stopped: %2</source>
        <translation>A verificação com %1 foi interrompida: %2</translation>
    </message>
    <message>
        <source>the warehouse</source>
        <translation>o armazém</translation>
    </message>
</context>
<context>
    <name>invsync::Submission</name>
    <message>
        <source>making the file reachable</source>
        <translation>tornando o arquivo acessível</translation>
    </message>
    <message>
        <source>starting the batch</source>
        <translation>iniciando o lote</translation>
    </message>
    <message>
        <source>asking for its first status</source>
        <translation>pedindo o primeiro status</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Não há nada para enviar.</translation>
    </message>
    <message>
        <source>The upload history is not available, so nothing was sent.</source>
        <translation>O histórico de envios não está disponível, então nada foi enviado.</translation>
    </message>
    <message>
        <source>The upload could not be recorded in the history (%1), so nothing was sent.</source>
        <translation>Não foi possível registrar o envio no histórico (%1), então nada foi enviado.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln of %1 batch(es) were started.</source>
        <translation>
            <numerusform>Cancelado: %Ln de %1 lotes foi iniciado.</numerusform>
            <numerusform>Cancelado: %Ln de %1 lotes foram iniciados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be made reachable.</source>
        <translation>Não foi possível tornar o arquivo acessível.</translation>
    </message>
    <message>
        <source>Batch %1 could not be recorded in the history (%2), so it was not sent.</source>
        <translation>Não foi possível registrar o lote %1 no histórico (%2), então ele não foi enviado.</translation>
    </message>
    <message>
        <source>Batch %1 of %2 was not started: %3</source>
        <translation>O lote %1 de %2 não foi iniciado: %3</translation>
    </message>
</context>
<context>
    <name>invsync::SubmitPanel</name>
    <message>
        <source>Sign in to choose a warehouse</source>
        <translation>Entre para escolher um armazém</translation>
    </message>
    <message>
        <source>Customer account:</source>
        <translation>Conta do cliente:</translation>
    </message>
    <message>
        <source>your own stock</source>
        <translation>seu próprio estoque</translation>
    </message>
    <message>
        <source>As a 3PL, the id of the customer account whose stock this is; empty for your own.</source>
        <translation>Como 3PL, o id da conta do cliente a quem este estoque pertence; vazio para o seu próprio.</translation>
    </message>
    <message>
        <source>Load the account&apos;s warehouses again</source>
        <translation>Carregar novamente os armazéns da conta</translation>
    </message>
    <message>
        <source>Check against Warehouse</source>
        <translation>Verificar com o armazém</translation>
    </message>
    <message>
        <source>Look up every SKU of the file in the warehouse, before anything is changed</source>
        <translation>Consultar cada SKU do arquivo no armazém, antes que qualquer coisa seja alterada</translation>
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
        <translation>&lt;b&gt;2 Verificar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;4 Submit&lt;/b&gt;</source>
        <translation>&lt;b&gt;4 Enviar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>&amp;Armazém:</translation>
    </message>
    <message>
        <source>Warehouses could not be loaded</source>
        <translation>Não foi possível carregar os armazéns</translation>
    </message>
    <message>
        <source>The account&apos;s warehouses could not be loaded: %1</source>
        <translation>Não foi possível carregar os armazéns da conta: %1</translation>
    </message>
    <message>
        <source>dynamic slotting</source>
        <translation>endereçamento dinâmico</translation>
    </message>
    <message>
        <source>static slotting</source>
        <translation>endereçamento estático</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %Ln SKU(s) in %1…</source>
        <translation>
            <numerusform>Consultando %Ln SKU em %1…</numerusform>
            <numerusform>Consultando %Ln SKUs em %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>A verificação falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln SKU(s) against %1.</source>
        <translation>
            <numerusform>%Ln SKU verificado com %1.</numerusform>
            <numerusform>%Ln SKUs verificados com %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message numerus="yes">
        <source>%1 units up in %Ln row(s)</source>
        <translation>
            <numerusform>%1 unidades a mais em %Ln linha</numerusform>
            <numerusform>%1 unidades a mais em %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units down in %Ln row(s)</source>
        <translation>
            <numerusform>%1 unidades a menos em %Ln linha</numerusform>
            <numerusform>%1 unidades a menos em %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with SKUs not in the warehouse</source>
        <translation>
            <numerusform>%Ln linha com SKU que não está no armazém</numerusform>
            <numerusform>%Ln linhas com SKUs que não estão no armazém</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %Ln row(s) with errors</source>
        <translation>
            <numerusform>Deixar de fora %Ln linha com erros</numerusform>
            <numerusform>Deixar de fora as %Ln linhas com erros</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the rows with errors, or leave them out.</source>
        <translation>Corrija as linhas com erros ou deixe-as de fora.</translation>
    </message>
    <message>
        <source>This version of the file was sent to this warehouse. Edit it, or choose another warehouse, to send again.</source>
        <translation>Esta versão do arquivo já foi enviada para este armazém. Edite-a, ou escolha outro armazém, para enviar novamente.</translation>
    </message>
    <message>
        <source>Start an inventory sync with this file</source>
        <translation>Iniciar uma sincronização de inventário com este arquivo</translation>
    </message>
    <message>
        <source>%1 uses dynamic slotting and the file has no location column: its rows will land in an unassigned bin.</source>
        <translation>%1 usa endereçamento dinâmico e o arquivo não tem a coluna location: as linhas dele irão para uma posição não atribuída.</translation>
    </message>
    <message>
        <source>%1 uses static slotting: the location column is not used there.</source>
        <translation>%1 usa endereçamento estático: a coluna location não é usada nele.</translation>
    </message>
    <message>
        <source>No file host is available.</source>
        <translation>Nenhuma hospedagem de arquivos está disponível.</translation>
    </message>
    <message>
        <source>The file could not be served.</source>
        <translation>Não foi possível servir o arquivo.</translation>
    </message>
    <message>
        <source>No secret store is available for the S3 secret key.</source>
        <translation>Nenhum armazenamento de segredos está disponível para a chave secreta do S3.</translation>
    </message>
    <message>
        <source>No S3 secret key is stored. Enter it in File Hosting Settings, then submit again.</source>
        <translation>Nenhuma chave secreta do S3 está armazenada. Digite-a em Configurações de hospedagem de arquivos e envie novamente.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>Enviar %Ln linha para %1?</numerusform>
            <numerusform>Enviar %Ln linhas para %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>For customer account %1.</source>
        <translation>Para a conta do cliente %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors are left out.</source>
        <translation>
            <numerusform>%Ln linha com erros será deixada de fora.</numerusform>
            <numerusform>%Ln linhas com erros serão deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file goes out as %Ln batch(es) of at most %1 rows, one after another.</source>
        <translation>
            <numerusform>O arquivo é enviado em %Ln lote de no máximo %1 linhas.</numerusform>
            <numerusform>O arquivo é enviado em %Ln lotes de no máximo %1 linhas, um após o outro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total change: %1 units (%2 up, %3 down).</source>
        <translation>Alteração total: %1 unidades (%2 a mais, %3 a menos).</translation>
    </message>
    <message>
        <source>The file was not checked against the warehouse.</source>
        <translation>O arquivo não foi verificado com o armazém.</translation>
    </message>
    <message>
        <source>ShipHero downloads it from %1.</source>
        <translation>A ShipHero o baixa de %1.</translation>
    </message>
    <message>
        <source>Each batch&apos;s file is uploaded to S3 storage (%1); ShipHero downloads it from there.</source>
        <translation>O arquivo de cada lote é enviado para o armazenamento S3 (%1); a ShipHero o baixa de lá.</translation>
    </message>
    <message>
        <source>ShipHero downloads it from this computer (the built-in host), so keep InvSync running until the batch has started.</source>
        <translation>A ShipHero o baixa deste computador (o servidor integrado), então mantenha o InvSync aberto até o lote ter começado.</translation>
    </message>
    <message>
        <source>Submit Inventory</source>
        <translation>Enviar inventário</translation>
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
        <translation>O lote em andamento já foi enviado: o envio para depois dele.</translation>
    </message>
    <message>
        <source>Started batch %1 (%2).</source>
        <translation>Lote %1 iniciado (%2).</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>status desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>Started %Ln batch(es): %1.</source>
        <translation>
            <numerusform>%Ln lote iniciado: %1.</numerusform>
            <numerusform>%Ln lotes iniciados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>The warehouse of the account the file is checked against and sent to</source>
        <translation>O armazém da conta com o qual o arquivo é verificado e para o qual é enviado</translation>
    </message>
    <message>
        <source>Customer account</source>
        <translation>Conta do cliente</translation>
    </message>
    <message>
        <source>Reload warehouses</source>
        <translation>Recarregar armazéns</translation>
    </message>
    <message>
        <source>Check against warehouse</source>
        <translation>Verificar com o armazém</translation>
    </message>
    <message>
        <source>Cancel check</source>
        <translation>Cancelar verificação</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the file to the chosen warehouse as an inventory sync, after a confirmation</source>
        <translation>Enviar o arquivo ao armazém escolhido como uma sincronização de inventário, após uma confirmação</translation>
    </message>
    <message>
        <source>Cancel submission</source>
        <translation>Cancelar envio</translation>
    </message>
</context>
<context>
    <name>invsync::UploadPage</name>
    <message>
        <source>Inventory with problems (20 rows)</source>
        <translation>Inventário com problemas (20 linhas)</translation>
    </message>
    <message>
        <source>Clean inventory (20 rows)</source>
        <translation>Inventário sem problemas (20 linhas)</translation>
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
    <message>
        <source>&amp;Delete Rows</source>
        <translation>&amp;Excluir linhas</translation>
    </message>
    <message>
        <source>Delete the selected rows from the document</source>
        <translation>Excluir do documento as linhas selecionadas</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>%1 — reading, checking every row, finding duplicates.</source>
        <translation>%1 — lendo, verificando cada linha, procurando duplicatas.</translation>
    </message>
    <message>
        <source>Stopped reading %1.</source>
        <translation>A leitura de %1 foi interrompida.</translation>
    </message>
    <message>
        <source>Read %1 in %2 s.</source>
        <translation>%1 lido em %2 s.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 com BOM</translation>
    </message>
    <message>
        <source>The file was not valid UTF-8 and was read as Windows-1252.</source>
        <translation>O arquivo não era UTF-8 válido e foi lido como Windows-1252.</translation>
    </message>
    <message>
        <source>Fix the errors before submitting: ShipHero would refuse the file.</source>
        <translation>Corrija os erros antes de enviar: a ShipHero recusaria o arquivo.</translation>
    </message>
    <message>
        <source>No errors. Look at the warnings before submitting.</source>
        <translation>Nenhum erro. Confira os avisos antes de enviar.</translation>
    </message>
    <message>
        <source>No problems found: the file is ready.</source>
        <translation>Nenhum problema encontrado: o arquivo está pronto.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %1 de %Ln linha</numerusform>
            <numerusform>Mostrando %1 de %Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %Ln row(s)</source>
        <translation>
            <numerusform>Mostrando %Ln linha</numerusform>
            <numerusform>Mostrando todas as %Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>Went round to the last problem.</source>
        <translation>Chegou ao início; continuando a partir do último problema.</translation>
    </message>
    <message>
        <source>Went round to the first problem.</source>
        <translation>Chegou ao fim; continuando a partir do primeiro problema.</translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Nenhuma linha tem problemas.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s). Undo brings back what was deleted.</source>
        <translation>
            <numerusform>%Ln linha excluída. Desfazer traz de volta o que foi excluído.</numerusform>
            <numerusform>%Ln linhas excluídas. Desfazer traz de volta o que foi excluído.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invsync::UrlSource</name>
    <message>
        <source>&quot;%1&quot; is not a web address ShipHero can download from; it must start with https:// or http://.</source>
        <translation>“%1” não é um endereço web do qual a ShipHero possa baixar; ele deve começar com https:// ou http://.</translation>
    </message>
    <message>
        <source>The address contains a user name or password. ShipHero needs an address it can download without credentials.</source>
        <translation>O endereço contém um nome de usuário ou uma senha. A ShipHero precisa de um endereço que possa baixar sem credenciais.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most InvSync downloads. Split it into smaller files.</source>
        <translation>O arquivo é maior que %1 MB, o máximo que o InvSync baixa. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <source>%1 asks for a sign-in (HTTP %2). ShipHero downloads without credentials: share the file publicly (&quot;anyone with the link&quot;) or choose another way to make it reachable.</source>
        <translation>%1 pede login (HTTP %2). A ShipHero baixa sem credenciais: compartilhe o arquivo publicamente (“qualquer pessoa com o link”) ou escolha outra forma de torná-lo acessível.</translation>
    </message>
    <message>
        <source>%1 redirected too many times.</source>
        <translation>%1 redirecionou vezes demais.</translation>
    </message>
    <message>
        <source>%1 redirected from https to an unencrypted http address; InvSync does not follow that.</source>
        <translation>%1 redirecionou de https para um endereço http não criptografado; o InvSync não segue esse redirecionamento.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 respondeu HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The download was stopped.</source>
        <translation>O download foi interrompido.</translation>
    </message>
    <message>
        <source>Could not download from %1: %2</source>
        <translation>Não foi possível baixar de %1: %2</translation>
    </message>
    <message>
        <source>%1 sent a web page, not a CSV file. It is usually a sign-in page: the file is not shared publicly, or the link opens a viewer. Share it with &quot;anyone with the link&quot; or use a direct download link.</source>
        <translation>%1 enviou uma página web, não um arquivo CSV. Geralmente é uma página de login: o arquivo não está compartilhado publicamente, ou o link abre um visualizador. Compartilhe-o com “qualquer pessoa com o link” ou use um link de download direto.</translation>
    </message>
</context>
</TS>
