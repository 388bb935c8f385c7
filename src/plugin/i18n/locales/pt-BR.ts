import type { MessageKey } from "./en";

export const ptBR = {
  "menu.send": "Enviar para o Dropbox",
  "menu.account": "Conexão com o Dropbox",
  "send.background":
    "Enviando para o Dropbox. Escolha “Enviar para o Dropbox” novamente no mesmo item para ver o progresso ou, quando terminar, o resultado.",

  "send.nothingSelected": "Nada foi selecionado para enviar.",
  "send.otherTab":
    "Este item já está sendo enviado para o Dropbox em outra guia ou janela deste navegador. Escolha “Enviar para o Dropbox” no item lá para ver o progresso. Se essa guia acabou de ser fechada, tente novamente em alguns segundos.",

  "resume.question": "Um envio anterior deste item parou antes de terminar.",

  "resume.resume": "Retomar — {bytes} de {totalBytes} já no Dropbox",

  "resume.startAgain": "Começar de novo",

  "progress.preparing": "O envio para o Dropbox ainda está sendo preparado: lendo o conteúdo da pasta…",
  "progress.running":
    "Ainda enviando para o Dropbox: {files} de {totalFiles, plural, one {# arquivo} many {# de arquivos} other {# arquivos}}, {bytes} de {totalBytes}.",
  "progress.title": "Enviando para o Dropbox",
  "progress.explain": "Quando a tarefa terminar, você verá para onde tudo foi.",
  "progress.refresh": "Atualizar",
  "progress.cancel": "Cancelar envio",
  "progress.cancelling": "Cancelando. Os arquivos já enviados ficam no Dropbox; nada incompleto é salvo.",
  "progress.operation": "Enviando para o Dropbox: {name}",
  "progress.operationMany": "Enviando para o Dropbox: itens selecionados ({count})",

  "result.fileSent": "Enviado para o Dropbox: {path}",
  "result.fileFailed": "“{name}” não foi enviado. {reason}",
  "result.empty": "Nada para enviar: a seleção não contém arquivos. {path} não foi alterada.",
  "result.summaryToast":
    "Envio para o Dropbox concluído: {sent} de {total, plural, one {# arquivo enviado} many {# de arquivos enviados} other {# arquivos enviados}}.",
  "result.title": "Enviado para o Dropbox",
  "result.where.appFolder": "{path} na pasta deste app no Dropbox (em “Apps”)",
  "result.where.appFolderRoot": "a pasta deste app no Dropbox (em “Apps”)",
  "result.where.root": "o nível superior do Dropbox",
  "result.account": "Conta do Dropbox: {name}",
  "result.fileRenamedWhy": "Enviado para o Dropbox como {path}, renomeado de “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "o Dropbox não aceita “/”, “\\” e alguns caracteres de controle em nomes",
  "rename.controlCharacter": "caracteres invisíveis que mudam a leitura do nome foram substituídos",
  "rename.invalidText": "o nome continha texto corrompido (um caractere inválido)",
  "rename.surroundingSpace": "o Dropbox não mantém espaços no início ou no fim de um nome",
  "rename.relativeName": "o nome estava vazio ou tinha só pontos",
  "rename.notSynced": "o Dropbox não sincroniza nomes como desktop.ini ou arquivos de bloqueio ~$",
  "rename.tooLong": "o Dropbox permite no máximo 255 caracteres em um nome",
  "rename.nameClash":
    "outro item deste envio tem o mesmo nome (o Dropbox não diferencia maiúsculas de minúsculas)",
  "rename.keptBoth": "já havia um arquivo com este nome, então o Dropbox numerou este",
  "mixed.title": "Alguns itens não podem ser enviados",
  "mixed.intro": "Você não pode baixar estes itens selecionados, então eles ficam de fora:",
  "mixed.send": "Enviar os outros ({count})",
  "result.titleWithProblems": "Enviado para o Dropbox, com problemas",
  "result.counts":
    "{sent} de {total, plural, one {# arquivo enviado} many {# de arquivos enviados} other {# arquivos enviados}} para {path}.",
  "result.failedHeading":
    "{count, plural, one {# arquivo não enviado:} many {# de arquivos não enviados:} other {# arquivos não enviados:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# arquivo renomeado para o Dropbox:} many {# de arquivos renomeados para o Dropbox:} other {# arquivos renomeados para o Dropbox:}}",
  "result.andMore": "…e mais {count}.",
  "result.item": "Item {id}",
  "result.linkTitle": "Link de compartilhamento",
  "result.linkIntro": "Qualquer pessoa com este link pode ver o arquivo no Dropbox. Copie-o do campo:",
  "result.linkLabel": "Link de compartilhamento",
  "result.linkCopied": "O link de compartilhamento foi copiado para a área de transferência.",

  "connect.title": "Conectar o Dropbox",
  "account.title": "Conexão com o Dropbox",
  "account.sharedMode":
    "Este portal envia para uma única conta compartilhada do Dropbox, que os administradores do DocSpace gerenciam nas configurações do plugin.",
  "connect.intro": "Para enviar arquivos, o plugin precisa de permissão para gravar no seu Dropbox.",
  "connect.privacy":
    "Sua conexão com o Dropbox fica guardada neste navegador, apenas para sua conta do DocSpace; o servidor do portal nunca a recebe. Outros plugins instalados neste portal são executados na mesma página e poderiam lê-la. Ela é removida quando você desconecta, quando sai do DocSpace aqui e quando outra pessoa entra no portal neste navegador.",
  "connect.step1": "1. Abra o Dropbox em uma nova aba, entre e permita o acesso.",
  "connect.openDropbox": "Abrir o Dropbox",
  "connect.popupBlocked":
    "O navegador bloqueou a nova aba. Copie este endereço para uma nova aba você mesmo:",
  "connect.step2": "2. O Dropbox então mostra um código. Copie-o e cole aqui:",
  "connect.codePlaceholder": "Código do Dropbox",
  "connect.sessionOnly": "Não me manter conectado neste computador (somente esta aba, até que seja fechada)",
  "connect.connect": "Conectar",
  "connect.connectedAs": "Conectado como {name} ({email})",
  "connect.connectedAsName": "Conectado como {name}",
  "connect.accountUnknown": "uma conta do Dropbox",
  "connect.disconnect": "Desconectar",
  "connect.sendNow": "Enviar agora",
  "connect.codeMissing": "Cole o código que o Dropbox mostrou e escolha “Conectar”.",
  "connect.codeRejected":
    "O Dropbox não aceitou este código. Um código funciona uma vez e só por alguns minutos: escolha “Abrir o Dropbox” de novo e cole o novo código.",
  "connect.appKeyMissing": "Digite primeiro a chave do aplicativo do Dropbox.",
  "connect.storageDenied":
    "Este navegador não permite que o plugin guarde sua conexão (os dados de sites estão bloqueados). Permita os dados do site para o portal e conecte novamente.",

  "settings.app.title": "Aplicativo do Dropbox",
  "settings.app.howto1":
    "1. No Dropbox App Console (https://www.dropbox.com/developers/apps) crie um aplicativo com Scoped access. Escolha App folder (recomendado: o plugin vê apenas a própria pasta) ou Full Dropbox.",
  "settings.app.howto2":
    "2. Na aba Permissions marque files.content.write e account_info.read, além de sharing.write e sharing.read para links de compartilhamento, e envie.",
  "settings.app.howto3":
    "3. Copie o App key da aba Settings para o campo abaixo. O segredo do aplicativo nunca é necessário.",
  "settings.appKey.label": "Chave do aplicativo do Dropbox",
  "settings.appKey.placeholder": "ex.: a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Uma chave de app do Dropbox tem apenas letras, dígitos, “-” e “_”. Remova {characters}.",
  "settings.appKey.tooLong":
    "Uma chave de app do Dropbox tem no máximo {max} caracteres. Copie-a de novo no App Console.",
  "settings.appKey.checkedLater":
    "O Dropbox verifica a chave quando alguém se conecta pela primeira vez: com uma chave errada, o Dropbox mostra a página “Invalid client_id”.",
  "settings.access.label": "Tipo de acesso do app (escolhido ao criá-lo)",
  "settings.access.appFolder": "Pasta do app: os arquivos vão para “Apps”, na pasta do app",
  "settings.access.full": "Dropbox inteiro",
  "settings.mode.label": "De quem é o Dropbox que recebe os arquivos",
  "settings.mode.personal": "Cada usuário conecta o próprio Dropbox (recomendado)",
  "settings.mode.shared": "Uma única conta compartilhada do Dropbox para todo o portal",
  "settings.mode.personalHint":
    "Cada usuário é convidado a se conectar na primeira vez que envia. A conexão fica guardada no navegador desse usuário, não no servidor do portal, e é removida quando ele desconecta, sai ou quando outro usuário entra nesse navegador; outros plugins instalados neste portal são executados na mesma página e poderiam lê-la.",
  "settings.mode.sharedWarning":
    "Atenção: o DocSpace envia as configurações dos plugins para o navegador de cada membro do portal, então qualquer membro pode ler o token da conta compartilhada. Use um aplicativo do Dropbox do tipo App folder para que o token alcance apenas essa pasta.",
  "settings.connect.saveHint": "Escolha “Salvar” para manter esta conexão.",
  "settings.connect.notRevoked":
    "A conexão compartilhada foi removida aqui, mas não foi possível contatar o Dropbox para revogá-la, então o token dela continua funcionando para quem o leu nestas configurações. Para revogá-la, entre nessa conta do Dropbox, abra Configurações › Apps conectados (https://www.dropbox.com/account/connected_apps) e remova este aplicativo.",
  "settings.token.label": "Ou cole um token de acesso",
  "settings.token.placeholder": "Token de acesso do Dropbox",
  "settings.token.warning":
    "Tokens de acesso de curta duração do Dropbox expiram após 4 horas; o envio para de funcionar até você colar um novo. Use “Conectar” acima para uma conexão duradoura.",
  "settings.token.invalid":
    "O token de acesso contém caracteres que tokens do Dropbox nunca têm. Copie-o novamente.",
  "settings.folder.label": "Pasta de destino no Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Vazio significa o nível mais alto (a pasta do próprio aplicativo em aplicativos App folder).",
  "settings.folder.noLeadingSlash": "A pasta deve começar com “/”, por exemplo /DocSpace.",
  "settings.folder.emptyComponent": "A pasta não deve conter “//”.",
  "settings.folder.componentTooLong": "Cada nome de pasta pode ter no máximo 255 caracteres.",
  "settings.folder.trailingSpaceOrDot": "Nomes de pastas não devem terminar com espaço ou ponto.",
  "settings.folder.unsafeCharacter":
    'Nomes de pastas não devem conter < > : " | ? * \\ nem caracteres de controle.',
  "settings.folder.disallowedName":
    "O Dropbox não aceita este nome de pasta (por exemplo desktop.ini ou nomes que começam com ~$).",
  "settings.folder.invalid": "As configurações não foram salvas. Pasta de destino: {reason}",
  "settings.folder.savedAs": "Será salvo como {folder}",
  "settings.budget.left": "Disponível para estas configurações: {left} de {limit} caracteres.",
  "settings.budget.over":
    "Longo demais: elas precisam de {length} caracteres e o DocSpace armazena no máximo {limit}. Encurte a pasta de destino em {excess, plural, one {# caractere} many {# de caracteres} other {# caracteres}}.",
  "settings.budget.overToken":
    "Longo demais: com este token de acesso elas precisam de {length} caracteres e o DocSpace armazena no máximo {limit}. Use “Conectar” em vez de colar um token ou encurte a pasta de destino em {excess, plural, one {# caractere} many {# de caracteres} other {# caracteres}}.",
  "settings.saveBlocked": "Só é possível salvar depois de corrigir os problemas marcados acima.",
  "settings.notSaved": "As configurações não foram salvas: {reason}",
  "settings.changedElsewhere":
    "As configurações não foram salvas: elas foram alteradas em outra janela ou aba depois que este painel foi aberto. Feche as configurações e abra-as novamente para ver os valores atuais.",
  "settings.conflict.label": "Quando já existe um arquivo com o mesmo nome",
  "settings.conflict.keepBoth": "Manter ambos (o novo arquivo recebe um número)",
  "settings.conflict.overwrite": "Substituir o arquivo existente",
  "settings.shareLink.label": "Criar um link de compartilhamento para os arquivos enviados",
  "settings.audience.label": "Quem pode enviar para o Dropbox",
  "settings.audience.everyone": "Todos que podem baixar o item",
  "settings.audience.admins": "Somente o proprietário e os administradores do DocSpace",
  "settings.audience.hint": "Isso oculta o item de menu dos outros usuários; não oculta estas configurações.",
  "settings.save": "Salvar",
  "settings.saved": "Configurações do Enviar para o Dropbox salvas.",
  "settings.saved.noAppKey":
    "Configurações salvas. Enviar para o Dropbox fica oculto até que uma chave do aplicativo do Dropbox seja informada.",
  "settings.saved.sharedNotConnected":
    "Configurações salvas. Enviar para o Dropbox fica oculto até que a conta compartilhada do Dropbox seja conectada.",
  "settings.saved.accessToken":
    "Configurações salvas com um token de acesso colado. Se ele for de curta duração, o envio deixará de funcionar após 4 horas.",
  "settings.tooLong":
    "As configurações não foram salvas: elas precisam de {length} caracteres e o DocSpace armazena no máximo {limit}. Encurte a pasta de destino em {excess, plural, one {# caractere} many {# de caracteres} other {# caracteres}}.",
  "settings.tooLong.token":
    "As configurações não foram salvas: com este token de acesso elas precisam de {length} caracteres e o DocSpace armazena no máximo {limit}. Use “Conectar” em vez de colar um token ou encurte a pasta de destino em {excess, plural, one {# caractere} many {# de caracteres} other {# caracteres}}.",

  "error.notConnected": "Conecte sua conta do Dropbox para enviar arquivos.",
  "error.notConnected.shared":
    "A conta compartilhada do Dropbox não está conectada. Peça a um administrador do DocSpace que a conecte nas configurações do plugin.",
  "error.dropboxAuth":
    "O Dropbox não aceita mais sua conexão (ela foi revogada ou expirou). Conecte o Dropbox novamente.",
  "error.dropboxAuth.shared":
    "O Dropbox não aceita mais a conexão compartilhada (ela foi revogada ou expirou). Peça a um administrador do DocSpace que a reconecte nas configurações do plugin.",
  "error.dropboxAuth.reconnected":
    "O envio parou: o Dropbox não aceita mais a conexão com que ele começou (ela foi revogada ou expirou). Você conectou o Dropbox novamente desde então, portanto escolha “Enviar para o Dropbox” no item outra vez.",
  "error.dropboxPermission":
    "Falta ao aplicativo do Dropbox uma permissão necessária (por exemplo files.content.write ou sharing.write). Peça a um administrador que a ative no Dropbox App Console e conecte novamente.",
  "error.insufficientSpace": "Seu Dropbox está cheio. Libere espaço ou mude de plano e tente novamente.",
  "error.tooLarge": "O arquivo é maior do que o Dropbox aceita para um único arquivo.",
  "error.invalidPath":
    "O Dropbox não aceita o caminho de destino. Peça a um administrador que verifique a pasta de destino nas configurações do plugin.",
  "error.conflict":
    "Algo no Dropbox está no caminho (por exemplo uma pasta com o nome do arquivo) e não pode ser substituído. Renomeie ou mova-o e tente novamente.",
  "error.notFound": "O item não existe mais no DocSpace. Atualize a página e tente novamente.",
  "error.noDownloadPermission":
    "Você não pode baixar este item no DocSpace, então ele não pode ser enviado. Peça ao administrador da sala permissão para baixar.",
  "error.docspaceSignedOut": "Sua sessão do DocSpace expirou. Entre novamente e tente de novo.",
  "error.rateLimited": "Muitas solicitações no momento. Aguarde um minuto e tente novamente.",
  "error.network":
    "A conexão falhou. Verifique sua rede, recarregue a página (um plugin recém-instalado ou ativado só funciona depois de recarregar) e tente novamente.",
  "error.server": "O DocSpace ou o Dropbox está com problemas no momento. Tente mais tarde.",
  "error.incompleteDownload":
    "O download do DocSpace parou antes do fim, então nada foi salvo. Tente novamente.",
  "error.incompleteListing":
    "A lista desta pasta no DocSpace mudou durante a leitura, então alguns arquivos podem não ter sido enviados. Envie a pasta novamente.",
  "error.integrity":
    "A cópia no Dropbox não correspondeu ao original, então não foi mantida. Tente novamente.",
  "error.cancelled": "O envio foi cancelado. Nada incompleto foi salvo.",
  "error.unknown":
    "Enviar para o Dropbox falhou por um motivo inesperado. Os detalhes estão no console do navegador (F12); tente novamente e informe o problema se ele persistir.",
  "error.notConfigured":
    "Enviar para o Dropbox ainda não está configurado. Peça a um administrador do DocSpace que conclua as configurações do plugin.",
  "error.notAllowed": "Neste portal, somente os administradores do DocSpace podem enviar para o Dropbox.",

  "common.close": "Fechar",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",
} as const satisfies Record<MessageKey, string>;
