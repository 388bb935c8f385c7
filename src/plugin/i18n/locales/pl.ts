import type { MessageKey } from "./en";

export const pl = {
  "menu.send": "Wyślij do Dropboxa",
  "menu.account": "Połączenie z Dropboxem",
  "send.background":
    "Wysyłanie do Dropboxa. Aby zobaczyć postęp lub, po zakończeniu, wynik, ponownie wybierz „Wyślij do Dropboxa” dla tego samego elementu.",

  "send.nothingSelected": "Nie wybrano niczego do wysłania.",
  "send.otherTab":
    "Ten element jest już wysyłany do Dropboxa z innej karty lub okna tej przeglądarki. Aby zobaczyć postęp, wybierz tam „Wyślij do Dropboxa” dla tego elementu. Jeśli ta karta została właśnie zamknięta, spróbuj ponownie za kilka sekund.",

  "resume.question": "Wcześniejsze wysyłanie tego elementu zatrzymało się przed zakończeniem.",

  "resume.resume": "Wznów — {bytes} z {totalBytes} już w Dropbox",

  "resume.startAgain": "Zacznij od nowa",

  "progress.preparing": "Wysyłanie do Dropboxa jest jeszcze przygotowywane: odczytywanie zawartości folderu…",
  "progress.running":
    "Trwa wysyłanie do Dropboxa: {files, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} z {totalFiles}, {bytes} z {totalBytes}.",
  "progress.title": "Wysyłanie do Dropboxa",
  "progress.explain": "Po zakończeniu zadania zobaczysz, gdzie wszystko trafiło.",
  "progress.refresh": "Odśwież",
  "progress.cancel": "Anuluj wysyłanie",
  "progress.cancelling":
    "Anulowanie. Już wysłane pliki pozostają w Dropboxie; nic niekompletnego nie zostanie zapisane.",
  "progress.operation": "Wysyłanie do Dropboxa: {name}",
  "progress.operationMany": "Wysyłanie do Dropboxa: zaznaczone elementy ({count})",

  "result.fileSent": "Wysłano do Dropboxa: {path}",
  "result.fileFailed": "„{name}” nie został wysłany. {reason}",
  "result.empty": "Nie ma czego wysłać: zaznaczenie nie zawiera plików. {path} nie został zmieniony.",
  "result.summaryToast":
    "Wysyłanie do Dropboxa zakończone: {sent, plural, one {wysłano # plik} few {wysłano # pliki} many {wysłano # plików} other {wysłano # pliku}} z {total}.",
  "result.title": "Wysłano do Dropboxa",
  "result.where.appFolder": "{path} w folderze tej aplikacji w Dropboxie (w „Apps”)",
  "result.where.appFolderRoot": "folder tej aplikacji w Dropboxie (w „Apps”)",
  "result.where.root": "najwyższy poziom Dropboxa",
  "result.account": "Konto Dropbox: {name}",
  "result.fileRenamedWhy": "Wysłano do Dropboxa jako {path}, zmieniono nazwę z „{name}”: {reasons}.",
  "result.renamedLineWhy": "{name} → {path}: {reasons}",
  "rename.reservedCharacter": "Dropbox nie przyjmuje w nazwach „/”, „\\” ani niektórych znaków sterujących",
  "rename.controlCharacter": "zastąpiono niewidoczne znaki zmieniające sposób czytania nazwy",
  "rename.invalidText": "nazwa zawierała uszkodzony tekst (nieprawidłowy znak)",
  "rename.surroundingSpace": "Dropbox nie zachowuje spacji na początku ani na końcu nazwy",
  "rename.relativeName": "nazwa była pusta lub składała się tylko z kropek",
  "rename.notSynced": "Dropbox nie synchronizuje nazw takich jak desktop.ini ani plików blokady ~$",
  "rename.tooLong": "Dropbox dopuszcza najwyżej 255 znaków w nazwie",
  "rename.nameClash": "inny element tej wysyłki ma tę samą nazwę (Dropbox nie rozróżnia wielkości liter)",
  "rename.keptBoth": "plik o tej nazwie już istniał, więc Dropbox go ponumerował",
  "mixed.title": "Niektórych elementów nie można wysłać",
  "mixed.intro": "Nie możesz pobierać tych zaznaczonych elementów, więc zostały pominięte:",
  "mixed.send": "Wyślij pozostałe ({count})",
  "result.titleWithProblems": "Wysłano do Dropboxa, z problemami",
  "result.counts":
    "{sent, plural, one {Wysłano # plik} few {Wysłano # pliki} many {Wysłano # plików} other {Wysłano # pliku}} z {total} do {path}.",
  "result.failedHeading":
    "{count, plural, one {# plik nie został wysłany:} few {# pliki nie zostały wysłane:} many {# plików nie zostało wysłanych:} other {# pliku nie wysłano:}}",
  "result.failedLine": "{name}: {reason}",
  "result.renamedHeading":
    "{count, plural, one {# plik ma zmienioną nazwę dla Dropboxa:} few {# pliki mają zmienione nazwy dla Dropboxa:} many {# plików ma zmienione nazwy dla Dropboxa:} other {# pliku ma zmienione nazwy dla Dropboxa:}}",
  "result.andMore": "…i {count} więcej.",
  "result.item": "Element {id}",
  "result.linkTitle": "Link udostępniania",
  "result.linkIntro": "Każdy, kto ma ten link, może wyświetlić plik w Dropboxie. Skopiuj go z pola:",
  "result.linkLabel": "Link udostępniania",
  "result.linkCopied": "Link udostępniania został skopiowany do schowka.",

  "connect.title": "Połącz z Dropboxem",
  "account.title": "Połączenie z Dropboxem",
  "account.sharedMode":
    "Ten portal wysyła do jednego wspólnego konta Dropbox, którym administratorzy DocSpace zarządzają w ustawieniach wtyczki.",
  "connect.intro": "Aby wysyłać pliki, wtyczka potrzebuje uprawnienia do zapisu w Twoim Dropboxie.",
  "connect.privacy":
    "Twoje połączenie z Dropboxem jest przechowywane w tej przeglądarce, tylko dla Twojego konta DocSpace; serwer portalu nigdy go nie otrzymuje. Inne wtyczki zainstalowane na tym portalu działają na tej samej stronie i mogłyby je odczytać. Zostaje usunięte, gdy się rozłączysz, gdy wylogujesz się tu z DocSpace i gdy ktoś inny zaloguje się do portalu w tej przeglądarce.",
  "connect.step1": "1. Otwórz Dropboxa w nowej karcie, zaloguj się i zezwól na dostęp.",
  "connect.openDropbox": "Otwórz Dropboxa",
  "connect.popupBlocked":
    "Przeglądarka zablokowała nową kartę. Skopiuj ten adres do nowej karty samodzielnie:",
  "connect.step2": "2. Dropbox pokaże następnie kod. Skopiuj go i wklej tutaj:",
  "connect.codePlaceholder": "Kod z Dropboxa",
  "connect.sessionOnly": "Nie utrzymuj połączenia na tym komputerze (tylko ta karta, do jej zamknięcia)",
  "connect.connect": "Połącz",
  "connect.connectedAs": "Połączono jako {name} ({email})",
  "connect.connectedAsName": "Połączono jako {name}",
  "connect.accountUnknown": "konto Dropbox",
  "connect.disconnect": "Rozłącz",
  "connect.sendNow": "Wyślij teraz",
  "connect.codeMissing": "Wklej kod pokazany przez Dropboxa, a następnie wybierz „Połącz”.",
  "connect.codeRejected":
    "Dropbox nie przyjął tego kodu. Kod działa raz i tylko przez kilka minut: ponownie wybierz „Otwórz Dropboxa” i wklej nowy kod.",
  "connect.appKeyMissing": "Najpierw wpisz klucz aplikacji Dropbox.",
  "connect.storageDenied":
    "Ta przeglądarka nie pozwala wtyczce zachować połączenia (dane witryn są blokowane). Zezwól na dane witryny dla portalu i połącz się ponownie.",

  "settings.app.title": "Aplikacja Dropbox",
  "settings.app.howto1":
    "1. W Dropbox App Console (https://www.dropbox.com/developers/apps) utwórz aplikację ze Scoped access. Wybierz App folder (zalecane: wtyczka widzi tylko swój folder) lub Full Dropbox.",
  "settings.app.howto2":
    "2. Na karcie Permissions zaznacz files.content.write i account_info.read, a dla linków udostępniania także sharing.write i sharing.read, i zatwierdź.",
  "settings.app.howto3":
    "3. Skopiuj App key z karty Settings do pola poniżej. Sekret aplikacji nigdy nie jest potrzebny.",
  "settings.appKey.label": "Klucz aplikacji Dropbox",
  "settings.appKey.placeholder": "np. a1b2c3d4e5f6g7h",
  "settings.appKey.badCharacters":
    "Klucz aplikacji Dropbox zawiera tylko litery, cyfry, „-” i „_”. Usuń {characters}.",
  "settings.appKey.tooLong":
    "Klucz aplikacji Dropbox ma najwyżej {max} znaków. Skopiuj go ponownie z App Console.",
  "settings.appKey.checkedLater":
    "Dropbox sprawdza klucz przy pierwszym połączeniu: przy błędnym kluczu Dropbox pokazuje stronę „Invalid client_id”.",
  "settings.access.label": "Typ dostępu aplikacji (wybrany przy jej tworzeniu)",
  "settings.access.appFolder": "Folder aplikacji: pliki trafiają do „Apps”, do folderu aplikacji",
  "settings.access.full": "Cały Dropbox",
  "settings.mode.label": "Czyj Dropbox otrzymuje pliki",
  "settings.mode.personal": "Każdy użytkownik łączy własnego Dropboxa (zalecane)",
  "settings.mode.shared": "Jedno wspólne konto Dropbox dla całego portalu",
  "settings.mode.personalHint":
    "Każdy użytkownik zostanie poproszony o połączenie przy pierwszym wysyłaniu. Połączenie jest przechowywane w przeglądarce danego użytkownika, a nie na serwerze portalu, i usuwane, gdy użytkownik się rozłączy lub wyloguje albo gdy w tej przeglądarce zaloguje się inny użytkownik; inne wtyczki zainstalowane na tym portalu działają na tej samej stronie i mogłyby je odczytać.",
  "settings.mode.sharedWarning":
    "Uwaga: DocSpace wysyła ustawienia wtyczek do przeglądarki każdego członka portalu, więc każdy członek może odczytać token wspólnego konta. Użyj aplikacji Dropbox typu App folder, aby token sięgał tylko do tego folderu.",
  "settings.connect.saveHint": "Wybierz „Zapisz”, aby zachować to połączenie.",
  "settings.connect.notRevoked":
    "Wspólne połączenie zostało tu usunięte, ale nie udało się połączyć z Dropboxem, aby je cofnąć, więc jego token nadal działa dla każdego, kto odczytał go z tych ustawień. Aby je cofnąć, zaloguj się na to konto Dropbox, otwórz Ustawienia › Połączone aplikacje (https://www.dropbox.com/account/connected_apps) i usuń tę aplikację.",
  "settings.token.label": "Albo wklej token dostępu",
  "settings.token.placeholder": "Token dostępu Dropbox",
  "settings.token.warning":
    "Krótkotrwałe tokeny dostępu Dropbox wygasają po 4 godzinach; wysyłanie przestaje działać, dopóki nie wkleisz nowego. Aby połączenie było trwałe, użyj „Połącz” powyżej.",
  "settings.token.invalid":
    "Token dostępu zawiera znaki, których tokeny Dropbox nigdy nie mają. Skopiuj go ponownie.",
  "settings.folder.label": "Folder docelowy w Dropboxie",
  "settings.folder.placeholder": "/DocSpace",
  "settings.folder.hint":
    "Puste oznacza najwyższy poziom (dla aplikacji App folder — własny folder aplikacji).",
  "settings.folder.noLeadingSlash": "Folder musi zaczynać się od „/”, na przykład /DocSpace.",
  "settings.folder.emptyComponent": "Folder nie może zawierać „//”.",
  "settings.folder.componentTooLong": "Każda nazwa folderu może mieć najwyżej 255 znaków.",
  "settings.folder.trailingSpaceOrDot": "Nazwy folderów nie mogą kończyć się spacją ani kropką.",
  "settings.folder.unsafeCharacter":
    'Nazwy folderów nie mogą zawierać < > : " | ? * \\ ani znaków sterujących.',
  "settings.folder.disallowedName":
    "Dropbox nie akceptuje tej nazwy folderu (na przykład desktop.ini lub nazw zaczynających się od ~$).",
  "settings.folder.invalid": "Ustawienia nie zostały zapisane. Folder docelowy: {reason}",
  "settings.folder.savedAs": "Zostanie zapisane jako {folder}",
  "settings.budget.left": "Pozostało na te ustawienia: {left} z {limit} znaków.",
  "settings.budget.over":
    "Za długie: potrzebują {length, plural, one {# znaku} few {# znaków} many {# znaków} other {# znaku}}, a DocSpace przechowuje najwyżej {limit}. Skróć folder docelowy o {excess, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.",
  "settings.budget.overToken":
    "Za długie: z tym tokenem dostępu potrzebują {length, plural, one {# znaku} few {# znaków} many {# znaków} other {# znaku}}, a DocSpace przechowuje najwyżej {limit}. Użyj „Połącz” zamiast wklejania tokena albo skróć folder docelowy o {excess, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.",
  "settings.saveBlocked": "Zapisanie będzie możliwe po usunięciu problemów zaznaczonych powyżej.",
  "settings.notSaved": "Ustawienia nie zostały zapisane: {reason}",
  "settings.changedElsewhere":
    "Ustawienia nie zostały zapisane: od otwarcia tego panelu zostały zmienione w innym oknie lub karcie. Zamknij ustawienia i otwórz je ponownie, aby zobaczyć aktualne wartości.",
  "settings.conflict.label": "Gdy istnieje już plik o tej samej nazwie",
  "settings.conflict.keepBoth": "Zachowaj oba (nowy plik otrzyma numer)",
  "settings.conflict.overwrite": "Zastąp istniejący plik",
  "settings.shareLink.label": "Twórz link udostępniania dla wysłanych plików",
  "settings.audience.label": "Kto może wysyłać do Dropboxa",
  "settings.audience.everyone": "Każdy, kto może pobrać element",
  "settings.audience.admins": "Tylko właściciel i administratorzy DocSpace",
  "settings.audience.hint": "To ukrywa pozycję menu przed innymi użytkownikami; nie ukrywa tych ustawień.",
  "settings.save": "Zapisz",
  "settings.saved": "Ustawienia „Wyślij do Dropboxa” zostały zapisane.",
  "settings.saved.noAppKey":
    "Ustawienia zapisane. „Wyślij do Dropboxa” pozostaje ukryte, dopóki nie zostanie wpisany klucz aplikacji Dropbox.",
  "settings.saved.sharedNotConnected":
    "Ustawienia zapisane. „Wyślij do Dropboxa” pozostaje ukryte, dopóki wspólne konto Dropbox nie zostanie połączone.",
  "settings.saved.accessToken":
    "Ustawienia zapisane z wklejonym tokenem dostępu. Jeśli jest krótkotrwały, wysyłanie przestanie działać po 4 godzinach.",
  "settings.tooLong":
    "Ustawienia nie zostały zapisane: potrzebują {length, plural, one {# znaku} few {# znaków} many {# znaków} other {# znaku}}, a DocSpace przechowuje najwyżej {limit}. Skróć folder docelowy o {excess, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.",
  "settings.tooLong.token":
    "Ustawienia nie zostały zapisane: z tym tokenem dostępu potrzebują {length, plural, one {# znaku} few {# znaków} many {# znaków} other {# znaku}}, a DocSpace przechowuje najwyżej {limit}. Użyj „Połącz” zamiast wklejania tokena albo skróć folder docelowy o {excess, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.",

  "error.notConnected": "Połącz swoje konto Dropbox, aby wysyłać pliki.",
  "error.notConnected.shared":
    "Wspólne konto Dropbox nie jest połączone. Poproś administratora DocSpace o połączenie go w ustawieniach wtyczki.",
  "error.dropboxAuth":
    "Dropbox nie akceptuje już Twojego połączenia (zostało cofnięte lub wygasło). Połącz Dropboxa ponownie.",
  "error.dropboxAuth.shared":
    "Dropbox nie akceptuje już wspólnego połączenia (zostało cofnięte lub wygasło). Poproś administratora DocSpace o ponowne połączenie go w ustawieniach wtyczki.",
  "error.dropboxAuth.reconnected":
    "Wysyłanie zostało przerwane: Dropbox nie akceptuje już połączenia, z którym się rozpoczęło (zostało cofnięte lub wygasło). Dropbox został od tego czasu ponownie połączony, więc wybierz ponownie „Wyślij do Dropboxa” dla tego elementu.",
  "error.dropboxPermission":
    "Aplikacji Dropbox brakuje potrzebnego uprawnienia (na przykład files.content.write lub sharing.write). Poproś administratora o włączenie go w Dropbox App Console, a następnie połącz się ponownie.",
  "error.insufficientSpace":
    "Twój Dropbox jest pełny. Zwolnij miejsce lub zmień plan, a następnie spróbuj ponownie.",
  "error.tooLarge": "Plik jest większy, niż Dropbox akceptuje dla pojedynczego pliku.",
  "error.invalidPath":
    "Dropbox nie akceptuje ścieżki docelowej. Poproś administratora o sprawdzenie folderu docelowego w ustawieniach wtyczki.",
  "error.conflict":
    "Coś w Dropboxie przeszkadza (na przykład folder o nazwie pliku) i nie można tego zastąpić. Zmień jego nazwę lub przenieś go, a następnie spróbuj ponownie.",
  "error.notFound": "Element już nie istnieje w DocSpace. Odśwież stronę i spróbuj ponownie.",
  "error.noDownloadPermission":
    "Nie możesz pobrać tego elementu w DocSpace, więc nie można go wysłać. Poproś administratora pokoju o prawo do pobierania.",
  "error.docspaceSignedOut": "Twoja sesja DocSpace wygasła. Zaloguj się ponownie i spróbuj jeszcze raz.",
  "error.rateLimited": "Zbyt wiele żądań w tej chwili. Poczekaj minutę i spróbuj ponownie.",
  "error.network":
    "Połączenie nie powiodło się. Sprawdź sieć, odśwież stronę (dopiero co zainstalowana lub włączona wtyczka działa po odświeżeniu) i spróbuj ponownie.",
  "error.server": "DocSpace lub Dropbox ma teraz problemy. Spróbuj później.",
  "error.incompleteDownload":
    "Pobieranie z DocSpace przerwało się przedwcześnie, więc nic nie zapisano. Spróbuj ponownie.",
  "error.incompleteListing":
    "Lista tego folderu w DocSpace zmieniała się podczas odczytu, więc niektóre jego pliki mogły nie zostać wysłane. Wyślij folder ponownie.",
  "error.integrity":
    "Kopia w Dropboxie nie zgadzała się z oryginałem, więc nie została zachowana. Spróbuj ponownie.",
  "error.cancelled": "Wysyłanie zostało anulowane. Nic niekompletnego nie zapisano.",
  "error.unknown":
    "„Wyślij do Dropboxa” nie powiodło się z nieoczekiwanego powodu. Szczegóły są w konsoli przeglądarki (F12); spróbuj ponownie i zgłoś problem, jeśli się powtarza.",
  "error.notConfigured":
    "„Wyślij do Dropboxa” nie jest jeszcze skonfigurowane. Poproś administratora DocSpace o dokończenie ustawień wtyczki.",
  "error.notAllowed": "Na tym portalu do Dropboxa mogą wysyłać tylko administratorzy DocSpace.",

  "size.bytes": "{n}\u00a0B",
  "size.kb": "{n}\u00a0KB",
  "size.mb": "{n}\u00a0MB",
  "size.gb": "{n}\u00a0GB",
  "size.tb": "{n}\u00a0TB",

  "common.close": "Zamknij",
} as const satisfies Record<MessageKey, string>;
