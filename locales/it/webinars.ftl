## The programme
webinars-title = Webinar
webinars-intro = Incontri online in diretta con chi lavora nella tecnologia sociale: l'iscrizione è gratuita e si può partecipare da qualsiasi dispositivo, oppure guardare la registrazione e leggere la trascrizione in un secondo momento.
webinars-zone-note = Gli orari indicati si riferiscono all'{ $zone }.
webinars-upcoming = In programma
webinars-past-title = Webinar passati
webinars-count = { $count ->
    [one] 1 webinar
   *[other] { $count } webinar
}
webinars-none-upcoming = Nessun webinar in programma corrisponde a questi filtri.
webinars-none-past = Nessun webinar passato corrisponde a questi filtri.
webinars-feed = Segui i nuovi webinar (feed Atom)
webinars-filter-when = Quando
webinars-filter-when-any = In programma e passati
webinars-filter-lang = Lingua parlata
webinars-filter-lang-any = Tutte le lingue
webinars-filter-competence = Competenza DigComp
webinars-filter-competence-any = Tutte le competenze
webinars-filter-job = Profilo professionale
webinars-filter-job-any = Tutti i profili professionali
webinars-filter-organisation = Organizzazione
webinars-filter-organisation-any = Tutte le organizzazioni
webinars-filter-access = Accessibilità
webinars-filter-access-any = Qualsiasi
webinars-access-captions = sottotitoli in diretta
webinars-access-sign-language = interpretazione in lingua dei segni
webinars-access-transcript = trascrizione
param-when = quando
param-access = accessibilità

## A card
webinars-seats-open = Gratuito, senza limite di posti
webinars-seats-left = { $count ->
    [one] Resta 1 posto
   *[other] Restano { $count } posti
}
webinars-seats-waiting-list = Al completo: lista d'attesa aperta
webinars-seats-closed = Iscrizioni chiuse
webinars-replay-available = Registrazione disponibile
webinars-past = Già svolto
webinars-spoken = in { $language }
webinars-minutes = { $minutes } min

## A webinar's page
webinars-own-zone = Orario dell'organizzazione: { $when }
webinars-zone-pick = Vedere gli orari in un altro fuso orario
webinars-zone-show = Mostra
webinars-organiser = Organizzato da
webinars-language = Lingua parlata
webinars-length = Durata
webinars-seats = Posti
webinars-capacity = (su { $count })
webinars-access = Accessibilità
webinars-add-to-calendar = Aggiungi al calendario (file .ics)
webinars-speakers = Relatori
webinars-related = Contenuti collegati
webinars-competence = Competenza DigComp
webinars-job = Profilo professionale:
webinars-pathway-step = { $pathway }, tappa { $n }: la registrazione fa parte di questo percorso
webinars-watch-replay = Guarda la registrazione
webinars-transcript = Trascrizione e sintesi

## Registrations
webinars-registration-pending = in attesa di conferma
webinars-registration-confirmed = iscrizione confermata
webinars-registration-waiting = in lista d'attesa
webinars-registration-cancelled = iscrizione annullata

## Dates and zones
webinars-when = { $weekday } { $day } { $month } { $year }, { $start }–{ $end }
webinars-weekday-1 = lun
webinars-weekday-2 = mar
webinars-weekday-3 = mer
webinars-weekday-4 = gio
webinars-weekday-5 = ven
webinars-weekday-6 = sab
webinars-weekday-7 = dom
webinars-month-1 = gen
webinars-month-2 = feb
webinars-month-3 = mar
webinars-month-4 = apr
webinars-month-5 = mag
webinars-month-6 = giu
webinars-month-7 = lug
webinars-month-8 = ago
webinars-month-9 = set
webinars-month-10 = ott
webinars-month-11 = nov
webinars-month-12 = dic
webinars-zone = ora di { $city }
webinars-city-europe-paris = Parigi
webinars-city-europe-brussels = Bruxelles
webinars-city-europe-rome = Roma
webinars-city-europe-madrid = Madrid
webinars-city-atlantic-canary = Las Palmas
webinars-city-europe-lisbon = Lisbona
webinars-city-europe-london = Londra
webinars-city-europe-berlin = Berlino

## Registering
webinars-register-title = Iscriversi
webinars-register = Iscriviti gratis
webinars-join-waiting-list = Entra in lista d'attesa
webinars-email = Indirizzo e-mail
webinars-email-hint = Non serve un account: inviamo un link per confermare. L'iscrizione vale dal momento in cui si apre il link.
webinars-error-closed = Le iscrizioni a questo webinar sono chiuse.
webinars-error-already = Questo indirizzo è già iscritto a questo webinar. Il link personale si trova nell'e-mail che abbiamo inviato.
webinars-notice-check-mail = Manca poco: per confermare l'iscrizione, aprire il link appena inviato al proprio indirizzo e-mail (entro 48 ore).
webinars-notice-registered = Iscrizione confermata. Abbiamo inviato un'e-mail con il link personale e un file per il calendario.
webinars-notice-waiting = Il webinar è al completo: l'iscrizione è in lista d'attesa. Se si libera un posto, viene assegnato a questa iscrizione e arriva un avviso via e-mail.
webinars-notice-cancelled = Iscrizione annullata.
webinars-notice-already-cancelled = Questa iscrizione era già stata annullata.
webinars-you-have-a-seat = Il posto è confermato.
webinars-manage-by-mail = Il link personale per annullare l'iscrizione o aggiungere il webinar al calendario si trova nell'e-mail che abbiamo inviato.
webinars-your-place = L'iscrizione è in lista d'attesa, in posizione { $place }.
webinars-you-cancelled = Questa iscrizione è stata annullata.
webinars-registration-title = Iscrizione
webinars-registration-expired = Questo link è scaduto (l'iscrizione va confermata entro 48 ore e prima dell'inizio del webinar). Iscriversi di nuovo.
webinars-join = Entra nel webinar
webinars-join-later = Il link per entrare compare qui 15 minuti prima dell'inizio.
webinars-cancel = Annulla l'iscrizione

