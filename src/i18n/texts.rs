//! Every user-visible string, in four languages. Placeholders are written `{name}`.

use super::Language;

/// Defines `Key` and its table. Each entry must name nb, nn, en and sv in that order, so a
/// missing language does not compile.
macro_rules! translations {
    ($( $key:ident { nb: $nb:expr, nn: $nn:expr, en: $en:expr, sv: $sv:expr $(,)? } )*) => {
        /// One user-visible text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            pub fn text(self, lang: Language) -> &'static str {
                match self {
                    $(Key::$key => match lang {
                        Language::Nb => $nb,
                        Language::Nn => $nn,
                        Language::En => $en,
                        Language::Sv => $sv,
                    }),*
                }
            }
        }
    };
}

translations! {
    AppName {
        nb: "Kompetanse i skolen",
        nn: "Kompetanse i skulen",
        en: "Competence in schools",
        sv: "Kompetens i skolan",
    }
    SkipToContent {
        nb: "Hopp til hovedinnhold",
        nn: "Hopp til hovudinnhald",
        en: "Skip to main content",
        sv: "Hoppa till huvudinnehåll",
    }
    LanguageLabel {
        nb: "Språk",
        nn: "Språk",
        en: "Language",
        sv: "Språk",
    }
    Loading {
        nb: "Laster …",
        nn: "Lastar …",
        en: "Loading …",
        sv: "Laddar …",
    }
    HomeTitle {
        nb: "Forside",
        nn: "Framside",
        en: "Home",
        sv: "Startsida",
    }
    HomeHeading {
        nb: "Hva vil du gjøre?",
        nn: "Kva vil du gjere?",
        en: "What do you want to do?",
        sv: "Vad vill du göra?",
    }
    HomeIntro {
        nb: "Her kan skoleledere søke på videreutdanning, og skoleeiere kan melde behov for kompetanseutvikling i skolen.",
        nn: "Her kan skuleleiarar søkje på vidareutdanning, og skuleeigarar kan melde behov for kompetanseutvikling i skulen.",
        en: "School leaders can apply for further education here, and school owners can report their needs for competence development in schools.",
        sv: "Här kan skolledare söka vidareutbildning, och skolhuvudmän kan anmäla behov av kompetensutveckling i skolan.",
    }
    ApplyHeading {
        nb: "Søk på videreutdanning for skoleledere",
        nn: "Søk på vidareutdanning for skuleleiarar",
        en: "Apply for further education for school leaders",
        sv: "Sök vidareutbildning för skolledare",
    }
    ApplyBody {
        nb: "For rektorer, assisterende rektorer, avdelingsledere og inspektører. Du logger inn, velger studium, legger ved dokumentasjon og sender søknaden.",
        nn: "For rektorar, assisterande rektorar, avdelingsleiarar og inspektørar. Du loggar inn, vel studium, legg ved dokumentasjon og sender søknaden.",
        en: "For head teachers, deputy heads, heads of department and inspectors. You log in, choose a programme, attach documentation and send the application.",
        sv: "För rektorer, biträdande rektorer, avdelningschefer och inspektörer. Du loggar in, väljer utbildning, bifogar underlag och skickar ansökan.",
    }
    ApplyLink {
        nb: "Start søknad",
        nn: "Start søknad",
        en: "Start an application",
        sv: "Påbörja en ansökan",
    }
    NeedsHeading {
        nb: "Meld behov for kompetanseutvikling (DeKomp)",
        nn: "Meld behov for kompetanseutvikling (DeKomp)",
        en: "Report needs for competence development (DeKomp)",
        sv: "Anmäl behov av kompetensutveckling (DeKomp)",
    }
    NeedsBody {
        nb: "For skoleeiere: kommuner, fylkeskommuner og private skoleeiere, i samarbeid med en partner som et universitet eller en høgskole.",
        nn: "For skuleeigarar: kommunar, fylkeskommunar og private skuleeigarar, i samarbeid med ein partnar som eit universitet eller ein høgskule.",
        en: "For school owners: municipalities, county authorities and private school owners, together with a partner such as a university or university college.",
        sv: "För skolhuvudmän i Norge: kommuner, fylkeskommuner och enskilda huvudmän, i samarbete med en partner som ett universitet eller en högskola.",
    }
    NeedsLink {
        nb: "Start behovsmelding",
        nn: "Start behovsmelding",
        en: "Start a needs report",
        sv: "Påbörja en behovsanmälan",
    }
    NeedsTitle {
        nb: "Behovsmelding for DeKomp",
        nn: "Behovsmelding for DeKomp",
        en: "DeKomp needs report",
        sv: "Behovsanmälan för DeKomp",
    }
    NotAvailableYet {
        nb: "Denne delen av tjenesten er ikke åpnet ennå. Du kan ikke fylle ut eller sende inn noe her foreløpig.",
        nn: "Denne delen av tenesta er ikkje opna enno. Du kan ikkje fylle ut eller sende inn noko her førebels.",
        en: "This part of the service is not open yet. You cannot fill in or send anything here for now.",
        sv: "Den här delen av tjänsten är inte öppen ännu. Du kan inte fylla i eller skicka något här än.",
    }
    BackToHome {
        nb: "Gå til forsiden",
        nn: "Gå til framsida",
        en: "Go to the home page",
        sv: "Gå till startsidan",
    }
    NotFoundTitle {
        nb: "Fant ikke siden",
        nn: "Fann ikkje sida",
        en: "Page not found",
        sv: "Sidan hittades inte",
    }
    NotFoundBody {
        nb: "Vi finner ikke siden du ba om. Sjekk at adressen er riktig, eller gå til forsiden.",
        nn: "Vi finn ikkje sida du bad om. Sjekk at adressa er rett, eller gå til framsida.",
        en: "We cannot find the page you asked for. Check that the address is correct, or go to the home page.",
        sv: "Vi hittar inte sidan du bad om. Kontrollera att adressen är rätt, eller gå till startsidan.",
    }
    AccessibilityTitle {
        nb: "Tilgjengelighetserklæring",
        nn: "Tilgjengelegheitserklæring",
        en: "Accessibility statement",
        sv: "Tillgänglighetsredogörelse",
    }
    AccessibilityIntro {
        nb: "Tjenesten skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løsninger krever.",
        nn: "Tenesta skal oppfylle krava i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT-løysingar krev.",
        en: "The service aims to meet WCAG 2.1 at levels A and AA, as the Norwegian regulation on universal design of ICT solutions requires.",
        sv: "Tjänsten ska uppfylla kraven i WCAG 2.1 på nivå A och AA, som den norska förordningen om universell utformning av IT-lösningar kräver.",
    }
    AccessibilityTesting {
        nb: "Hver side testes automatisk med axe-core på alle fire språk, og alle skjemaer skal kunne fylles ut bare med tastatur.",
        nn: "Kvar side blir testa automatisk med axe-core på alle fire språka, og alle skjema skal kunne fyllast ut berre med tastatur.",
        en: "Every page is tested automatically with axe-core in all four languages, and every form must be possible to complete with a keyboard alone.",
        sv: "Varje sida testas automatiskt med axe-core på alla fyra språk, och alla formulär ska gå att fylla i med enbart tangentbord.",
    }
    AccessibilityKnownGaps {
        nb: "Tjenesten er ikke ferdig, og den er ennå ikke vurdert av en uavhengig fagperson. Vi retter feil så snart vi får vite om dem.",
        nn: "Tenesta er ikkje ferdig, og ho er enno ikkje vurdert av ein uavhengig fagperson. Vi rettar feil så snart vi får vite om dei.",
        en: "The service is not finished and has not yet been assessed by an independent expert. We fix faults as soon as we learn of them.",
        sv: "Tjänsten är inte färdig och har ännu inte granskats av en oberoende expert. Vi rättar fel så snart vi får veta om dem.",
    }
    AccessibilityReport {
        nb: "Har du funnet noe som ikke virker for deg? Skriv til oss på {email}.",
        nn: "Har du funne noko som ikkje verkar for deg? Skriv til oss på {email}.",
        en: "Found something that does not work for you? Write to us at {email}.",
        sv: "Har du hittat något som inte fungerar för dig? Skriv till oss på {email}.",
    }
    FooterAccessibilityLink {
        nb: "Tilgjengelighetserklæring",
        nn: "Tilgjengelegheitserklæring",
        en: "Accessibility statement",
        sv: "Tillgänglighetsredogörelse",
    }
    FooterContactHeading {
        nb: "Kontakt",
        nn: "Kontakt",
        en: "Contact",
        sv: "Kontakt",
    }
    FooterContactEmail {
        nb: "Brukerstøtte: {email}",
        nn: "Brukarstøtte: {email}",
        en: "User support: {email}",
        sv: "Användarstöd: {email}",
    }
    FooterContactPhone {
        nb: "Telefon: {phone}",
        nn: "Telefon: {phone}",
        en: "Phone: {phone}",
        sv: "Telefon: {phone}",
    }
    ConfigErrorTitle {
        nb: "Tjenesten kan ikke starte",
        nn: "Tenesta kan ikkje starte",
        en: "The service cannot start",
        sv: "Tjänsten kan inte starta",
    }
    ConfigErrorBody {
        nb: "Tjenesten mangler oppsettet den trenger for å starte. Det er ikke noe du har gjort feil. Prøv igjen om litt, eller kontakt den som drifter tjenesten.",
        nn: "Tenesta manglar oppsettet ho treng for å starte. Det er ikkje noko du har gjort feil. Prøv igjen om litt, eller kontakt den som driftar tenesta.",
        en: "The service is missing the set-up it needs to start. This is not something you did wrong. Try again in a while, or contact whoever runs the service.",
        sv: "Tjänsten saknar de inställningar den behöver för att starta. Det är inget du har gjort fel. Försök igen om en stund, eller kontakta den som driver tjänsten.",
    }
    ConfigErrorUnreachable {
        nb: "Oppsettfilen config.json kunne ikke hentes.",
        nn: "Oppsettfila config.json kunne ikkje hentast.",
        en: "The settings file config.json could not be fetched.",
        sv: "Inställningsfilen config.json kunde inte hämtas.",
    }
    ConfigErrorNotJson {
        nb: "Oppsettfilen config.json er ikke gyldig JSON.",
        nn: "Oppsettfila config.json er ikkje gyldig JSON.",
        en: "The settings file config.json is not valid JSON.",
        sv: "Inställningsfilen config.json är inte giltig JSON.",
    }
    ConfigErrorInvalid {
        nb: "Oppsettfilen config.json har feil i disse feltene:",
        nn: "Oppsettfila config.json har feil i desse felta:",
        en: "The settings file config.json has errors in these fields:",
        sv: "Inställningsfilen config.json har fel i dessa fält:",
    }
    ConfigErrorDetails {
        nb: "Teknisk informasjon for driftere",
        nn: "Teknisk informasjon for driftarar",
        en: "Technical details for operators",
        sv: "Teknisk information för driftpersonal",
    }
    ConfigProblemMissing {
        nb: "{field}: mangler",
        nn: "{field}: manglar",
        en: "{field}: missing",
        sv: "{field}: saknas",
    }
    ConfigProblemWrongType {
        nb: "{field}: har feil type, skal være {expected}",
        nn: "{field}: har feil type, skal vere {expected}",
        en: "{field}: wrong type, should be {expected}",
        sv: "{field}: fel typ, ska vara {expected}",
    }
    ConfigProblemInvalid {
        nb: "{field}: ugyldig verdi",
        nn: "{field}: ugyldig verdi",
        en: "{field}: invalid value",
        sv: "{field}: ogiltigt värde",
    }
    TypeText {
        nb: "tekst",
        nn: "tekst",
        en: "text",
        sv: "text",
    }
    TypeNumber {
        nb: "et heltall",
        nn: "eit heiltal",
        en: "a whole number",
        sv: "ett heltal",
    }
    TypeList {
        nb: "en liste",
        nn: "ei liste",
        en: "a list",
        sv: "en lista",
    }
    TypeObject {
        nb: "et objekt",
        nn: "eit objekt",
        en: "an object",
        sv: "ett objekt",
    }
    TryAgain {
        nb: "Prøv igjen",
        nn: "Prøv igjen",
        en: "Try again",
        sv: "Försök igen",
    }
    CatalogueTitle {
        nb: "Studietilbud for skoleledere",
        nn: "Studietilbod for skuleleiarar",
        en: "Programmes for school leaders",
        sv: "Utbildningar för skolledare",
    }
    CatalogueNotice {
        nb: "Søknad gjennom denne tjenesten åpner senere. Her ser du tilbudene og fristene.",
        nn: "Søknad gjennom denne tenesta opnar seinare. Her ser du tilboda og fristane.",
        en: "Applying through this service opens later. Here you can see the programmes and their deadlines.",
        sv: "Ansökan genom den här tjänsten öppnar senare. Här ser du utbildningarna och sista ansökningsdag.",
    }
    CatalogueOfferedBy {
        nb: "Tilbys av {institution}",
        nn: "Blir tilbode av {institution}",
        en: "Offered by {institution}",
        sv: "Ges av {institution}",
    }
    CatalogueDeadline {
        nb: "Søknadsfrist: {date}",
        nn: "Søknadsfrist: {date}",
        en: "Application deadline: {date}",
        sv: "Sista ansökningsdag: {date}",
    }
    CatalogueOpens {
        nb: "Påmeldingen åpner {date}",
        nn: "Påmeldinga opnar {date}",
        en: "Registration opens {date}",
        sv: "Anmälan öppnar {date}",
    }
    CatalogueRolling {
        nb: "Løpende opptak – ta direkte kontakt med institusjonen",
        nn: "Løpande opptak – ta direkte kontakt med institusjonen",
        en: "Rolling admission – contact the institution directly",
        sv: "Löpande antagning – kontakta lärosätet direkt",
    }
    CatalogueApplyExternally {
        nb: "Søk hos {institution}",
        nn: "Søk hos {institution}",
        en: "Apply at {institution}",
        sv: "Ansök hos {institution}",
    }
    CatalogueRequirements {
        nb: "Opptakskrav",
        nn: "Opptakskrav",
        en: "Admission requirements",
        sv: "Behörighetskrav",
    }
    DateFormat {
        nb: "{day}. {month} {year}",
        nn: "{day}. {month} {year}",
        en: "{day} {month} {year}",
        sv: "{day} {month} {year}",
    }
    DateTimeFormat {
        nb: "{date} kl. {time}",
        nn: "{date} kl. {time}",
        en: "{date} at {time}",
        sv: "{date} kl. {time}",
    }
    LoginTitle {
        nb: "Logg inn",
        nn: "Logg inn",
        en: "Log in",
        sv: "Logga in",
    }
    LoginProvider {
        nb: "ID-porten – testinnlogging",
        nn: "ID-porten – testinnlogging",
        en: "ID-porten – test login",
        sv: "ID-porten – testinloggning",
    }
    LoginTestNotice {
        nb: "Dette er en testinnlogging, ikke den ekte ID-porten. Bare syntetiske testpersoner kan brukes, og ingen ekte personopplysninger blir behandlet.",
        nn: "Dette er ei testinnlogging, ikkje den ekte ID-porten. Berre syntetiske testpersonar kan brukast, og ingen ekte personopplysningar blir behandla.",
        en: "This is a test login, not the real ID-porten. Only synthetic test persons can be used, and no real personal data is processed.",
        sv: "Det här är en testinloggning, inte den riktiga ID-porten. Bara syntetiska testpersoner kan användas, och inga riktiga personuppgifter behandlas.",
    }
    LoginChoosePerson {
        nb: "Hvem vil du logge inn som?",
        nn: "Kven vil du logge inn som?",
        en: "Who do you want to log in as?",
        sv: "Vem vill du logga in som?",
    }
    LoginOtherPerson {
        nb: "En annen syntetisk testperson",
        nn: "Ein annan syntetisk testperson",
        en: "Another synthetic test person",
        sv: "En annan syntetisk testperson",
    }
    LoginNationalIdLabel {
        nb: "Syntetisk fødselsnummer",
        nn: "Syntetisk fødselsnummer",
        en: "Synthetic national identity number",
        sv: "Syntetiskt norskt födelsenummer",
    }
    LoginNationalIdHint {
        nb: "11 siffer. Syntetiske testnumre har 80 lagt til måneden.",
        nn: "11 siffer. Syntetiske testnummer har 80 lagt til månaden.",
        en: "11 digits. Synthetic test numbers have 80 added to the month.",
        sv: "11 siffror. I syntetiska testnummer har 80 lagts till månaden.",
    }
    LoginSubmit {
        nb: "Logg inn",
        nn: "Logg inn",
        en: "Log in",
        sv: "Logga in",
    }
    LoginIdPortenNotReady {
        nb: "Innlogging med ID-porten er satt opp for denne tjenesten, men er ikke tatt i bruk i denne versjonen ennå.",
        nn: "Innlogging med ID-porten er sett opp for denne tenesta, men er ikkje teken i bruk i denne versjonen enno.",
        en: "Login with ID-porten is configured for this service, but this version does not use it yet.",
        sv: "Inloggning med ID-porten är inställd för den här tjänsten, men den här versionen använder den inte ännu.",
    }
    LoginAlreadyLoggedIn {
        nb: "Du er allerede logget inn som {name}. Logg ut først hvis du vil logge inn som en annen.",
        nn: "Du er allereie logga inn som {name}. Logg ut først om du vil logge inn som ein annan.",
        en: "You are already logged in as {name}. Log out first if you want to log in as someone else.",
        sv: "Du är redan inloggad som {name}. Logga ut först om du vill logga in som någon annan.",
    }
    LoginContinue {
        nb: "Gå videre",
        nn: "Gå vidare",
        en: "Continue",
        sv: "Fortsätt",
    }
    LoggedInAs {
        nb: "Logget inn som {name}",
        nn: "Logga inn som {name}",
        en: "Logged in as {name}",
        sv: "Inloggad som {name}",
    }
    LogOut {
        nb: "Logg ut",
        nn: "Logg ut",
        en: "Log out",
        sv: "Logga ut",
    }
    LoggedOut {
        nb: "Du er logget ut.",
        nn: "Du er logga ut.",
        en: "You are logged out.",
        sv: "Du är utloggad.",
    }
    ErrorSummaryTitle {
        nb: "Du må rette dette før du kan gå videre",
        nn: "Du må rette dette før du kan gå vidare",
        en: "Fix the following to continue",
        sv: "Du behöver rätta detta innan du kan gå vidare",
    }
    ErrorTitlePrefix {
        nb: "Feil",
        nn: "Feil",
        en: "Error",
        sv: "Fel",
    }
    ErrorChoosePerson {
        nb: "Velg hvem du vil logge inn som",
        nn: "Vel kven du vil logge inn som",
        en: "Choose who to log in as",
        sv: "Välj vem du vill logga in som",
    }
    ErrorNationalIdRequired {
        nb: "Skriv inn fødselsnummeret",
        nn: "Skriv inn fødselsnummeret",
        en: "Enter the national identity number",
        sv: "Skriv in födelsenumret",
    }
    ErrorNationalIdFormat {
        nb: "Fødselsnummeret må ha 11 siffer",
        nn: "Fødselsnummeret må ha 11 siffer",
        en: "The number must have 11 digits",
        sv: "Numret måste ha 11 siffror",
    }
    ErrorNationalIdDate {
        nb: "Fødselsnummeret inneholder ikke en gyldig dato",
        nn: "Fødselsnummeret inneheld ikkje ein gyldig dato",
        en: "The number does not contain a valid date",
        sv: "Numret innehåller inte ett giltigt datum",
    }
    ErrorNationalIdChecksum {
        nb: "Kontrollsifrene stemmer ikke. Sjekk at du har skrevet riktig.",
        nn: "Kontrollsifra stemmer ikkje. Sjekk at du har skrive rett.",
        en: "The check digits do not match. Check what you typed.",
        sv: "Kontrollsiffrorna stämmer inte. Kontrollera att du skrivit rätt.",
    }
    ErrorNationalIdNotSynthetic {
        nb: "Testinnloggingen godtar bare syntetiske testnumre (måned + 80)",
        nn: "Testinnlogginga godtek berre syntetiske testnummer (månad + 80)",
        en: "The test login accepts only synthetic test numbers (month + 80)",
        sv: "Testinloggningen godtar bara syntetiska testnummer (månad + 80)",
    }
    ErrorNetwork {
        nb: "Vi får ikke kontakt med tjenesten. Sjekk nettforbindelsen og prøv igjen.",
        nn: "Vi får ikkje kontakt med tenesta. Sjekk nettsambandet og prøv igjen.",
        en: "We cannot reach the service. Check your connection and try again.",
        sv: "Vi får ingen kontakt med tjänsten. Kontrollera anslutningen och försök igen.",
    }
    ErrorTimeout {
        nb: "Tjenesten svarte ikke i tide. Prøv igjen om litt.",
        nn: "Tenesta svarte ikkje i tide. Prøv igjen om litt.",
        en: "The service did not answer in time. Try again in a while.",
        sv: "Tjänsten svarade inte i tid. Försök igen om en stund.",
    }
    ErrorUnavailable {
        nb: "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.",
        nn: "Tenesta er mellombels utilgjengeleg. Prøv igjen om litt.",
        en: "The service is temporarily unavailable. Try again in a while.",
        sv: "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.",
    }
    ErrorServer {
        nb: "Det oppstod en feil hos oss. Prøv igjen om litt.",
        nn: "Det oppstod ein feil hos oss. Prøv igjen om litt.",
        en: "Something went wrong on our side. Try again in a while.",
        sv: "Något gick fel hos oss. Försök igen om en stund.",
    }
    ErrorSessionExpired {
        nb: "Du er ikke logget inn, eller økten din er utløpt. Logg inn på nytt.",
        nn: "Du er ikkje logga inn, eller økta di har gått ut. Logg inn på nytt.",
        en: "You are not logged in, or your session has expired. Log in again.",
        sv: "Du är inte inloggad, eller så har din session gått ut. Logga in igen.",
    }
    ErrorMalformed {
        nb: "Vi fikk et svar fra tjenesten som vi ikke forstår. Prøv igjen om litt.",
        nn: "Vi fekk eit svar frå tenesta som vi ikkje forstår. Prøv igjen om litt.",
        en: "The service sent an answer we do not understand. Try again in a while.",
        sv: "Tjänsten skickade ett svar som vi inte förstår. Försök igen om en stund.",
    }
    ErrorUnexpected {
        nb: "Noe gikk galt. Prøv igjen.",
        nn: "Noko gjekk gale. Prøv igjen.",
        en: "Something went wrong. Try again.",
        sv: "Något gick fel. Försök igen.",
    }
    ContractUnsupported {
        nb: "Tjenesten bruker en versjon av grensesnittet ({version}) som denne appen ikke støtter. Kontakt den som drifter tjenesten.",
        nn: "Tenesta brukar ein versjon av grensesnittet ({version}) som denne appen ikkje støttar. Kontakt den som driftar tenesta.",
        en: "The service uses a version of the interface ({version}) that this app does not support. Contact whoever runs the service.",
        sv: "Tjänsten använder en version av gränssnittet ({version}) som den här appen inte stöder. Kontakta den som driver tjänsten.",
    }
    CatalogueNoDeadline {
        nb: "Søknadsfristen er ikke kunngjort her – se institusjonens egne sider",
        nn: "Søknadsfristen er ikkje kunngjord her – sjå sidene til institusjonen",
        en: "The deadline is not announced here – see the institution's own pages",
        sv: "Sista ansökningsdag anges inte här – se lärosätets egna sidor",
    }
    AuthModeUnsupported {
        nb: "Tjenesten er satt opp med en innloggingsmåte ({mode}) som serveren ikke godtar. Kontakt den som drifter tjenesten.",
        nn: "Tenesta er sett opp med ein innloggingsmåte ({mode}) som tenaren ikkje godtek. Kontakt den som driftar tenesta.",
        en: "The service is set up with a login method ({mode}) that the server does not accept. Contact whoever runs the service.",
        sv: "Tjänsten är inställd på ett inloggningssätt ({mode}) som servern inte godtar. Kontakta den som driver tjänsten.",
    }
    UploadRules {
        nb: "Du kan laste opp {types}. Største filstørrelse er {size}.",
        nn: "Du kan laste opp {types}. Største filstorleik er {size}.",
        en: "You can upload {types}. The largest file size is {size}.",
        sv: "Du kan ladda upp {types}. Största filstorlek är {size}.",
    }
    UploadChoose {
        nb: "Velg filer, eller dra dem hit",
        nn: "Vel filer, eller dra dei hit",
        en: "Choose files, or drag them here",
        sv: "Välj filer, eller dra dem hit",
    }
    UploadQueued {
        nb: "Venter",
        nn: "Ventar",
        en: "Waiting",
        sv: "Väntar",
    }
    UploadDone {
        nb: "Lastet opp",
        nn: "Lasta opp",
        en: "Uploaded",
        sv: "Uppladdad",
    }
    UploadCancelled {
        nb: "Avbrutt",
        nn: "Avbroten",
        en: "Cancelled",
        sv: "Avbruten",
    }
    UploadCancel {
        nb: "Avbryt",
        nn: "Avbryt",
        en: "Cancel",
        sv: "Avbryt",
    }
    UploadRemove {
        nb: "Fjern",
        nn: "Fjern",
        en: "Remove",
        sv: "Ta bort",
    }
    UploadEmpty {
        nb: "Filen er tom.",
        nn: "Fila er tom.",
        en: "The file is empty.",
        sv: "Filen är tom.",
    }
    UploadTooLarge {
        nb: "Filen er større enn {size}.",
        nn: "Fila er større enn {size}.",
        en: "The file is larger than {size}.",
        sv: "Filen är större än {size}.",
    }
    UploadWrongType {
        nb: "Denne filtypen kan ikke lastes opp. Bruk {types}.",
        nn: "Denne filtypen kan ikkje lastast opp. Bruk {types}.",
        en: "This type of file cannot be uploaded. Use {types}.",
        sv: "Den här filtypen kan inte laddas upp. Använd {types}.",
    }
    UploadContentNotAccepted {
        nb: "Innholdet i filen er ikke {types}, selv om navnet kan tyde på det.",
        nn: "Innhaldet i fila er ikkje {types}, sjølv om namnet kan tyde på det.",
        en: "The file's content is not {types}, whatever its name suggests.",
        sv: "Filens innehåll är inte {types}, även om namnet antyder det.",
    }
    UploadProgressOf {
        nb: "{name}: {percent} % lastet opp",
        nn: "{name}: {percent} % lasta opp",
        en: "{name}: {percent}% uploaded",
        sv: "{name}: {percent} % uppladdat",
    }
    UploadDoneOf {
        nb: "{name} er lastet opp",
        nn: "{name} er lasta opp",
        en: "{name} is uploaded",
        sv: "{name} är uppladdad",
    }
    UploadFailedOf {
        nb: "{name} ble ikke lastet opp. {reason}",
        nn: "{name} vart ikkje lasta opp. {reason}",
        en: "{name} was not uploaded. {reason}",
        sv: "{name} laddades inte upp. {reason}",
    }
}
