import type { MessageKey } from "./en";

export const es = {
  "menu.send": "Enviar a Dropbox",
  "progress.title": "Enviando a Dropbox",
  "progress.explain": "Cuando termine el trabajo, verá dónde quedó todo.",
  "progress.refresh": "Actualizar",
  "progress.cancel": "Cancelar el envío",
  "progress.cancelling":
    "Cancelando. Los archivos ya enviados se quedan en Dropbox; no se guarda nada parcial.",
  "progress.operation": "Enviando a Dropbox: {name}",
  "progress.operationMany": "Enviando a Dropbox: elementos seleccionados ({count})",
  "menu.account": "Conexión con Dropbox",

  "send.background":
    "Enviando a Dropbox. Vuelva a elegir Enviar a Dropbox en el mismo elemento para ver el progreso o, al terminar, el resultado.",

  "send.nothingSelected": "No se seleccionó nada para enviar.",
  "send.otherTab":
    "Este elemento ya se está enviando a Dropbox desde otra pestaña o ventana de este navegador. Elija allí Enviar a Dropbox en el elemento para ver el progreso. Si esa pestaña se acaba de cerrar, vuelva a intentarlo en unos segundos.",

  "resume.question": "Un envío anterior de este elemento se detuvo antes de terminar.",

  "resume.resume": "Reanudar — {bytes} de {totalBytes} ya en Dropbox",

  "resume.startAgain": "Empezar de nuevo",

  "progress.preparing": "El envío a Dropbox todavía se está preparando: leyendo el contenido de la carpeta…",
  "progress.running":
    "Enviando a Dropbox: {files} de {totalFiles, plural, one {# archivo} many {# de archivos} other {# archivos}}, {bytes} de {totalBytes}.",

  "result.fileSent": "Enviado a Dropbox: {path}",
  "result.fileFailed": "«{name}» no se envió. {reason}",
  "result.empty": "No hay nada que enviar: la selección no contiene archivos. {path} no se modificó.",
  "result.summaryToast":
    "Envío a Dropbox terminado: {sent} de {total, plural, one {# archivo enviado} many {# de archivos enviados} other {# archivos enviados}}.",
  "result.title": "Enviado a Dropbox",
  "result.where.appFolder": "{path} en la carpeta de esta app en Dropbox (dentro de «Apps»)",
  "result.where.appFolderRoot": "la carpeta de esta app en Dropbox (dentro de «Apps»)",
  "result.where.root": "el nivel superior de Dropbox",
  "result.account": "Cuenta de Dropbox: {name}",
  "result.fileRenamedWhy": "Enviado a Dropbox como {path}, renombrado desde «{name}»: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox no acepta «/», «\\» ni algunos caracteres de control en los nombres",
  "rename.controlCharacter": "se reemplazaron caracteres invisibles que cambian cómo se lee el nombre",
  "rename.invalidText": "el nombre contenía texto dañado (un carácter no válido)",
  "rename.surroundingSpace": "Dropbox no conserva espacios al principio ni al final de un nombre",
  "rename.relativeName": "el nombre estaba vacío o solo tenía puntos",
  "rename.notSynced": "Dropbox no sincroniza nombres como desktop.ini ni archivos de bloqueo ~$",
  "rename.tooLong": "Dropbox admite como máximo 255 caracteres en un nombre",
  "rename.nameClash":
    "otro elemento de este envío tiene el mismo nombre (Dropbox no distingue mayúsculas de minúsculas)",
  "rename.keptBoth": "ya había un archivo con este nombre, así que Dropbox numeró este",
  "mixed.title": "Algunos elementos no se pueden enviar",
  "mixed.intro": "No puede descargar estos elementos seleccionados, así que se omiten:",
  "mixed.send": "Enviar los demás ({count})",
  "result.titleWithProblems": "Enviado a Dropbox, con problemas",
  "result.counts":
    "{sent} de {total, plural, one {# archivo enviado} many {# de archivos enviados} other {# archivos enviados}} a {path}.",
  "result.failedHeading":
    "{count, plural, one {# archivo sin enviar:} many {# de archivos sin enviar:} other {# archivos sin enviar:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# archivo renombrado para Dropbox:} many {# de archivos renombrados para Dropbox:} other {# archivos renombrados para Dropbox:}}",
  "result.andMore": "…y {count} más.",
  "result.item": "Elemento {id}",
  "result.linkTitle": "Enlace para compartir",
  "result.linkIntro": "Cualquiera con este enlace puede ver el archivo en Dropbox. Cópielo del campo:",
  "result.linkLabel": "Enlace para compartir",
  "result.linkCopied": "El enlace para compartir se copió al portapapeles.",

  "connect.title": "Conectar Dropbox",
  "account.title": "Conexión con Dropbox",
  "account.sharedMode":
    "Este portal envía a una cuenta de Dropbox compartida, que los administradores de DocSpace gestionan en la configuración del plugin.",
  "connect.intro": "Para enviar archivos, el plugin necesita permiso para escribir en su Dropbox.",
  "connect.privacy":
    "Su conexión con Dropbox se guarda en este navegador, solo para su cuenta de DocSpace; el servidor del portal nunca la recibe. Otros plugins instalados en este portal se ejecutan en la misma página y podrían leerla. Se elimina cuando la desconecta, cuando cierra la sesión de DocSpace aquí y cuando otra persona inicia sesión en el portal en este navegador.",
  "connect.step1": "1. Abra Dropbox en una pestaña nueva, inicie sesión y permita el acceso.",
  "connect.openDropbox": "Abrir Dropbox",
  "connect.popupBlocked":
    "El navegador bloqueó la pestaña nueva. Copie usted mismo esta dirección en una pestaña nueva:",
  "connect.step2": "2. Dropbox mostrará un código. Cópielo y péguelo aquí:",
  "connect.codePlaceholder": "Código de Dropbox",
  "connect.sessionOnly": "No mantener la conexión en este equipo (solo esta pestaña, hasta que se cierre)",
  "connect.connect": "Conectar",
  "connect.connectedAs": "Conectado como {name} ({email})",
  "connect.connectedAsName": "Conectado como {name}",
  "connect.accountUnknown": "una cuenta de Dropbox",
  "connect.disconnect": "Desconectar",
  "connect.sendNow": "Enviar ahora",
  "connect.codeMissing": "Pegue el código que mostró Dropbox y elija Conectar.",
  "connect.codeRejected":
    "Dropbox no aceptó este código. Un código sirve una sola vez y solo durante unos minutos: elija de nuevo Abrir Dropbox y pegue el código nuevo.",
  "connect.appKeyMissing": "Primero introduzca la clave de la aplicación de Dropbox.",
  "connect.storageDenied":
    "Este navegador no permite que el plugin guarde su conexión (los datos de sitios están bloqueados). Permita los datos del sitio para el portal y vuelva a conectar.",

  "settings.app.title": "Aplicación de Dropbox",
  "settings.app.howto1":
    "1. En la consola de aplicaciones de Dropbox (https://www.dropbox.com/developers/apps) cree una aplicación con Scoped access. Elija App folder (recomendado: el plugin solo ve su propia carpeta) o Full Dropbox.",
  "settings.app.howto2":
    "2. En la pestaña Permissions marque files.content.write y account_info.read, además de sharing.write y sharing.read para los enlaces, y envíe los cambios.",
  "settings.app.howto3":
    "3. Copie la App key de la pestaña Settings en el campo de abajo. El secreto de la aplicación nunca es necesario.",
  "settings.appKey.label": "Clave de la aplicación de Dropbox",
  "settings.appKey.placeholder": "p. ej., a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Una clave de app de Dropbox solo tiene letras, dígitos, «-» y «_». Quite {characters}.",
  "settings.appKey.tooLong":
    "Una clave de app de Dropbox tiene como máximo {max} caracteres. Cópiela de nuevo desde la App Console.",
  "settings.appKey.checkedLater":
    "Dropbox comprueba la clave cuando alguien se conecta por primera vez: con una clave incorrecta, Dropbox muestra la página «Invalid client_id».",
  "settings.access.label": "Tipo de acceso de la app (elegido al crearla)",
  "settings.access.appFolder": "Carpeta de app: los archivos van a «Apps», a la carpeta de la app",
  "settings.access.full": "Dropbox completo",
  "settings.mode.label": "Qué Dropbox recibe los archivos",
  "settings.mode.personal": "Cada usuario conecta su propio Dropbox (recomendado)",
  "settings.mode.shared": "Una cuenta de Dropbox compartida para todo el portal",
  "settings.mode.personalHint":
    "A cada usuario se le pide conectarse la primera vez que envía. La conexión se guarda en el navegador del usuario, no en el servidor del portal, y se elimina cuando la desconecta, cierra la sesión u otro usuario inicia sesión allí; otros plugins instalados en este portal se ejecutan en la misma página y podrían leerla.",
  "settings.mode.sharedWarning":
    "Atención: DocSpace envía la configuración de los plugins al navegador de cada miembro del portal, así que cualquier miembro puede leer el token de la cuenta compartida. Use una aplicación de Dropbox de tipo App folder para que el token solo alcance esa carpeta.",
  "settings.connect.saveHint": "Elija Guardar para conservar esta conexión.",
  "settings.connect.notRevoked":
    "La conexión compartida se quitó aquí, pero no se pudo contactar con Dropbox para revocarla, así que su token sigue funcionando para quien lo haya leído en esta configuración. Para revocarla, inicie sesión en esa cuenta de Dropbox, abra Configuración › Aplicaciones conectadas (https://www.dropbox.com/account/connected_apps) y quite esta aplicación.",
  "settings.token.label": "O pegue un token de acceso",
  "settings.token.placeholder": "Token de acceso de Dropbox",
  "settings.token.warning":
    "Los tokens de acceso de corta duración de Dropbox caducan a las 4 horas; después el envío deja de funcionar hasta que pegue uno nuevo. Use Conectar arriba para una conexión duradera.",
  "settings.token.invalid":
    "El token de acceso contiene caracteres que los tokens de Dropbox nunca tienen. Cópielo de nuevo.",
  "settings.folder.label": "Carpeta de destino en Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Vacío significa el nivel superior (la carpeta propia de la aplicación en las aplicaciones App folder).",
  "settings.folder.noLeadingSlash": "La carpeta debe empezar por «/», por ejemplo /DocSpace.",
  "settings.folder.emptyComponent": "La carpeta no debe contener «//».",
  "settings.folder.componentTooLong": "Cada nombre de carpeta puede tener como máximo 255 caracteres.",
  "settings.folder.trailingSpaceOrDot": "Los nombres de carpeta no deben terminar en espacio ni en punto.",
  "settings.folder.unsafeCharacter":
    'Los nombres de carpeta no deben contener < > : " | ? * \\ ni caracteres de control.',
  "settings.folder.disallowedName":
    "Dropbox no acepta este nombre de carpeta (por ejemplo desktop.ini o nombres que empiezan por ~$).",
  "settings.folder.invalid": "La configuración no se guardó. Carpeta de destino: {reason}",
  "settings.folder.savedAs": "Se guardará como {folder}",
  "settings.budget.left": "Disponible para esta configuración: {left} de {limit} caracteres.",
  "settings.budget.over":
    "Demasiado largo: necesita {length} caracteres y DocSpace guarda como máximo {limit}. Acorte la carpeta de destino en {excess, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.",
  "settings.budget.overToken":
    "Demasiado largo: con este token de acceso necesita {length} caracteres y DocSpace guarda como máximo {limit}. Use Conectar en lugar de pegar un token, o acorte la carpeta de destino en {excess, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.",
  "settings.saveBlocked": "No se puede guardar hasta corregir los problemas marcados arriba.",
  "settings.notSaved": "La configuración no se guardó: {reason}",
  "settings.changedElsewhere":
    "La configuración no se guardó: se cambió en otra ventana o pestaña después de abrir este panel. Cierre la configuración y ábrala de nuevo para ver los valores actuales.",
  "settings.conflict.label": "Si ya existe un archivo con el mismo nombre",
  "settings.conflict.keepBoth": "Conservar ambos (el archivo nuevo recibe un número)",
  "settings.conflict.overwrite": "Reemplazar el archivo existente",
  "settings.shareLink.label": "Crear un enlace para compartir los archivos enviados",
  "settings.audience.label": "Quién puede enviar a Dropbox",
  "settings.audience.everyone": "Todos los que pueden descargar el elemento",
  "settings.audience.admins": "Solo el propietario y los administradores de DocSpace",
  "settings.audience.hint":
    "Esto oculta el elemento del menú a los demás usuarios; esta configuración sigue siendo legible.",
  "settings.save": "Guardar",
  "settings.saved": "Configuración de Enviar a Dropbox guardada.",
  "settings.saved.noAppKey":
    "Configuración guardada. Enviar a Dropbox permanece oculto hasta que se introduzca una clave de aplicación de Dropbox.",
  "settings.saved.sharedNotConnected":
    "Configuración guardada. Enviar a Dropbox permanece oculto hasta que se conecte la cuenta de Dropbox compartida.",
  "settings.saved.accessToken":
    "Configuración guardada con un token de acceso pegado. Si es de corta duración, el envío dejará de funcionar a las 4 horas.",
  "settings.tooLong":
    "La configuración no se guardó: necesita {length} caracteres y DocSpace guarda como máximo {limit}. Acorte la carpeta de destino en {excess, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.",
  "settings.tooLong.token":
    "La configuración no se guardó: con este token de acceso necesita {length} caracteres y DocSpace guarda como máximo {limit}. Use Conectar en lugar de pegar un token, o acorte la carpeta de destino en {excess, plural, one {# carácter} many {# de caracteres} other {# caracteres}}.",

  "error.notConnected": "Conecte su cuenta de Dropbox para enviar archivos.",
  "error.notConnected.shared":
    "La cuenta de Dropbox compartida no está conectada. Pida a un administrador de DocSpace que la conecte en la configuración del plugin.",
  "error.dropboxAuth": "Dropbox ya no acepta su conexión (se revocó o caducó). Vuelva a conectar Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox ya no acepta la conexión compartida (se revocó o caducó). Pida a un administrador de DocSpace que la vuelva a conectar en la configuración del plugin.",
  "error.dropboxAuth.reconnected":
    "El envío se detuvo: Dropbox ya no acepta la conexión con la que empezó (se revocó o caducó). Desde entonces ha vuelto a conectar Dropbox, así que vuelva a elegir Enviar a Dropbox en el elemento.",
  "error.dropboxPermission":
    "A la aplicación de Dropbox le falta un permiso necesario (por ejemplo files.content.write o sharing.write). Pida a un administrador que lo active en la consola de aplicaciones de Dropbox y vuelva a conectar.",
  "error.insufficientSpace": "Su Dropbox está lleno. Libere espacio o cambie de plan y vuelva a intentarlo.",
  "error.tooLarge": "El archivo es más grande de lo que Dropbox acepta para un solo archivo.",
  "error.invalidPath":
    "Dropbox no acepta la ruta de destino. Pida a un administrador que revise la carpeta de destino en la configuración del plugin.",
  "error.conflict":
    "Algo en Dropbox lo impide (por ejemplo una carpeta con el nombre del archivo) y no se puede reemplazar. Cámbiele el nombre o muévalo y vuelva a intentarlo.",
  "error.notFound": "El elemento ya no existe en DocSpace. Actualice la página y vuelva a intentarlo.",
  "error.noDownloadPermission":
    "No tiene permiso para descargar este elemento en DocSpace, así que no se puede enviar. Pida permiso de descarga al administrador de la sala.",
  "error.docspaceSignedOut": "Su sesión de DocSpace caducó. Inicie sesión de nuevo y vuelva a intentarlo.",
  "error.rateLimited": "Demasiadas solicitudes en este momento. Espere un minuto y vuelva a intentarlo.",
  "error.network":
    "La conexión falló. Compruebe su red, recargue la página (un plugin recién instalado o activado surte efecto tras recargar) y vuelva a intentarlo.",
  "error.server": "DocSpace o Dropbox tiene problemas en este momento. Vuelva a intentarlo más tarde.",
  "error.incompleteDownload":
    "La descarga desde DocSpace se interrumpió, así que no se guardó nada. Vuelva a intentarlo.",
  "error.incompleteListing":
    "La lista de esta carpeta en DocSpace cambió mientras se leía, así que es posible que algunos de sus archivos no se hayan enviado. Vuelva a enviar la carpeta.",
  "error.integrity":
    "La copia en Dropbox no coincidía con el original, así que no se conservó. Vuelva a intentarlo.",
  "error.cancelled": "El envío se canceló. No se guardó nada parcial.",
  "error.unknown":
    "El envío a Dropbox falló por un motivo inesperado. Los detalles están en la consola del navegador (F12); vuelva a intentarlo e infórmelo si persiste.",
  "error.notConfigured":
    "Enviar a Dropbox aún no está configurado. Pida a un administrador de DocSpace que complete la configuración del plugin.",
  "error.notAllowed": "En este portal solo los administradores de DocSpace pueden enviar a Dropbox.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Cerrar",
} as const satisfies Record<MessageKey, string>;