## E-mails
webinars-mail-confirm-subject = Conferma dell'iscrizione: { $title }
webinars-mail-confirm-body = Per confermare l'iscrizione a «{ $title }», aprire questo link entro 48 ore:
webinars-mail-registered-subject = Iscrizione confermata: { $title }
webinars-mail-registered-body = Il posto per «{ $title }» è confermato. Il link personale mostra il webinar, permette di aggiungerlo al calendario e, 15 minuti prima dell'inizio, dà il link per entrare:
webinars-mail-waiting-subject = In lista d'attesa: { $title }
webinars-mail-waiting-body = «{ $title }» è al completo, quindi l'iscrizione è in lista d'attesa. Se si libera un posto, viene assegnato a questa iscrizione e arriva un'e-mail di avviso. Link personale:
webinars-mail-seat-subject = Si è liberato un posto: { $title }
webinars-mail-seat-body = Buone notizie: si è liberato un posto per «{ $title }» ed è stato assegnato a questa iscrizione. Link personale:
webinars-mail-cancel-note = Per annullare, aprire il link personale e premere «Annulla l'iscrizione». Non servono account né password.
webinars-mail-when = «{ $title }»: { $when }
webinars-mail-day-subject = Domani: { $title }
webinars-mail-day-body = Promemoria: domani c'è questo webinar, con un posto confermato. Il link personale mostra il link per entrare a partire da 15 minuti prima dell'inizio:
webinars-mail-hour-subject = Tra un'ora: { $title }
webinars-mail-hour-body = Il webinar inizia tra un'ora. Il link personale mostra il link per entrare a partire da 15 minuti prima dell'inizio:
webinars-mail-replay-subject = La registrazione è online: { $title }
webinars-mail-replay-body = La registrazione di «{ $title }» è online. È possibile guardarla e leggerne la trascrizione sulla pagina del webinar:
webinars-mail-calendar-note = Il file del calendario allegato a questa e-mail aggiunge il webinar al calendario.
webinars-mail-feed-note = Ogni webinar a cui ci si iscrive compare anche nel proprio feed del calendario, che si può aggiungere all'app del calendario: { $url }
webinars-mail-stop-note = Per non ricevere promemoria, aprire il link personale e premere «Disattiva i promemoria»: { $url }

## I promemoria e il calendario personale
webinars-reminders-on = Inviamo un promemoria il giorno prima e uno un'ora prima, e un'e-mail quando la registrazione è online.
webinars-reminders-off = Per questo webinar non verranno inviati promemoria.
webinars-reminders-stop = Disattiva i promemoria
webinars-reminders-start = Riattiva i promemoria
webinars-notice-reminders-off = Promemoria disattivati per questo webinar.
webinars-notice-reminders-on = Promemoria riattivati per questo webinar.
webinars-my-calendar-name = I miei webinar — Social Tech Academy
webinars-notice-calendar-reset = Il calendario ha un nuovo indirizzo. Quello vecchio non funziona più: aggiungere il nuovo all'app del calendario.
webinars-mine-title = I miei webinar
webinars-mine-none = Ancora nessuna iscrizione a un webinar.
webinars-mine-browse = Vai al programma
webinars-mine-upcoming = In programma
webinars-mine-waiting = In lista d'attesa
webinars-mine-past = Passati, con le registrazioni
webinars-my-calendar-title = Il calendario dei webinar
webinars-my-calendar-intro = Aggiungere questo indirizzo all'app del calendario (funziona con la maggior parte delle app: «aggiungi calendario da URL»). Mostra i webinar a cui ci si iscrive, con il link per entrare. L'indirizzo va tenuto riservato: chi lo conosce può vedere questi webinar.
webinars-my-calendar-address = Indirizzo privato del calendario
webinars-my-calendar-reset = Genera un nuovo indirizzo per il calendario
webinars-mine-on-account = Il webinar si trova in «I miei webinar», nella pagina «Il mio account», e nel calendario dei webinar.
webinars-my-calendar-make = Crea l'indirizzo del mio calendario

## Webinar form errors
webinars-error-time = Inserire un orario in ore e minuti, come 18:30.
webinars-error-time-skipped = Questo orario non esiste quel giorno in questo fuso orario (si passa all'ora legale). Scegliere un altro orario.
webinars-error-start-past = L'inizio è già passato. Scegliere un giorno e un orario futuri.
webinars-error-zone = Scegliere un fuso orario dall'elenco.
webinars-error-duration = Inserire una durata da 1 a { $max } minuti.
webinars-error-capacity = Inserire un numero di posti da 1 a { $max }, oppure lasciare il campo vuoto se non c'è limite.
webinars-error-capacity-taken = { $count } persone hanno già un posto: il webinar deve averne almeno { $count }.
webinars-next-title = Prossimi webinar
webinars-next-all = Vedi tutti i webinar
webinars-search = Parole
webinars-notice-see-mine = Vedi i tuoi webinar
