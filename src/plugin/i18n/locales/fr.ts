import type { MessageKey } from "./en";

export const fr = {
  "menu.send": "Envoyer vers Dropbox",
  "progress.title": "Envoi vers Dropbox",
  "progress.explain": "À la fin, vous verrez où tout est arrivé.",
  "progress.refresh": "Actualiser",
  "progress.cancel": "Annuler l’envoi",
  "progress.cancelling":
    "Annulation. Les fichiers déjà envoyés restent dans Dropbox ; rien de partiel n’est enregistré.",
  "progress.operation": "Envoi vers Dropbox : {name}",
  "progress.operationMany": "Envoi vers Dropbox : éléments sélectionnés ({count})",
  "menu.account": "Connexion Dropbox",

  "send.background":
    "Envoi vers Dropbox en cours. Choisissez à nouveau Envoyer vers Dropbox sur le même élément pour voir la progression ou, une fois terminé, le résultat.",

  "send.nothingSelected": "Rien n’a été sélectionné pour l’envoi.",
  "send.otherTab":
    "Cet élément est déjà en cours d’envoi vers Dropbox depuis un autre onglet ou une autre fenêtre de ce navigateur. Choisissez-y Envoyer vers Dropbox sur l’élément pour voir la progression. Si cet onglet vient d’être fermé, réessayez dans quelques secondes.",

  "resume.question": "Un envoi précédent de cet élément s’est arrêté avant la fin.",

  "resume.resume": "Reprendre — {bytes} sur {totalBytes} déjà dans Dropbox",

  "resume.startAgain": "Recommencer",

  "progress.preparing": "L’envoi vers Dropbox se prépare encore : lecture du contenu du dossier…",
  "progress.running":
    "Envoi vers Dropbox en cours : {files} sur {totalFiles, plural, one {# fichier} many {# de fichiers} other {# fichiers}}, {bytes} sur {totalBytes}.",

  "result.fileSent": "Envoyé vers Dropbox : {path}",
  "result.fileFailed": "« {name} » n’a pas été envoyé. {reason}",
  "result.empty": "Rien à envoyer : la sélection ne contient aucun fichier. {path} n’a pas été modifié.",
  "result.summaryToast":
    "Envoi vers Dropbox terminé : {sent, plural, one {# fichier envoyé} many {# de fichiers envoyés} other {# fichiers envoyés}} sur {total}.",
  "result.title": "Envoyé vers Dropbox",
  "result.where.appFolder": "{path} dans le dossier de cette app dans Dropbox (sous « Apps »)",
  "result.where.appFolderRoot": "le dossier de cette app dans Dropbox (sous « Apps »)",
  "result.where.root": "le niveau supérieur de Dropbox",
  "result.account": "Compte Dropbox : {name}",
  "result.fileRenamedWhy": "Envoyé vers Dropbox sous {path}, renommé depuis « {name} » : {reasons}.",
  "result.renamedLineWhy": "{name} → {path} : {reasons}",
  "rename.reservedCharacter":
    "Dropbox n’accepte pas « / », « \\ » et certains caractères de contrôle dans les noms",
  "rename.controlCharacter": "des caractères invisibles qui changent la lecture du nom ont été remplacés",
  "rename.invalidText": "le nom contenait du texte endommagé (un caractère non valide)",
  "rename.surroundingSpace": "Dropbox ne conserve pas les espaces au début ou à la fin d’un nom",
  "rename.relativeName": "le nom était vide ou ne contenait que des points",
  "rename.notSynced":
    "Dropbox ne synchronise pas les noms comme desktop.ini ou les fichiers de verrouillage ~$",
  "rename.tooLong": "Dropbox accepte au plus 255 caractères dans un nom",
  "rename.nameClash":
    "un autre élément de cet envoi porte le même nom (Dropbox ne distingue pas majuscules et minuscules)",
  "rename.keptBoth": "un fichier de ce nom existait déjà, Dropbox a donc numéroté celui-ci",
  "mixed.title": "Certains éléments ne peuvent pas être envoyés",
  "mixed.intro":
    "Vous n’avez pas le droit de télécharger ces éléments sélectionnés ; ils sont donc laissés de côté :",
  "mixed.send": "Envoyer les autres ({count})",
  "result.titleWithProblems": "Envoyé vers Dropbox, avec des problèmes",
  "result.counts":
    "{sent, plural, one {# fichier envoyé} many {# de fichiers envoyés} other {# fichiers envoyés}} sur {total} vers {path}.",
  "result.failedHeading":
    "{count, plural, one {# fichier non envoyé :} many {# de fichiers non envoyés :} other {# fichiers non envoyés :}}",
  "result.failedLine": "{name} : {reason}",
  "result.renamedHeading":
    "{count, plural, one {# fichier renommé pour Dropbox :} many {# de fichiers renommés pour Dropbox :} other {# fichiers renommés pour Dropbox :}}",
  "result.andMore": "…et {count} de plus.",
  "result.item": "Élément {id}",
  "result.linkTitle": "Lien de partage",
  "result.linkIntro":
    "Toute personne disposant de ce lien peut voir le fichier dans Dropbox. Copiez-le depuis le champ :",
  "result.linkLabel": "Lien de partage",
  "result.linkCopied": "Le lien de partage a été copié dans le presse-papiers.",

  "connect.title": "Connecter Dropbox",
  "account.title": "Connexion Dropbox",
  "account.sharedMode":
    "Ce portail envoie vers un compte Dropbox partagé, que les administrateurs DocSpace gèrent dans les paramètres du plugin.",
  "connect.intro":
    "Pour envoyer des fichiers, le plugin a besoin de l’autorisation d’écrire dans votre Dropbox.",
  "connect.privacy":
    "Votre connexion Dropbox est conservée dans ce navigateur, pour votre compte DocSpace uniquement ; le serveur du portail ne la reçoit jamais. Les autres plugins installés sur ce portail s’exécutent dans la même page et pourraient la lire. Elle est supprimée lorsque vous la déconnectez, lorsque vous vous déconnectez de DocSpace ici et lorsqu’une autre personne se connecte au portail dans ce navigateur.",
  "connect.step1": "1. Ouvrez Dropbox dans un nouvel onglet, connectez-vous et autorisez l’accès.",
  "connect.openDropbox": "Ouvrir Dropbox",
  "connect.popupBlocked":
    "Le navigateur a bloqué le nouvel onglet. Copiez vous-même cette adresse dans un nouvel onglet :",
  "connect.step2": "2. Dropbox affiche ensuite un code. Copiez-le et collez-le ici :",
  "connect.codePlaceholder": "Code de Dropbox",
  "connect.sessionOnly":
    "Ne pas rester connecté sur cet ordinateur (uniquement cet onglet, jusqu’à sa fermeture)",
  "connect.connect": "Connecter",
  "connect.connectedAs": "Connecté en tant que {name} ({email})",
  "connect.connectedAsName": "Connecté en tant que {name}",
  "connect.accountUnknown": "un compte Dropbox",
  "connect.disconnect": "Déconnecter",
  "connect.sendNow": "Envoyer maintenant",
  "connect.codeMissing": "Collez le code affiché par Dropbox, puis choisissez Connecter.",
  "connect.codeRejected":
    "Dropbox n’a pas accepté ce code. Un code ne sert qu’une fois et seulement quelques minutes : choisissez de nouveau Ouvrir Dropbox et collez le nouveau code.",
  "connect.appKeyMissing": "Saisissez d’abord la clé d’application Dropbox.",
  "connect.storageDenied":
    "Ce navigateur ne permet pas au plugin de conserver votre connexion (données de site bloquées). Autorisez les données de site pour le portail et reconnectez-vous.",

  "settings.app.title": "Application Dropbox",
  "settings.app.howto1":
    "1. Dans la console des applications Dropbox (https://www.dropbox.com/developers/apps), créez une application avec Scoped access. Choisissez App folder (recommandé : le plugin ne voit que son propre dossier) ou Full Dropbox.",
  "settings.app.howto2":
    "2. Dans l’onglet Permissions, cochez files.content.write et account_info.read, ainsi que sharing.write et sharing.read pour les liens de partage, puis validez.",
  "settings.app.howto3":
    "3. Copiez l’App key de l’onglet Settings dans le champ ci-dessous. Le secret de l’application n’est jamais nécessaire.",
  "settings.appKey.label": "Clé d’application Dropbox",
  "settings.appKey.placeholder": "par ex. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Une clé d’app Dropbox ne contient que des lettres, des chiffres, « - » et « _ ». Supprimez {characters}.",
  "settings.appKey.tooLong":
    "Une clé d’app Dropbox compte au plus {max} caractères. Copiez-la de nouveau depuis l’App Console.",
  "settings.appKey.checkedLater":
    "Dropbox vérifie la clé lors de la première connexion : avec une clé erronée, Dropbox affiche la page « Invalid client_id ».",
  "settings.access.label": "Type d’accès de l’app (choisi à sa création)",
  "settings.access.appFolder": "Dossier d’app : les fichiers vont dans « Apps », dans le dossier de l’app",
  "settings.access.full": "Dropbox entier",
  "settings.mode.label": "Quel Dropbox reçoit les fichiers",
  "settings.mode.personal": "Chaque utilisateur connecte son propre Dropbox (recommandé)",
  "settings.mode.shared": "Un compte Dropbox partagé pour tout le portail",
  "settings.mode.personalHint":
    "Chaque utilisateur est invité à se connecter lors de son premier envoi. La connexion est conservée dans le navigateur de l’utilisateur, pas sur le serveur du portail, et supprimée lorsqu’il la déconnecte, se déconnecte ou qu’un autre utilisateur s’y connecte ; les autres plugins installés sur ce portail s’exécutent dans la même page et pourraient la lire.",
  "settings.mode.sharedWarning":
    "Attention : DocSpace transmet les paramètres des plugins au navigateur de chaque membre du portail ; tout membre peut donc lire le jeton du compte partagé. Utilisez une application Dropbox de type App folder pour que le jeton n’atteigne que ce dossier.",
  "settings.connect.saveHint": "Choisissez Enregistrer pour conserver cette connexion.",
  "settings.connect.notRevoked":
    "La connexion partagée a été supprimée ici, mais Dropbox n’a pas pu être joint pour la révoquer : son jeton fonctionne donc toujours pour quiconque l’a lu dans ces paramètres. Pour la révoquer, connectez-vous à ce compte Dropbox, ouvrez Paramètres › Applications connectées (https://www.dropbox.com/account/connected_apps) et supprimez cette application.",
  "settings.token.label": "Ou collez un jeton d’accès",
  "settings.token.placeholder": "Jeton d’accès Dropbox",
  "settings.token.warning":
    "Les jetons d’accès Dropbox de courte durée expirent au bout de 4 heures ; l’envoi ne fonctionne plus ensuite jusqu’à ce que vous en colliez un nouveau. Utilisez Connecter ci-dessus pour une connexion durable.",
  "settings.token.invalid":
    "Le jeton d’accès contient des caractères qui n’apparaissent jamais dans les jetons Dropbox. Copiez-le de nouveau.",
  "settings.folder.label": "Dossier de destination dans Dropbox",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Vide signifie le niveau supérieur (le dossier propre de l’application pour les applications App folder).",
  "settings.folder.noLeadingSlash": "Le dossier doit commencer par « / », par exemple /DocSpace.",
  "settings.folder.emptyComponent": "Le dossier ne doit pas contenir « // ».",
  "settings.folder.componentTooLong": "Chaque nom de dossier peut comporter au plus 255 caractères.",
  "settings.folder.trailingSpaceOrDot":
    "Les noms de dossier ne doivent pas se terminer par une espace ou un point.",
  "settings.folder.unsafeCharacter":
    'Les noms de dossier ne doivent contenir ni < > : " | ? * \\ ni caractères de contrôle.',
  "settings.folder.disallowedName":
    "Dropbox n’accepte pas ce nom de dossier (par exemple desktop.ini ou les noms commençant par ~$).",
  "settings.folder.invalid": "Les paramètres n’ont pas été enregistrés. Dossier de destination : {reason}",
  "settings.folder.savedAs": "Sera enregistré sous {folder}",
  "settings.budget.left": "Encore disponible pour ces paramètres : {left} sur {limit} caractères.",
  "settings.budget.over":
    "Trop long: ils nécessitent {length} caractères et DocSpace en stocke au plus {limit}. Raccourcissez le dossier de destination de {excess, plural, one {# caractère} many {# de caractères} other {# caractères}}.",
  "settings.budget.overToken":
    "Trop long: avec ce jeton d’accès, ils nécessitent {length} caractères et DocSpace en stocke au plus {limit}. Utilisez Connecter au lieu de coller un jeton, ou raccourcissez le dossier de destination de {excess, plural, one {# caractère} many {# de caractères} other {# caractères}}.",
  "settings.saveBlocked":
    "L’enregistrement est impossible tant que les problèmes signalés ci-dessus ne sont pas corrigés.",
  "settings.notSaved": "Les paramètres n’ont pas été enregistrés : {reason}",
  "settings.changedElsewhere":
    "Les paramètres n’ont pas été enregistrés : ils ont été modifiés dans une autre fenêtre ou un autre onglet depuis l’ouverture de ce panneau. Fermez les paramètres et rouvrez-les pour voir les valeurs actuelles.",
  "settings.conflict.label": "Si un fichier du même nom existe déjà",
  "settings.conflict.keepBoth": "Conserver les deux (le nouveau fichier reçoit un numéro)",
  "settings.conflict.overwrite": "Remplacer le fichier existant",
  "settings.shareLink.label": "Créer un lien de partage pour les fichiers envoyés",
  "settings.audience.label": "Qui peut envoyer vers Dropbox",
  "settings.audience.everyone": "Toute personne autorisée à télécharger l’élément",
  "settings.audience.admins": "Uniquement le propriétaire et les administrateurs DocSpace",
  "settings.audience.hint":
    "Cela masque l’élément de menu aux autres utilisateurs ; ces paramètres restent lisibles.",
  "settings.save": "Enregistrer",
  "settings.saved": "Paramètres d’Envoyer vers Dropbox enregistrés.",
  "settings.saved.noAppKey":
    "Paramètres enregistrés. Envoyer vers Dropbox reste masqué tant qu’aucune clé d’application Dropbox n’est saisie.",
  "settings.saved.sharedNotConnected":
    "Paramètres enregistrés. Envoyer vers Dropbox reste masqué tant que le compte Dropbox partagé n’est pas connecté.",
  "settings.saved.accessToken":
    "Paramètres enregistrés avec un jeton d’accès collé. S’il est de courte durée, l’envoi cessera de fonctionner au bout de 4 heures.",
  "settings.tooLong":
    "Les paramètres n’ont pas été enregistrés : ils nécessitent {length} caractères et DocSpace en stocke au plus {limit}. Raccourcissez le dossier de destination de {excess, plural, one {# caractère} many {# de caractères} other {# caractères}}.",
  "settings.tooLong.token":
    "Les paramètres n’ont pas été enregistrés : avec ce jeton d’accès, ils nécessitent {length} caractères et DocSpace en stocke au plus {limit}. Utilisez Connecter au lieu de coller un jeton, ou raccourcissez le dossier de destination de {excess, plural, one {# caractère} many {# de caractères} other {# caractères}}.",

  "error.notConnected": "Connectez votre compte Dropbox pour envoyer des fichiers.",
  "error.notConnected.shared":
    "Le compte Dropbox partagé n’est pas connecté. Demandez à un administrateur DocSpace de le connecter dans les paramètres du plugin.",
  "error.dropboxAuth":
    "Dropbox n’accepte plus votre connexion (elle a été révoquée ou a expiré). Reconnectez Dropbox.",
  "error.dropboxAuth.shared":
    "Dropbox n’accepte plus la connexion partagée (elle a été révoquée ou a expiré). Demandez à un administrateur DocSpace de la reconnecter dans les paramètres du plugin.",
  "error.dropboxAuth.reconnected":
    "L’envoi s’est arrêté : Dropbox n’accepte plus la connexion avec laquelle il a commencé (elle a été révoquée ou a expiré). Vous avez reconnecté Dropbox depuis ; choisissez donc à nouveau Envoyer vers Dropbox sur l’élément.",
  "error.dropboxPermission":
    "Il manque à l’application Dropbox une autorisation nécessaire (par exemple files.content.write ou sharing.write). Demandez à un administrateur de l’activer dans la console des applications Dropbox, puis reconnectez-vous.",
  "error.insufficientSpace":
    "Votre Dropbox est plein. Libérez de l’espace ou changez d’offre, puis réessayez.",
  "error.tooLarge": "Le fichier dépasse la taille que Dropbox accepte pour un seul fichier.",
  "error.invalidPath":
    "Dropbox n’accepte pas le chemin de destination. Demandez à un administrateur de vérifier le dossier de destination dans les paramètres du plugin.",
  "error.conflict":
    "Quelque chose gêne dans Dropbox (par exemple un dossier portant le nom du fichier) et ne peut pas être remplacé. Renommez-le ou déplacez-le, puis réessayez.",
  "error.notFound": "L’élément n’existe plus dans DocSpace. Actualisez la page et réessayez.",
  "error.noDownloadPermission":
    "Vous n’êtes pas autorisé à télécharger cet élément dans DocSpace, il ne peut donc pas être envoyé. Demandez le droit de téléchargement à l’administrateur de la salle.",
  "error.docspaceSignedOut": "Votre session DocSpace a expiré. Reconnectez-vous, puis réessayez.",
  "error.rateLimited": "Trop de requêtes en ce moment. Attendez une minute, puis réessayez.",
  "error.network":
    "La connexion a échoué. Vérifiez votre réseau, rechargez la page (un plugin tout juste installé ou activé ne prend effet qu’après un rechargement) et réessayez.",
  "error.server": "DocSpace ou Dropbox rencontre des difficultés. Réessayez plus tard.",
  "error.incompleteDownload":
    "Le téléchargement depuis DocSpace s’est interrompu, rien n’a donc été enregistré. Réessayez.",
  "error.incompleteListing":
    "La liste de ce dossier dans DocSpace a changé pendant sa lecture, certains de ses fichiers n’ont donc peut-être pas été envoyés. Envoyez de nouveau le dossier.",
  "error.integrity":
    "La copie dans Dropbox ne correspondait pas à l’original, elle n’a donc pas été conservée. Réessayez.",
  "error.cancelled": "L’envoi a été annulé. Rien de partiel n’a été enregistré.",
  "error.unknown":
    "L’envoi vers Dropbox a échoué pour une raison inattendue. Les détails sont dans la console du navigateur (F12) ; réessayez et signalez-le si cela persiste.",
  "error.notConfigured":
    "Envoyer vers Dropbox n’est pas encore configuré. Demandez à un administrateur DocSpace de compléter les paramètres du plugin.",
  "error.notAllowed": "Sur ce portail, seuls les administrateurs DocSpace peuvent envoyer vers Dropbox.",

  "size.bytes": "{n}\u00a0o",
  "size.kb": "{n}\u00a0Ko",
  "size.mb": "{n}\u00a0Mo",
  "size.gb": "{n}\u00a0Go",
  "size.tb": "{n}\u00a0To",

  "common.close": "Fermer",
} as const satisfies Record<MessageKey, string>;
