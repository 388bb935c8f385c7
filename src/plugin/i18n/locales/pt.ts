import type { MessageKey } from "./en";

export const pt = {
  "menu.send": "Enviar para o Dropbox",
  "menu.account": "Ligação ao Dropbox",
  "send.background":
    "A enviar para o Dropbox. Escolha novamente “Enviar para o Dropbox” no mesmo item para ver o progresso ou, quando terminar, o resultado.",

  "send.nothingSelected": "Não foi selecionado nada para enviar.",
  "send.otherTab":
    "Este item já está a ser enviado para o Dropbox noutro separador ou janela deste navegador. Escolha lá “Enviar para o Dropbox” no item para ver o progresso. Se esse separador acabou de ser fechado, tente novamente dentro de alguns segundos.",

  "resume.question": "Um envio anterior deste item parou antes de terminar.",

  "resume.resume": "Retomar — {bytes} de {totalBytes} já no Dropbox",

  "resume.startAgain": "Começar de novo",

  "progress.preparing": "O envio para o Dropbox ainda está a ser preparado: a ler o conteúdo da pasta…",
  "progress.running":
    "Ainda a enviar para o Dropbox: {files} de {totalFiles, plural, one {# ficheiro} many {# de ficheiros} other {# ficheiros}}, {bytes} de {totalBytes}.",
  "progress.title": "A enviar para o Dropbox",
  "progress.explain": "Quando a tarefa terminar, verá para onde foi tudo.",
  "progress.refresh": "Atualizar",
  "progress.cancel": "Cancelar envio",
  "progress.cancelling":
    "A cancelar. Os ficheiros já enviados ficam no Dropbox; não é guardado nada incompleto.",
  "progress.operation": "A enviar para o Dropbox: {name}",
  "progress.operationMany": "A enviar para o Dropbox: itens selecionados ({count})",

  "result.fileSent": "Enviado para o Dropbox: {path}",
  "result.fileFailed": "“{name}” não foi enviado. {reason}",
  "result.empty": "Nada para enviar: a seleção não contém ficheiros. {path} não foi alterada.",
  "result.summaryToast":
    "Envio para o Dropbox concluído: {sent} de {total, plural, one {# ficheiro enviado} many {# de ficheiros enviados} other {# ficheiros enviados}}.",
  "result.title": "Enviado para o Dropbox",
  "result.where.appFolder": "{path} na pasta desta app no Dropbox (em “Apps”)",
  "result.where.appFolderRoot": "a pasta desta app no Dropbox (em “Apps”)",
  "result.where.root": "o nível superior do Dropbox",
  "result.account": "Conta Dropbox: {name}",
  "result.fileRenamedWhy": "Enviado para o Dropbox como {path}, com o nome alterado de “{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "o Dropbox não aceita “/”, “\\” e alguns carateres de controlo em nomes",
  "rename.controlCharacter": "foram substituídos carateres invisíveis que mudam a leitura do nome",
  "rename.invalidText": "o nome continha texto danificado (um caráter inválido)",
  "rename.surroundingSpace": "o Dropbox não mantém espaços no início ou no fim de um nome",
  "rename.relativeName": "o nome estava vazio ou tinha apenas pontos",
  "rename.notSynced": "o Dropbox não sincroniza nomes como desktop.ini ou ficheiros de bloqueio ~$",
  "rename.tooLong": "o Dropbox permite no máximo 255 carateres num nome",
  "rename.nameClash":
    "outro item deste envio tem o mesmo nome (o Dropbox não distingue maiúsculas de minúsculas)",
  "rename.keptBoth": "já existia um ficheiro com este nome, por isso o Dropbox numerou este",
  "mixed.title": "Alguns itens não podem ser enviados",
  "mixed.intro": "Não pode transferir estes itens selecionados, por isso ficam de fora:",
  "mixed.send": "Enviar os outros ({count})",
  "result.titleWithProblems": "Enviado para o Dropbox, com problemas",
  "result.counts":
    "{sent} de {total, plural, one {# ficheiro enviado} many {# de ficheiros enviados} other {# ficheiros enviados}} para {path}.",
  "result.failedHeading":
    "{count, plural, one {# ficheiro não enviado:} many {# de ficheiros não enviados:} other {# ficheiros não enviados:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# ficheiro com o nome alterado para o Dropbox:} many {# de ficheiros com o nome alterado para o Dropbox:} other {# ficheiros com o nome alterado para o Dropbox:}}",
  "result.andMore": "…e mais {count}.",
  "result.item": "Item {id}",
  "result.linkTitle": "Ligação de partilha",
  "result.linkIntro": "Qualquer pessoa com esta ligação pode ver o ficheiro no Dropbox. Copie-a do campo:",
  "result.linkLabel": "Ligação de partilha",
  "result.linkCopied": "A ligação de partilha foi copiada para a área de transferência.",

  "connect.title": "Ligar o Dropbox",
  "account.title": "Ligação ao Dropbox",
  "account.sharedMode":
    "Este portal envia para uma única conta partilhada do Dropbox, que os administradores do DocSpace gerem nas definições do plugin.",
  "connect.intro": "Para enviar ficheiros, o plugin precisa de autorização para escrever no seu Dropbox.",
  "connect.privacy":
    "A sua ligação ao Dropbox é guardada neste navegador, apenas para a sua conta do DocSpace; o servidor do portal nunca a recebe. Outros plugins instalados neste portal são executados na mesma página e poderiam lê-la. É removida quando a desliga, quando termina sessão no DocSpace aqui e quando outra pessoa inicia sessão no portal neste navegador.",
  "connect.step1": "1. Abra o Dropbox num novo separador, inicie sessão e permita o acesso.",
  "connect.openDropbox": "Abrir o Dropbox",
  "connect.popupBlocked":
    "O navegador bloqueou o novo separador. Copie este endereço para um novo separador:",
  "connect.step2": "2. O Dropbox mostra depois um código. Copie-o e cole-o aqui:",
  "connect.codePlaceholder": "Código do Dropbox",
  "connect.sessionOnly": "Não manter a ligação neste computador (apenas este separador, até ser fechado)",
  "connect.connect": "Ligar",
  "connect.connectedAs": "Ligado como {name} ({email})",
  "connect.connectedAsName": "Ligado como {name}",
  "connect.accountUnknown": "uma conta do Dropbox",
  "connect.disconnect": "Desligar",
  "connect.sendNow": "Enviar agora",
  "connect.codeMissing": "Cole o código que o Dropbox lhe mostrou e escolha “Ligar”.",
  "connect.codeRejected":
    "O Dropbox não aceitou este código. Um código funciona uma vez e apenas durante alguns minutos: escolha novamente “Abrir o Dropbox” e cole o novo código.",
  "connect.appKeyMissing": "Introduza primeiro a chave da aplicação do Dropbox.",
  "connect.storageDenied":
    "Este navegador não permite que o plugin guarde a sua ligação (os dados de sites estão bloqueados). Permita os dados do site para o portal e ligue novamente.",

  "settings.app.title": "Aplicação do Dropbox",
  "settings.app.howto1":
    "1. No Dropbox App Console (https://www.dropbox.com/developers/apps) crie uma aplicação com Scoped access. Escolha App folder (recomendado: o plugin vê apenas a sua própria pasta) ou Full Dropbox.",
  "settings.app.howto2":
    "2. No separador Permissions assinale files.content.write e account_info.read, bem como sharing.write e sharing.read para ligações de partilha, e submeta.",
  "settings.app.howto3":
    "3. Copie a App key do separador Settings para o campo abaixo. O segredo da aplicação nunca é necessário.",
  "settings.appKey.label": "Chave da aplicação do Dropbox",
  "settings.appKey.placeholder": "p. ex. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Uma chave de app do Dropbox tem apenas letras, algarismos, “-” e “_”. Remova {characters}.",
  "settings.appKey.tooLong":
    "Uma chave de app do Dropbox tem no máximo {max} carateres. Copie-a novamente da App Console.",
  "settings.appKey.checkedLater":
    "O Dropbox verifica a chave quando alguém se liga pela primeira vez: com uma chave errada, o Dropbox mostra a página “Invalid client_id”.",
  "settings.access.label": "Tipo de acesso da app (escolhido ao criá-la)",
  "settings.access.appFolder": "Pasta da app: os ficheiros vão para “Apps”, na pasta da app",
  "settings.access.full": "Dropbox completo",
  "settings.mode.label": "De quem é o Dropbox que recebe os ficheiros",
  "settings.mode.personal": "Cada utilizador liga o seu próprio Dropbox (recomendado)",
  "settings.mode.shared": "Uma única conta partilhada do Dropbox para todo o portal",
  "settings.mode.personalHint":
    "É pedido a cada utilizador que se ligue na primeira vez que envia. A ligação é guardada no navegador desse utilizador, não no servidor do portal, e é removida quando ele a desliga, termina sessão ou quando outro utilizador inicia sessão nesse navegador; outros plugins instalados neste portal são executados na mesma página e poderiam lê-la.",
  "settings.mode.sharedWarning":
    "Atenção: o DocSpace envia as definições dos plugins para o navegador de cada membro do portal, pelo que qualquer membro pode ler o token da conta partilhada. Utilize uma aplicação do Dropbox do tipo App folder para que o token chegue apenas a essa pasta.",
  "settings.connect.saveHint": "Escolha “Guardar” para manter esta ligação.",
  "settings.connect.notRevoked":
    "A ligação partilhada foi removida aqui, mas não foi possível contactar o Dropbox para a revogar, pelo que o respetivo token continua a funcionar para quem o tenha lido nestas definições. Para a revogar, inicie sessão nessa conta do Dropbox, abra Definições › Aplicações ligadas (https://www.dropbox.com/account/connected_apps) e remova esta aplicação.",
  "settings.token.label": "Ou cole um token de acesso",
  "settings.token.placeholder": "Token de acesso do Dropbox",
  "settings.token.warning":
    "Os tokens de acesso de curta duração do Dropbox expiram após 4 horas; o envio deixa de funcionar até colar um novo. Utilize “Ligar” acima para uma ligação duradoura.",
  "settings.token.invalid":
    "O token de acesso contém carateres que os tokens do Dropbox nunca têm. Copie-o novamente.",
  "settings.folder.label": "Pasta de destino no Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Vazio significa o nível superior (a pasta da própria aplicação nas aplicações App folder).",
  "settings.folder.noLeadingSlash": "A pasta tem de começar por “/”, por exemplo /DocSpace.",
  "settings.folder.emptyComponent": "A pasta não pode conter “//”.",
  "settings.folder.componentTooLong": "Cada nome de pasta pode ter no máximo 255 carateres.",
  "settings.folder.trailingSpaceOrDot": "Os nomes das pastas não podem terminar com espaço ou ponto.",
  "settings.folder.unsafeCharacter":
    'Os nomes das pastas não podem conter < > : " | ? * \\ nem carateres de controlo.',
  "settings.folder.disallowedName":
    "O Dropbox não aceita este nome de pasta (por exemplo desktop.ini ou nomes que começam por ~$).",
  "settings.folder.invalid": "As definições não foram guardadas. Pasta de destino: {reason}",
  "settings.folder.savedAs": "Será guardado como {folder}",
  "settings.budget.left": "Disponível para estas definições: {left} de {limit} carateres.",
  "settings.budget.over":
    "Demasiado longo: precisam de {length} carateres e o DocSpace guarda no máximo {limit}. Encurte a pasta de destino em {excess, plural, one {# caráter} many {# de carateres} other {# carateres}}.",
  "settings.budget.overToken":
    "Demasiado longo: com este token de acesso precisam de {length} carateres e o DocSpace guarda no máximo {limit}. Utilize “Ligar” em vez de colar um token ou encurte a pasta de destino em {excess, plural, one {# caráter} many {# de carateres} other {# carateres}}.",
  "settings.saveBlocked": "Só é possível guardar depois de corrigir os problemas assinalados acima.",
  "settings.notSaved": "As definições não foram guardadas: {reason}",
  "settings.changedElsewhere":
    "As definições não foram guardadas: foram alteradas noutra janela ou separador depois de este painel ter sido aberto. Feche as definições e abra-as novamente para ver os valores atuais.",
  "settings.conflict.label": "Quando já existe um ficheiro com o mesmo nome",
  "settings.conflict.keepBoth": "Manter ambos (o novo ficheiro recebe um número)",
  "settings.conflict.overwrite": "Substituir o ficheiro existente",
  "settings.shareLink.label": "Criar uma ligação de partilha para os ficheiros enviados",
  "settings.audience.label": "Quem pode enviar para o Dropbox",
  "settings.audience.everyone": "Todos os que podem transferir o item",
  "settings.audience.admins": "Apenas o proprietário e os administradores do DocSpace",
  "settings.audience.hint":
    "Isto oculta o item de menu aos outros utilizadores; não oculta estas definições.",
  "settings.save": "Guardar",
  "settings.saved": "Definições de Enviar para o Dropbox guardadas.",
  "settings.saved.noAppKey":
    "Definições guardadas. Enviar para o Dropbox fica oculto até ser introduzida uma chave da aplicação do Dropbox.",
  "settings.saved.sharedNotConnected":
    "Definições guardadas. Enviar para o Dropbox fica oculto até a conta partilhada do Dropbox estar ligada.",
  "settings.saved.accessToken":
    "Definições guardadas com um token de acesso colado. Se for de curta duração, o envio deixará de funcionar após 4 horas.",
  "settings.tooLong":
    "As definições não foram guardadas: precisam de {length} carateres e o DocSpace guarda no máximo {limit}. Encurte a pasta de destino em {excess, plural, one {# caráter} many {# de carateres} other {# carateres}}.",
  "settings.tooLong.token":
    "As definições não foram guardadas: com este token de acesso precisam de {length} carateres e o DocSpace guarda no máximo {limit}. Utilize “Ligar” em vez de colar um token ou encurte a pasta de destino em {excess, plural, one {# caráter} many {# de carateres} other {# carateres}}.",

  "error.notConnected": "Ligue a sua conta do Dropbox para enviar ficheiros.",
  "error.notConnected.shared":
    "A conta partilhada do Dropbox não está ligada. Peça a um administrador do DocSpace que a ligue nas definições do plugin.",
  "error.dropboxAuth":
    "O Dropbox já não aceita a sua ligação (foi revogada ou expirou). Ligue o Dropbox novamente.",
  "error.dropboxAuth.shared":
    "O Dropbox já não aceita a ligação partilhada (foi revogada ou expirou). Peça a um administrador do DocSpace que a volte a ligar nas definições do plugin.",
  "error.dropboxAuth.reconnected":
    "O envio parou: o Dropbox já não aceita a ligação com que começou (foi revogada ou expirou). Entretanto voltou a ligar o Dropbox, por isso escolha novamente “Enviar para o Dropbox” no item.",
  "error.dropboxPermission":
    "Falta à aplicação do Dropbox uma autorização necessária (por exemplo files.content.write ou sharing.write). Peça a um administrador que a ative no Dropbox App Console e ligue novamente.",
  "error.insufficientSpace": "O seu Dropbox está cheio. Liberte espaço ou mude de plano e tente novamente.",
  "error.tooLarge": "O ficheiro é maior do que o Dropbox aceita para um único ficheiro.",
  "error.invalidPath":
    "O Dropbox não aceita o caminho de destino. Peça a um administrador que verifique a pasta de destino nas definições do plugin.",
  "error.conflict":
    "Algo no Dropbox está a impedir (por exemplo uma pasta com o nome do ficheiro) e não pode ser substituído. Mude-lhe o nome ou mova-o e tente novamente.",
  "error.notFound": "O item já não existe no DocSpace. Atualize a página e tente novamente.",
  "error.noDownloadPermission":
    "Não pode transferir este item no DocSpace, pelo que não pode ser enviado. Peça ao administrador da sala permissão para transferir.",
  "error.docspaceSignedOut": "A sua sessão do DocSpace expirou. Inicie sessão novamente e tente outra vez.",
  "error.rateLimited": "Demasiados pedidos neste momento. Aguarde um minuto e tente novamente.",
  "error.network":
    "A ligação falhou. Verifique a rede, recarregue a página (um plugin acabado de instalar ou ativar só funciona depois de recarregar) e tente novamente.",
  "error.server": "O DocSpace ou o Dropbox está com problemas neste momento. Tente mais tarde.",
  "error.incompleteDownload":
    "A transferência do DocSpace parou antes do fim, pelo que não foi guardado nada. Tente novamente.",
  "error.incompleteListing":
    "A lista desta pasta no DocSpace mudou durante a leitura, pelo que alguns ficheiros podem não ter sido enviados. Envie a pasta novamente.",
  "error.integrity":
    "A cópia no Dropbox não correspondia ao original, pelo que não foi mantida. Tente novamente.",
  "error.cancelled": "O envio foi cancelado. Não foi guardado nada incompleto.",
  "error.unknown":
    "Enviar para o Dropbox falhou por um motivo inesperado. Os detalhes estão na consola do navegador (F12); tente novamente e comunique o problema se persistir.",
  "error.notConfigured":
    "Enviar para o Dropbox ainda não está configurado. Peça a um administrador do DocSpace que conclua as definições do plugin.",
  "error.notAllowed": "Neste portal, apenas os administradores do DocSpace podem enviar para o Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Fechar",
} as const satisfies Record<MessageKey, string>;
