//! Every user-visible string, in four languages. Placeholders are written `{name}`.

/// Defines `Key` and each language's texts. Each entry must name nb, nn, en and sv in that
/// order, so a missing language does not compile. A language's texts are one string, each text
/// followed by [`super::SEPARATOR`], in `Key` order: one piece of data per language, which the
/// split release build can leave out of the first load (`state::language`).
macro_rules! translations {
    ($( $key:ident { nb: $nb:literal, nn: $nn:literal, en: $en:literal, sv: $sv:literal $(,)? } )*) => {
        /// One user-visible text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        pub const NB: &str = concat!($($nb, "\u{1f}"),*);
        pub const NN: &str = concat!($($nn, "\u{1f}"),*);
        pub const EN: &str = concat!($($en, "\u{1f}"),*);
        pub const SV: &str = concat!($($sv, "\u{1f}"),*);
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
    LanguageNotLoaded {
        nb: "Fikk ikke hentet {language}. Sjekk at du er på nett, og prøv igjen.",
        nn: "Fekk ikkje henta {language}. Sjekk at du er på nett, og prøv igjen.",
        en: "Could not fetch {language}. Check that you are online and try again.",
        sv: "Det gick inte att hämta {language}. Kontrollera att du är uppkopplad och försök igen.",
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
    CrashTitle {
        nb: "Noe gikk galt på siden",
        nn: "Noko gjekk gale på sida",
        en: "Something went wrong on the page",
        sv: "Något gick fel på sidan",
    }
    CrashBody {
        nb: "Det du har skrevet, er tatt vare på i denne fanen. Last inn siden på nytt for å fortsette der du var.",
        nn: "Det du har skrive, er teke vare på i denne fana. Last inn sida på nytt for å halde fram der du var.",
        en: "What you have typed is kept in this tab. Reload the page to carry on where you were.",
        sv: "Det du har skrivit finns kvar i den här fliken. Ladda om sidan för att fortsätta där du var.",
    }
    CrashReload {
        nb: "Last inn siden på nytt",
        nn: "Last inn sida på nytt",
        en: "Reload the page",
        sv: "Ladda om sidan",
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
        nb: "Her ser du tilbudene og fristene. Du søker under Mine søknader.",
        nn: "Her ser du tilboda og fristane. Du søkjer under Mine søknader.",
        en: "Here you can see the programmes and their deadlines. You apply under My applications.",
        sv: "Här ser du utbildningarna och sista ansökningsdag. Du ansöker under Mina ansökningar.",
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
    LoginWithIdPorten {
        nb: "Logg inn med ID-porten",
        nn: "Logg inn med ID-porten",
        en: "Log in with ID-porten",
        sv: "Logga in med ID-porten",
    }
    LoginIdPortenIntro {
        nb: "Du logger inn med MinID, BankID, Buypass eller Commfides hos ID-porten, og kommer tilbake hit etterpå. Det du har skrevet i denne fanen, er tatt vare på.",
        nn: "Du loggar inn med MinID, BankID, Buypass eller Commfides hos ID-porten, og kjem tilbake hit etterpå. Det du har skrive i denne fana, er teke vare på.",
        en: "You log in with MinID, BankID, Buypass or Commfides at ID-porten and come back here afterwards. What you have typed in this tab is kept.",
        sv: "Du loggar in med MinID, BankID, Buypass eller Commfides hos ID-porten och kommer sedan tillbaka hit. Det du har skrivit i den här fliken sparas. ID-porten visas på engelska, eftersom den inte finns på svenska.",
    }
    LoginReturning {
        nb: "Logger inn …",
        nn: "Loggar inn …",
        en: "Logging in …",
        sv: "Loggar in …",
    }
    LoginRefusedNotStarted {
        nb: "Denne innloggingen ble ikke startet i denne fanen, eller den er allerede brukt. Logg inn på nytt.",
        nn: "Denne innlogginga vart ikkje starta i denne fana, eller ho er allereie brukt. Logg inn på nytt.",
        en: "This login was not started in this tab, or it has already been used. Please log in again.",
        sv: "Den här inloggningen startades inte i den här fliken, eller så har den redan använts. Logga in igen.",
    }
    LoginRefusedWrongState {
        nb: "Svaret fra ID-porten hørte ikke til innloggingen du startet, så vi godtok det ikke. Logg inn på nytt.",
        nn: "Svaret frå ID-porten høyrde ikkje til innlogginga du starta, så vi godtok det ikkje. Logg inn på nytt.",
        en: "The answer from ID-porten did not belong to the login you started, so we did not accept it. Please log in again.",
        sv: "Svaret från ID-porten hörde inte till inloggningen du startade, så vi godtog det inte. Logga in igen.",
    }
    LoginCancelled {
        nb: "Innloggingen i ID-porten ble avbrutt. Logg inn på nytt når du er klar.",
        nn: "Innlogginga i ID-porten vart avbroten. Logg inn på nytt når du er klar.",
        en: "The login at ID-porten was cancelled. Log in again when you are ready.",
        sv: "Inloggningen i ID-porten avbröts. Logga in igen när du är redo.",
    }
    LoginProviderError {
        nb: "ID-porten kunne ikke logge deg inn nå. Prøv igjen om litt.",
        nn: "ID-porten kunne ikkje logge deg inn no. Prøv igjen om litt.",
        en: "ID-porten could not log you in just now. Please try again in a little while.",
        sv: "ID-porten kunde inte logga in dig just nu. Försök igen om en stund.",
    }
    LoginRefusedExpired {
        nb: "Innloggingen fra ID-porten var utløpt da den kom fram. Logg inn på nytt.",
        nn: "Innlogginga frå ID-porten var gått ut då ho kom fram. Logg inn på nytt.",
        en: "The login from ID-porten had expired by the time it arrived. Please log in again.",
        sv: "Inloggningen från ID-porten hade gått ut när den kom fram. Logga in igen.",
    }
    LoginRefusedLevel {
        nb: "Du logget inn på et lavere sikkerhetsnivå enn tjenesten krever. Logg inn på nytt, og velg en annen innloggingsmåte i ID-porten.",
        nn: "Du logga inn på eit lågare tryggleiksnivå enn tenesta krev. Logg inn på nytt, og vel ein annan innloggingsmåte i ID-porten.",
        en: "You logged in at a lower security level than this service requires. Log in again and choose another login method at ID-porten.",
        sv: "Du loggade in på en lägre säkerhetsnivå än tjänsten kräver. Logga in igen och välj ett annat inloggningssätt i ID-porten.",
    }
    LoginRefused {
        nb: "Tjenesten kunne ikke godta innloggingen fra ID-porten. Logg inn på nytt. Skjer det igjen, kontakt brukerstøtte.",
        nn: "Tenesta kunne ikkje godta innlogginga frå ID-porten. Logg inn på nytt. Skjer det igjen, kontakt brukarstøtte.",
        en: "The service could not accept the login from ID-porten. Please log in again. If it happens again, contact user support.",
        sv: "Tjänsten kunde inte godta inloggningen från ID-porten. Logga in igen. Om det händer igen, kontakta användarstödet.",
    }
    LoginNoCrypto {
        nb: "Nettleseren kan ikke starte en sikker innlogging. Bruk en nyere nettleser, eller slå på lagring for nettsteder.",
        nn: "Nettlesaren kan ikkje starte ei sikker innlogging. Bruk ein nyare nettlesar, eller slå på lagring for nettstader.",
        en: "Your browser cannot start a secure login. Use a newer browser, or allow sites to store data.",
        sv: "Webbläsaren kan inte starta en säker inloggning. Använd en nyare webbläsare eller tillåt att webbplatser sparar data.",
    }
    LoginAgain {
        nb: "Logg inn på nytt",
        nn: "Logg inn på nytt",
        en: "Log in again",
        sv: "Logga in igen",
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
    LoggedInNameless {
        nb: "Logget inn",
        nn: "Logga inn",
        en: "Logged in",
        sv: "Inloggad",
    }
    LoginAlreadyLoggedInNameless {
        nb: "Du er allerede logget inn. Logg ut først hvis du vil logge inn som en annen.",
        nn: "Du er allereie logga inn. Logg ut først om du vil logge inn som ein annan.",
        en: "You are already logged in. Log out first if you want to log in as someone else.",
        sv: "Du är redan inloggad. Logga ut först om du vill logga in som någon annan.",
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
    MyApplicationsTitle {
        nb: "Mine søknader",
        nn: "Mine søknader",
        en: "My applications",
        sv: "Mina ansökningar",
    }
    NewApplication {
        nb: "Ny søknad",
        nn: "Ny søknad",
        en: "New application",
        sv: "Ny ansökan",
    }
    NewApplicationUntitled {
        nb: "Ny søknad (ingen studier valgt ennå)",
        nn: "Ny søknad (ingen studium valt enno)",
        en: "New application (no programme chosen yet)",
        sv: "Ny ansökan (ingen utbildning vald ännu)",
    }
    NoApplications {
        nb: "Du har ingen søknader ennå.",
        nn: "Du har ingen søknader enno.",
        en: "You have no applications yet.",
        sv: "Du har inga ansökningar ännu.",
    }
    StatusLine {
        nb: "Status: {status}",
        nn: "Status: {status}",
        en: "Status: {status}",
        sv: "Status: {status}",
    }
    StatusDraft {
        nb: "Ikke sendt (utkast)",
        nn: "Ikkje sendt (utkast)",
        en: "Not sent (draft)",
        sv: "Inte skickad (utkast)",
    }
    StatusSubmitted {
        nb: "Sendt",
        nn: "Sendt",
        en: "Sent",
        sv: "Skickad",
    }
    StatusWithdrawn {
        nb: "Trukket",
        nn: "Trekt",
        en: "Withdrawn",
        sv: "Återtagen",
    }
    StatusOffer {
        nb: "Tilbud om plass",
        nn: "Tilbod om plass",
        en: "Offered a place",
        sv: "Erbjuden plats",
    }
    StatusRejected {
        nb: "Ikke tatt opp",
        nn: "Ikkje teken opp",
        en: "Not admitted",
        sv: "Inte antagen",
    }
    StatusUnknown {
        nb: "Ukjent",
        nn: "Ukjend",
        en: "Unknown",
        sv: "Okänd",
    }
    ContinueApplication {
        nb: "Fortsett søknaden",
        nn: "Hald fram med søknaden",
        en: "Continue the application",
        sv: "Fortsätt ansökan",
    }
    SeeReceipt {
        nb: "Se kvitteringen",
        nn: "Sjå kvitteringa",
        en: "See the receipt",
        sv: "Se kvittot",
    }
    WizardTitle {
        nb: "Søknad",
        nn: "Søknad",
        en: "Application",
        sv: "Ansökan",
    }
    StepOf {
        nb: "Steg {n} av {total}",
        nn: "Steg {n} av {total}",
        en: "Step {n} of {total}",
        sv: "Steg {n} av {total}",
    }
    Back {
        nb: "Tilbake",
        nn: "Attende",
        en: "Back",
        sv: "Tillbaka",
    }
    SaveAndContinue {
        nb: "Lagre og fortsett",
        nn: "Lagre og gå vidare",
        en: "Save and continue",
        sv: "Spara och fortsätt",
    }
    SyncSaved {
        nb: "Alt du har skrevet, er lagret.",
        nn: "Alt du har skrive, er lagra.",
        en: "Everything you have written is saved.",
        sv: "Allt du har skrivit är sparat.",
    }
    SyncSaving {
        nb: "Endringene lagres automatisk.",
        nn: "Endringane blir lagra automatisk.",
        en: "Your changes are saved automatically.",
        sv: "Ändringarna sparas automatiskt.",
    }
    SyncNotSaved {
        nb: "Endringene er ikke lagret hos oss ennå, men de er tatt vare på i denne fanen. Vi prøver igjen når du skriver videre eller går videre.",
        nn: "Endringane er ikkje lagra hos oss enno, men dei er tekne vare på i denne fana. Vi prøver igjen når du skriv vidare eller går vidare.",
        en: "Your changes are not saved with us yet, but they are kept in this tab. We will try again when you type or continue.",
        sv: "Ändringarna är inte sparade hos oss ännu, men de finns kvar i den här fliken. Vi försöker igen när du skriver vidare eller går vidare.",
    }
    ErrorFixBeforeSending {
        nb: "Noe på denne siden må rettes før søknaden kan sendes",
        nn: "Noko på denne sida må rettast før søknaden kan sendast",
        en: "Something on this page must be corrected before the application can be sent",
        sv: "Något på den här sidan måste rättas innan ansökan kan skickas",
    }
    ErrorRoundLocked {
        nb: "Opptaket kan ikke byttes etter at søknaden er sendt. Trekk søknaden og send en ny i stedet.",
        nn: "Opptaket kan ikkje bytast etter at søknaden er send. Trekk søknaden og send ein ny i staden.",
        en: "The admission round cannot be changed once the application is sent. Withdraw it and send a new one instead.",
        sv: "Antagningsomgången kan inte bytas när ansökan är skickad. Ta tillbaka den och skicka en ny i stället.",
    }
    ChangeApplication {
        nb: "Endre søknaden",
        nn: "Endre søknaden",
        en: "Change the application",
        sv: "Ändra ansökan",
    }
    SendChanges {
        nb: "Send endringene",
        nn: "Send endringane",
        en: "Send the changes",
        sv: "Skicka ändringarna",
    }
    NoUnsentChanges {
        nb: "Søknaden er sendt, og du har ikke endret noe siden. Bruk «Endre» over for å endre et svar; så kan du sende endringene her.",
        nn: "Søknaden er send, og du har ikkje endra noko sidan. Bruk «Endre» over for å endre eit svar; så kan du sende endringane her.",
        en: "The application is sent and you have not changed anything since. Use “Change” above to change an answer; then you can send the changes here.",
        sv: "Ansökan är skickad och du har inte ändrat något sedan dess. Använd ”Ändra” ovan för att ändra ett svar; sedan kan du skicka ändringarna här.",
    }
    UnsentChangesWarning {
        nb: "Du har endret søknaden etter at den ble sendt. Endringene gjelder først når du har sendt dem, og det må skje før fristen.",
        nn: "Du har endra søknaden etter at han vart send. Endringane gjeld først når du har sendt dei, og det må skje før fristen.",
        en: "You have changed the application since it was sent. The changes only count once you have sent them, before the deadline.",
        sv: "Du har ändrat ansökan efter att den skickades. Ändringarna gäller först när du har skickat dem, och det måste ske före sista dagen.",
    }
    ReviewAndSendChanges {
        nb: "Se over og send endringene",
        nn: "Sjå over og send endringane",
        en: "Review and send the changes",
        sv: "Granska och skicka ändringarna",
    }
    ReceiptRevision {
        nb: "Endret og sendt på nytt (versjon {revision}). Referansenummeret er det samme.",
        nn: "Endra og send på nytt (versjon {revision}). Referansenummeret er det same.",
        en: "Changed and sent again (version {revision}). The reference number stays the same.",
        sv: "Ändrad och skickad på nytt (version {revision}). Referensnumret är detsamma.",
    }
    StatusUnsentChanges {
        nb: "Sendt, med endringer som ikke er sendt",
        nn: "Send, med endringar som ikkje er sende",
        en: "Sent, with changes not yet sent",
        sv: "Skickad, med ändringar som inte är skickade",
    }
    DeleteDraft {
        nb: "Slett utkastet",
        nn: "Slett utkastet",
        en: "Delete the draft",
        sv: "Radera utkastet",
    }
    DeleteDraftConfirm {
        nb: "Vil du slette utkastet? Det du har skrevet og valgt, blir borte. Dokumentene du har lastet opp, kan du fortsatt bruke i andre søknader.",
        nn: "Vil du slette utkastet? Det du har skrive og valt, blir borte. Dokumenta du har lasta opp, kan du framleis bruke i andre søknader.",
        en: "Delete the draft? What you have written and chosen will be gone. Documents you uploaded can still be used in other applications.",
        sv: "Vill du radera utkastet? Det du har skrivit och valt försvinner. Dokumenten du har laddat upp kan du fortfarande använda i andra ansökningar.",
    }
    DeleteDraftYes {
        nb: "Ja, slett utkastet",
        nn: "Ja, slett utkastet",
        en: "Yes, delete it",
        sv: "Ja, radera utkastet",
    }
    KeepDraft {
        nb: "Nei, behold det",
        nn: "Nei, behald det",
        en: "No, keep it",
        sv: "Nej, behåll det",
    }
    DraftDeleted {
        nb: "Utkastet er slettet.",
        nn: "Utkastet er sletta.",
        en: "The draft has been deleted.",
        sv: "Utkastet är raderat.",
    }
    LateDocumentsOpen {
        nb: "Legg til dokumenter",
        nn: "Legg til dokument",
        en: "Add documents",
        sv: "Lägg till dokument",
    }
    LateDocumentsHeading {
        nb: "Ettersend dokumenter",
        nn: "Ettersend dokument",
        en: "Send documents later",
        sv: "Skicka in dokument i efterhand",
    }
    LateDocumentsUntil {
        nb: "Du kan legge til dokumenter uten å sende søknaden på nytt, til og med {date}.",
        nn: "Du kan leggje til dokument utan å sende søknaden på nytt, til og med {date}.",
        en: "You can add documents without sending the application again, until {date}.",
        sv: "Du kan lägga till dokument utan att skicka ansökan på nytt, till och med {date}.",
    }
    LateDocumentsAnyTime {
        nb: "Du kan legge til dokumenter uten å sende søknaden på nytt.",
        nn: "Du kan leggje til dokument utan å sende søknaden på nytt.",
        en: "You can add documents without sending the application again.",
        sv: "Du kan lägga till dokument utan att skicka ansökan på nytt.",
    }
    LateDocumentsSent {
        nb: "Sendt etter søknaden",
        nn: "Sendt etter søknaden",
        en: "Sent after the application",
        sv: "Skickade efter ansökan",
    }
    ErrorDocumentDeadlinePassed {
        nb: "Fristen for å ettersende dokumenter har gått ut.",
        nn: "Fristen for å ettersende dokument har gått ut.",
        en: "The deadline for sending documents later has passed.",
        sv: "Sista dagen för att skicka in dokument i efterhand har passerat.",
    }
    ErrorNoLongerChangeable {
        nb: "Søknaden kan ikke endres lenger. Last siden på nytt for å se hvordan den står nå.",
        nn: "Søknaden kan ikkje endrast lenger. Last sida på nytt for å sjå korleis ho står no.",
        en: "The application can no longer be changed. Reload the page to see where it stands now.",
        sv: "Ansökan kan inte längre ändras. Ladda om sidan för att se hur den står nu.",
    }
    LogOutUnsentWarning {
        nb: "Noe av det du har skrevet, er ikke lagret hos oss ennå. Logger du ut nå, blir det borte. Bli innlogget til det er lagret, eller logg ut likevel.",
        nn: "Noko av det du har skrive, er ikkje lagra hos oss enno. Loggar du ut no, blir det borte. Ver innlogga til det er lagra, eller logg ut likevel.",
        en: "Some of what you have written is not saved with us yet. If you log out now, it will be lost. Stay logged in until it is saved, or log out anyway.",
        sv: "En del av det du har skrivit är inte sparat hos oss ännu. Loggar du ut nu försvinner det. Förbli inloggad tills det är sparat, eller logga ut ändå.",
    }
    LogOutAnyway {
        nb: "Logg ut likevel",
        nn: "Logg ut likevel",
        en: "Log out anyway",
        sv: "Logga ut ändå",
    }
    StayLoggedInToSave {
        nb: "Bli innlogget",
        nn: "Ver innlogga",
        en: "Stay logged in",
        sv: "Förbli inloggad",
    }
    ResumeWhereLeft {
        nb: "Fortsett der du slapp",
        nn: "Hald fram der du slapp",
        en: "Continue where you left off",
        sv: "Fortsätt där du slutade",
    }
    Optional {
        nb: "(valgfritt)",
        nn: "(valfritt)",
        en: "(optional)",
        sv: "(frivilligt)",
    }
    ChooseTitle {
        nb: "Hva vil du søke på?",
        nn: "Kva vil du søkje på?",
        en: "What do you want to apply for?",
        sv: "Vad vill du söka till?",
    }
    ChooseCategoryLegend {
        nb: "Kategori",
        nn: "Kategori",
        en: "Category",
        sv: "Kategori",
    }
    ChooseRoundLegend {
        nb: "Opptak",
        nn: "Opptak",
        en: "Admission round",
        sv: "Antagningsomgång",
    }
    ChooseRoundLocked {
        nb: "Søknaden er sendt i denne opptaksrunden og blir der. Fristen er rundens frist. Vil du søke i en annen runde, trekker du denne søknaden og lager en ny.",
        nn: "Søknaden er send i denne opptaksrunden og blir verande der. Fristen er fristen til runden. Vil du søkje i ein annan runde, trekkjer du denne søknaden og lagar ein ny.",
        en: "This application was sent in this admission round and stays in it; its deadline is the round's. To apply in another round, withdraw this application and start a new one.",
        sv: "Ansökan skickades i den här antagningsomgången och stannar där; sista dag är omgångens. Vill du söka i en annan omgång, drar du tillbaka den här ansökan och gör en ny.",
    }
    ChooseAlternativeLegend {
        nb: "Studiealternativ",
        nn: "Studiealternativ",
        en: "Study programme",
        sv: "Utbildningsalternativ",
    }
    ChooseAlternativeHint {
        nb: "Du kan velge opptil {max}.",
        nn: "Du kan velje opptil {max}.",
        en: "You can choose up to {max}.",
        sv: "Du kan välja upp till {max}.",
    }
    ApplyAtInstitution {
        nb: "Søk hos institusjonen selv",
        nn: "Søk hos institusjonen sjølv",
        en: "Apply with the institution itself",
        sv: "Ansök hos lärosätet direkt",
    }
    RoundClosed {
        nb: "Stengt: søknadsfristen har gått ut",
        nn: "Stengt: søknadsfristen har gått ut",
        en: "Closed: the deadline has passed",
        sv: "Stängd: sista ansökningsdag har passerat",
    }
    PriorityHeading {
        nb: "Rekkefølge (første ønske først)",
        nn: "Rekkjefølgje (første ønske først)",
        en: "Order of priority (first choice first)",
        sv: "Prioritetsordning (förstahandsval först)",
    }
    Up {
        nb: "Flytt opp",
        nn: "Flytt opp",
        en: "Move up",
        sv: "Flytta upp",
    }
    Down {
        nb: "Flytt ned",
        nn: "Flytt ned",
        en: "Move down",
        sv: "Flytta ned",
    }
    MoveUp {
        nb: "Flytt {name} opp",
        nn: "Flytt {name} opp",
        en: "Move {name} up",
        sv: "Flytta upp {name}",
    }
    MoveDown {
        nb: "Flytt {name} ned",
        nn: "Flytt {name} ned",
        en: "Move {name} down",
        sv: "Flytta ned {name}",
    }
    ErrorChooseCategory {
        nb: "Velg en kategori",
        nn: "Vel ein kategori",
        en: "Choose a category",
        sv: "Välj en kategori",
    }
    ErrorChooseRound {
        nb: "Velg et opptak",
        nn: "Vel eit opptak",
        en: "Choose an admission round",
        sv: "Välj en antagningsomgång",
    }
    ErrorRoundNotOpen {
        nb: "Dette opptaket tar ikke imot søknader nå",
        nn: "Dette opptaket tek ikkje imot søknader no",
        en: "This admission round is not taking applications now",
        sv: "Den här antagningsomgången tar inte emot ansökningar nu",
    }
    ErrorChooseAlternative {
        nb: "Velg minst ett studiealternativ",
        nn: "Vel minst eitt studiealternativ",
        en: "Choose at least one study programme",
        sv: "Välj minst ett utbildningsalternativ",
    }
    ErrorTooManyAlternatives {
        nb: "Du har valgt flere studiealternativ enn opptaket tillater",
        nn: "Du har valt fleire studiealternativ enn opptaket tillèt",
        en: "You have chosen more programmes than this round allows",
        sv: "Du har valt fler alternativ än omgången tillåter",
    }
    RemarksTitle {
        nb: "Om stillingen din",
        nn: "Om stillinga di",
        en: "About your position",
        sv: "Om din tjänst",
    }
    JobTitleLabel {
        nb: "Stillingstittel",
        nn: "Stillingstittel",
        en: "Job title",
        sv: "Befattning",
    }
    JobTitleHint {
        nb: "For eksempel rektor, assisterende rektor, avdelingsleder eller inspektør",
        nn: "Til dømes rektor, assisterande rektor, avdelingsleiar eller inspektør",
        en: "For example head teacher, deputy head, head of department or inspector",
        sv: "Till exempel rektor, biträdande rektor, avdelningschef eller inspektör",
    }
    SchoolOwnerLabel {
        nb: "Skoleeier",
        nn: "Skuleeigar",
        en: "School owner",
        sv: "Huvudman",
    }
    SchoolOwnerHint {
        nb: "Kommunen, fylkeskommunen eller den private eieren av skolen din",
        nn: "Kommunen, fylkeskommunen eller den private eigaren av skulen din",
        en: "The municipality, county or private owner of your school",
        sv: "Kommunen, regionen eller den enskilda huvudmannen för din skola",
    }
    ErrorJobTitleMissing {
        nb: "Skriv stillingstittelen din",
        nn: "Skriv stillingstittelen din",
        en: "Enter your job title",
        sv: "Ange din befattning",
    }
    ErrorSchoolOwnerMissing {
        nb: "Skriv hvem som eier skolen din",
        nn: "Skriv kven som eig skulen din",
        en: "Enter who owns your school",
        sv: "Ange vem som är huvudman för din skola",
    }
    ErrorTooLong200 {
        nb: "Skriv høyst 200 tegn",
        nn: "Skriv høgst 200 teikn",
        en: "Use 200 characters or fewer",
        sv: "Skriv högst 200 tecken",
    }
    ErrorRemarksIncomplete {
        nb: "Fyll ut stillingstittel og skoleeier",
        nn: "Fyll ut stillingstittel og skuleeigar",
        en: "Fill in your job title and school owner",
        sv: "Fyll i befattning och huvudman",
    }
    ErrorDeadlinePassed {
        nb: "Søknadsfristen har gått ut, og søknaden kan ikke sendes eller endres",
        nn: "Søknadsfristen har gått ut, og søknaden kan ikkje sendast eller endrast",
        en: "The deadline has passed: the application can no longer be sent or changed",
        sv: "Sista ansökningsdag har passerat: ansökan kan inte längre skickas eller ändras",
    }
    ErrorDocumentMissing {
        nb: "Et dokument som studiet krever, mangler",
        nn: "Eit dokument som studiet krev, manglar",
        en: "A document the programme requires is missing",
        sv: "Ett dokument som utbildningen kräver saknas",
    }
    CheckTitle {
        nb: "Se over svarene før du sender",
        nn: "Sjå over svara før du sender",
        en: "Check your answers before sending",
        sv: "Kontrollera dina svar innan du skickar",
    }
    Change {
        nb: "Endre",
        nn: "Endre",
        en: "Change",
        sv: "Ändra",
    }
    NotGiven {
        nb: "Ikke oppgitt",
        nn: "Ikkje oppgitt",
        en: "Not given",
        sv: "Inte angivet",
    }
    SubmitHeading {
        nb: "Send søknaden",
        nn: "Send søknaden",
        en: "Send the application",
        sv: "Skicka ansökan",
    }
    SubmitDeclaration {
        nb: "Når du sender, bekrefter du at opplysningene er riktige. Du kan endre eller trekke søknaden fram til søknadsfristen.",
        nn: "Når du sender, stadfestar du at opplysningane er rette. Du kan endre eller trekkje søknaden fram til søknadsfristen.",
        en: "By sending, you confirm that the information is correct. You can change or withdraw the application until the deadline.",
        sv: "När du skickar intygar du att uppgifterna stämmer. Du kan ändra eller ta tillbaka ansökan fram till sista ansökningsdag.",
    }
    SubmitApplication {
        nb: "Send søknad",
        nn: "Send søknad",
        en: "Send application",
        sv: "Skicka ansökan",
    }
    Sending {
        nb: "Sender …",
        nn: "Sender …",
        en: "Sending …",
        sv: "Skickar …",
    }
    ReceiptTitle {
        nb: "Søknaden er sendt",
        nn: "Søknaden er send",
        en: "Your application has been sent",
        sv: "Ansökan är skickad",
    }
    WithdrawnTitle {
        nb: "Søknaden er trukket",
        nn: "Søknaden er trekt",
        en: "The application has been withdrawn",
        sv: "Ansökan är återtagen",
    }
    ReceiptNotSent {
        nb: "Denne søknaden er ikke sendt ennå.",
        nn: "Denne søknaden er ikkje send enno.",
        en: "This application has not been sent yet.",
        sv: "Den här ansökan är inte skickad ännu.",
    }
    ReceiptReference {
        nb: "Referansenummer: {reference}",
        nn: "Referansenummer: {reference}",
        en: "Reference number: {reference}",
        sv: "Referensnummer: {reference}",
    }
    ReceiptSentAt {
        nb: "Sendt {time}",
        nn: "Sendt {time}",
        en: "Sent {time}",
        sv: "Skickad {time}",
    }
    ReceiptAlternatives {
        nb: "Studiene du har søkt på, i prioritert rekkefølge",
        nn: "Studia du har søkt på, i prioritert rekkjefølgje",
        en: "The programmes you applied for, in order of priority",
        sv: "Utbildningarna du sökt, i prioritetsordning",
    }
    ReceiptAttachments {
        nb: "Vedlegg",
        nn: "Vedlegg",
        en: "Attachments",
        sv: "Bilagor",
    }
    ReceiptNextHeading {
        nb: "Hva skjer nå?",
        nn: "Kva skjer no?",
        en: "What happens next?",
        sv: "Vad händer nu?",
    }
    ReceiptNext {
        nb: "Institusjonen behandler søknaden etter søknadsfristen. Svaret kommer under Mine søknader.",
        nn: "Institusjonen handsamar søknaden etter søknadsfristen. Svaret kjem under Mine søknader.",
        en: "The institution processes applications after the deadline. The answer will appear under My applications.",
        sv: "Lärosätet behandlar ansökan efter sista ansökningsdag. Svaret visas under Mina ansökningar.",
    }
    ReceiptContact {
        nb: "Spørsmål? Skriv til {email}.",
        nn: "Spørsmål? Skriv til {email}.",
        en: "Questions? Write to {email}.",
        sv: "Frågor? Skriv till {email}.",
    }
    Print {
        nb: "Skriv ut",
        nn: "Skriv ut",
        en: "Print",
        sv: "Skriv ut",
    }
    WithdrawApplication {
        nb: "Trekk søknaden",
        nn: "Trekk søknaden",
        en: "Withdraw the application",
        sv: "Ta tillbaka ansökan",
    }
    WithdrawConfirm {
        nb: "Vil du trekke søknaden? Du kan sende en ny søknad før fristen.",
        nn: "Vil du trekkje søknaden? Du kan sende ein ny søknad før fristen.",
        en: "Do you want to withdraw the application? You can send a new one before the deadline.",
        sv: "Vill du ta tillbaka ansökan? Du kan skicka en ny före sista ansökningsdag.",
    }
    WithdrawYes {
        nb: "Ja, trekk søknaden",
        nn: "Ja, trekk søknaden",
        en: "Yes, withdraw it",
        sv: "Ja, ta tillbaka ansökan",
    }
    ConflictHeading {
        nb: "Søknaden er endret et annet sted",
        nn: "Søknaden er endra ein annan stad",
        en: "The application was changed elsewhere",
        sv: "Ansökan har ändrats någon annanstans",
    }
    ConflictBody {
        nb: "Noen har lagret en nyere versjon i en annen fane eller på en annen enhet. Det som bare ble endret ett av stedene, er tatt med. Disse feltene ble endret begge steder: velg hvilken verdi du vil beholde i hvert av dem.",
        nn: "Nokon har lagra ein nyare versjon i ei anna fane eller på ei anna eining. Det som berre vart endra på ein av stadene, er teke med. Desse felta vart endra begge stader: vel kva verdi du vil behalde i kvart av dei.",
        en: "A newer version was saved in another tab or on another device. What was changed in only one place has been kept. These fields were changed in both: choose which value to keep in each.",
        sv: "En nyare version har sparats i en annan flik eller på en annan enhet. Det som bara ändrades på ett ställe har tagits med. De här fälten ändrades på båda ställena: välj vilket värde du vill behålla i vart och ett.",
    }
    NrConflictHeading {
        nb: "Behovsmeldingen er endret et annet sted",
        nn: "Behovsmeldinga er endra ein annan stad",
        en: "The report was changed elsewhere",
        sv: "Behovsanmälan har ändrats någon annanstans",
    }
    ConflictApply {
        nb: "Bruk valgene",
        nn: "Bruk vala",
        en: "Use these choices",
        sv: "Använd valen",
    }
    ChangedElsewhere {
        nb: "Oppdatert med endringer som ble lagret i en annen fane eller på en annen enhet: {fields}.",
        nn: "Oppdatert med endringar som vart lagra i ei anna fane eller på ei anna eining: {fields}.",
        en: "Updated with changes saved in another tab or on another device: {fields}.",
        sv: "Uppdaterad med ändringar som sparades i en annan flik eller på en annan enhet: {fields}.",
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
    UploadNameNotAccepted {
        nb: "Filnavnet inneholder et kontrolltegn eller et tegn som snur skriveretningen, og kan vise noe annet enn det filen er. Gi filen et nytt navn og velg den på nytt.",
        nn: "Filnamnet inneheld eit kontrollteikn eller eit teikn som snur skriveretninga, og kan vise noko anna enn det fila er. Gi fila eit nytt namn og vel ho på nytt.",
        en: "The file name holds a control character or a character that reverses the writing direction, so it may show something other than what the file is. Rename the file and choose it again.",
        sv: "Filnamnet innehåller ett kontrolltecken eller ett tecken som vänder skrivriktningen, och kan visa något annat än vad filen är. Byt namn på filen och välj den igen.",
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
    DocumentsTitle {
        nb: "Dokumentasjon",
        nn: "Dokumentasjon",
        en: "Documents",
        sv: "Dokument",
    }
    DocumentsIntro {
        nb: "Last opp dokumentene studiet krever. Du kan også bruke dokumenter du har lastet opp før.",
        nn: "Last opp dokumenta studiet krev. Du kan òg bruke dokument du har lasta opp før.",
        en: "Upload the documents the programme requires. You can also use documents you uploaded before.",
        sv: "Ladda upp de dokument som utbildningen kräver. Du kan också använda dokument som du laddat upp tidigare.",
    }
    DocumentsMayFollow {
        nb: "Dokumentene kan også ettersendes innen dokumentfristen.",
        nn: "Dokumenta kan òg ettersendast innan dokumentfristen.",
        en: "You may also send the documents later, before the document deadline.",
        sv: "Dokumenten kan också skickas in senare, före dokumentfristen.",
    }
    DocumentEmployment {
        nb: "Bekreftelse fra skoleeier på stilling og stillingsprosent",
        nn: "Stadfesting frå skuleeigar på stilling og stillingsprosent",
        en: "The school owner's confirmation of your position and its percentage",
        sv: "Huvudmannens intyg om din tjänst och tjänstgöringsgrad",
    }
    DocumentDiploma {
        nb: "Dokumentasjon på rektorutdanning eller studiepoeng i ledelse",
        nn: "Dokumentasjon på rektorutdanning eller studiepoeng i leiing",
        en: "Proof of the national headship programme or credits in leadership",
        sv: "Intyg om rektorsutbildning eller högskolepoäng i ledarskap",
    }
    DocumentOther {
        nb: "Andre dokumenter",
        nn: "Andre dokument",
        en: "Other documents",
        sv: "Andra dokument",
    }
    UploadsInFlight {
        nb: "Vent til opplastingene er ferdige før du går videre.",
        nn: "Vent til opplastingane er ferdige før du går vidare.",
        en: "Wait for the uploads to finish before you go on.",
        sv: "Vänta tills uppladdningarna är klara innan du går vidare.",
    }
    AttachedDocuments {
        nb: "Lagt ved denne søknaden",
        nn: "Lagt ved denne søknaden",
        en: "Attached to this application",
        sv: "Bifogade till den här ansökan",
    }
    EarlierDocuments {
        nb: "Dokumenter du har lastet opp før",
        nn: "Dokument du har lasta opp før",
        en: "Documents you uploaded before",
        sv: "Dokument som du laddat upp tidigare",
    }
    Attach {
        nb: "Legg ved",
        nn: "Legg ved",
        en: "Attach",
        sv: "Bifoga",
    }
    AttachDocument {
        nb: "Legg ved {name}",
        nn: "Legg ved {name}",
        en: "Attach {name}",
        sv: "Bifoga {name}",
    }
    DetachDocument {
        nb: "Fjern {name} fra søknaden",
        nn: "Fjern {name} frå søknaden",
        en: "Remove {name} from the application",
        sv: "Ta bort {name} från ansökan",
    }
    ConflictYours {
        nb: "Din versjon:",
        nn: "Din versjon:",
        en: "Your version:",
        sv: "Din version:",
    }
    ConflictSaved {
        nb: "Lagret versjon:",
        nn: "Lagra versjon:",
        en: "Saved version:",
        sv: "Sparad version:",
    }
    DocumentsCount {
        nb: "Antall dokumenter",
        nn: "Tal på dokument",
        en: "Number of documents",
        sv: "Antal dokument",
    }
    RemarkLabel {
        nb: "Merknad",
        nn: "Merknad",
        en: "Remark",
        sv: "Anmärkning",
    }
    RemarkHint {
        nb: "Noe institusjonen bør vite om søknaden, for eksempel at ledergruppen søker sammen",
        nn: "Noko institusjonen bør vite om søknaden, til dømes at leiargruppa søkjer saman",
        en: "Anything the institution should know, for example that your leadership team is applying together",
        sv: "Något lärosätet bör veta om ansökan, till exempel att ledningsgruppen söker tillsammans",
    }
    CharactersLeft {
        nb: "Du har {n} tegn igjen",
        nn: "Du har {n} teikn att",
        en: "You have {n} characters left",
        sv: "Du har {n} tecken kvar",
    }
    CharactersTooMany {
        nb: "Du har {n} tegn for mye",
        nn: "Du har {n} teikn for mykje",
        en: "You have {n} characters too many",
        sv: "Du har {n} tecken för mycket",
    }
    ErrorRemarkTooLong {
        nb: "Merknaden kan ha høyst 1500 tegn",
        nn: "Merknaden kan ha høgst 1500 teikn",
        en: "The remark can have at most 1500 characters",
        sv: "Anmärkningen får ha högst 1500 tecken",
    }
    RequirementsTitle {
        nb: "Opptakskrav",
        nn: "Opptakskrav",
        en: "Admission requirements",
        sv: "Behörighetskrav",
    }
    RequirementsIntro {
        nb: "Svar på spørsmålene, så ser du om du oppfyller kravene for å bli tatt opp. Dokumentasjonen legger du ved senere.",
        nn: "Svar på spørsmåla, så ser du om du oppfyller krava for å bli teken opp. Dokumentasjonen legg du ved seinare.",
        en: "Answer the questions to see whether you meet the requirements for admission. You attach the documentation later.",
        sv: "Svara på frågorna, så ser du om du uppfyller kraven för att antas. Intygen bifogar du senare.",
    }
    QuestionsTitle {
        nb: "Spørsmål fra studiestedet",
        nn: "Spørsmål frå studiestaden",
        en: "Questions from the institution",
        sv: "Frågor från lärosätet",
    }
    QuestionsIntro {
        nb: "Studiestedet trenger disse opplysningene for å behandle påmeldingen.",
        nn: "Studiestaden treng desse opplysningane for å handsame påmeldinga.",
        en: "The institution needs this information to process the registration.",
        sv: "Lärosätet behöver de här uppgifterna för att behandla anmälan.",
    }
    Yes {
        nb: "Ja",
        nn: "Ja",
        en: "Yes",
        sv: "Ja",
    }
    No {
        nb: "Nei",
        nn: "Nei",
        en: "No",
        sv: "Nej",
    }
    NotEligibleHeading {
        nb: "Du oppfyller ikke alle opptakskravene",
        nn: "Du oppfyller ikkje alle opptakskrava",
        en: "You do not meet all the admission requirements",
        sv: "Du uppfyller inte alla behörighetskrav",
    }
    NotEligibleMayContinue {
        nb: "Du kan likevel sende søknaden. Studiestedet vurderer da om du kan tas opp.",
        nn: "Du kan likevel sende søknaden. Studiestaden vurderer då om du kan takast opp.",
        en: "You can still send the application. The institution will then assess whether you can be admitted.",
        sv: "Du kan ändå skicka ansökan. Lärosätet bedömer då om du kan antas.",
    }
    NotEligibleBlocked {
        nb: "Uten å oppfylle kravene kan du ikke søke på dette studiet. Endre svaret hvis det var feil, eller gå tilbake og velg et annet studium.",
        nn: "Utan å oppfylle krava kan du ikkje søkje på dette studiet. Endre svaret om det var feil, eller gå tilbake og vel eit anna studium.",
        en: "Without meeting the requirements you cannot apply for this programme. Change your answer if it was wrong, or go back and choose another programme.",
        sv: "Utan att uppfylla kraven kan du inte söka den här utbildningen. Ändra svaret om det var fel, eller gå tillbaka och välj en annan utbildning.",
    }
    ErrorNotEligible {
        nb: "Du oppfyller ikke opptakskravet: {text}",
        nn: "Du oppfyller ikkje opptakskravet: {text}",
        en: "You do not meet the admission requirement: {text}",
        sv: "Du uppfyller inte behörighetskravet: {text}",
    }
    ErrorAnswerMissing {
        nb: "Svar på «{text}»",
        nn: "Svar på «{text}»",
        en: "Answer “{text}”",
        sv: "Svara på ”{text}”",
    }
    ErrorAnswerTooLong {
        nb: "Svaret på «{text}» er for langt",
        nn: "Svaret på «{text}» er for langt",
        en: "The answer to “{text}” is too long",
        sv: "Svaret på ”{text}” är för långt",
    }
    ErrorAnswerOption {
        nb: "Velg et av svarene på «{text}»",
        nn: "Vel eitt av svara på «{text}»",
        en: "Choose one of the answers to “{text}”",
        sv: "Välj ett av svaren på ”{text}”",
    }
    ErrorAnswerDate {
        nb: "«{text}» må være en gyldig dato",
        nn: "«{text}» må vere ein gyldig dato",
        en: "“{text}” must be a real date",
        sv: "”{text}” måste vara ett giltigt datum",
    }
    ErrorAnswerDateRange {
        nb: "Datoen i «{text}» er utenfor perioden som er tillatt",
        nn: "Datoen i «{text}» er utanfor perioden som er tillaten",
        en: "The date in “{text}” is outside the allowed period",
        sv: "Datumet i ”{text}” ligger utanför den tillåtna perioden",
    }
    ErrorIdFormat {
        nb: "«{text}» har feil antall sifre eller tegn",
        nn: "«{text}» har feil tal på siffer eller teikn",
        en: "“{text}” has the wrong number of digits or characters",
        sv: "”{text}” har fel antal siffror eller tecken",
    }
    ErrorIdDate {
        nb: "«{text}» inneholder ikke en gyldig fødselsdato",
        nn: "«{text}» inneheld ikkje ein gyldig fødselsdato",
        en: "“{text}” does not contain a real date of birth",
        sv: "”{text}” innehåller inget giltigt födelsedatum",
    }
    ErrorIdChecksum {
        nb: "«{text}» er ikke gyldig: kontrollsifferet stemmer ikke",
        nn: "«{text}» er ikkje gyldig: kontrollsifferet stemmer ikkje",
        en: "“{text}” is not valid: the check digit is wrong",
        sv: "”{text}” är inte giltigt: kontrollsiffran stämmer inte",
    }
    ErrorAnswerEmail {
        nb: "«{text}» må være en e-postadresse, som navn@example.no",
        nn: "«{text}» må vere ei e-postadresse, som namn@example.no",
        en: "“{text}” must be an email address, like name@example.com",
        sv: "”{text}” måste vara en e-postadress, till exempel namn@example.se",
    }
    ErrorAnswerPhone {
        nb: "«{text}» må være et telefonnummer med 8 til 15 sifre",
        nn: "«{text}» må vere eit telefonnummer med 8 til 15 siffer",
        en: "“{text}” must be a phone number of 8 to 15 digits",
        sv: "”{text}” måste vara ett telefonnummer med 8 till 15 siffror",
    }
    ErrorAnswerInvalid {
        nb: "Svaret på «{text}» ble ikke godtatt",
        nn: "Svaret på «{text}» vart ikkje godteke",
        en: "The answer to “{text}” was not accepted",
        sv: "Svaret på ”{text}” godtogs inte",
    }
    AnswersCount {
        nb: "Antall svar på spørsmål",
        nn: "Tal på svar på spørsmål",
        en: "Number of answers to questions",
        sv: "Antal svar på frågor",
    }
    SessionEndHeading {
        nb: "Du blir snart logget ut",
        nn: "Du blir snart logga ut",
        en: "You will soon be logged out",
        sv: "Du loggas snart ut",
    }
    SessionEndIdle {
        nb: "Du har ikke vært aktiv på en stund. Om {time} blir du logget ut. Vil du fortsette?",
        nn: "Du har ikkje vore aktiv på ei stund. Om {time} blir du logga ut. Vil du halde fram?",
        en: "You have not been active for a while. In {time} you will be logged out. Do you want to continue?",
        sv: "Du har inte varit aktiv på en stund. Om {time} loggas du ut. Vill du fortsätta?",
    }
    SessionEndAbsolute {
        nb: "Du har vært logget inn i 12 timer, som er det lengste en innlogging varer. Om {time} blir du logget ut, og det kan ikke forlenges. Det du har skrevet i denne fanen, blir tatt vare på til du logger inn igjen.",
        nn: "Du har vore logga inn i 12 timar, som er det lengste ei innlogging varer. Om {time} blir du logga ut, og det kan ikkje forlengjast. Det du har skrive i denne fana, blir teke vare på til du loggar inn igjen.",
        en: "You have been logged in for 12 hours, the longest a login lasts. In {time} you will be logged out, and this cannot be extended. What you have typed in this tab is kept until you log in again.",
        sv: "Du har varit inloggad i 12 timmar, vilket är det längsta en inloggning varar. Om {time} loggas du ut, och det går inte att förlänga. Det du har skrivit i den här fliken sparas tills du loggar in igen.",
    }
    Minutes {
        nb: "{n} minutter",
        nn: "{n} minutt",
        en: "{n} minutes",
        sv: "{n} minuter",
    }
    OneMinute {
        nb: "1 minutt",
        nn: "eitt minutt",
        en: "1 minute",
        sv: "1 minut",
    }
    StayLoggedIn {
        nb: "Forbli innlogget",
        nn: "Ver innlogga vidare",
        en: "Stay logged in",
        sv: "Förbli inloggad",
    }
    Close {
        nb: "Lukk",
        nn: "Lukk",
        en: "Close",
        sv: "Stäng",
    }
    SessionExpiredNotice {
        nb: "Du ble logget ut fordi økten var utløpt. Logg inn igjen for å fortsette der du var. Det du skrev i denne fanen, er tatt vare på.",
        nn: "Du vart logga ut fordi økta var ute. Logg inn igjen for å halde fram der du var. Det du skreiv i denne fana, er teke vare på.",
        en: "You were logged out because your session ended. Log in again to continue where you were. What you typed in this tab has been kept.",
        sv: "Du loggades ut eftersom sessionen hade gått ut. Logga in igen för att fortsätta där du var. Det du skrev i den här fliken har sparats.",
    }
    PrivacyLink {
        nb: "Slik behandler vi opplysningene dine",
        nn: "Slik behandlar vi opplysningane dine",
        en: "How we handle your information",
        sv: "Så hanterar vi dina uppgifter",
    }
    PrivacyTitle {
        nb: "Personvern",
        nn: "Personvern",
        en: "Privacy",
        sv: "Personuppgifter",
    }
    PrivacyIntro {
        nb: "Her står hva tjenesten lagrer om deg, hvorfor, hvor lenge, og hvem du kan spørre.",
        nn: "Her står kva tenesta lagrar om deg, kvifor, kor lenge, og kven du kan spørje.",
        en: "This page says what the service stores about you, why, for how long, and whom to ask.",
        sv: "Här står vad tjänsten sparar om dig, varför, hur länge och vem du kan fråga.",
    }
    PrivacyWhatHeading {
        nb: "Hva vi lagrer",
        nn: "Kva vi lagrar",
        en: "What we store",
        sv: "Vad vi sparar",
    }
    PrivacyBrowser {
        nb: "I nettleseren din: innloggingen (en nøkkel til økten) og arbeidskopien av skjemaet du fyller ut, i nettleserens øktlagring (sessionStorage). De slettes når du lukker fanen eller logger ut. Mens du logger inn med ID-porten, ligger der også tre engangsverdier som knytter svaret fra ID-porten til innloggingen du startet; de slettes når du kommer tilbake. Arbeidskopien er merket med et tilfeldig id-nummer for deg som tjenesten gir (aldri fødselsnummeret ditt), og slettes hvis noen andre logger inn i samme fane. Språket du velger, huskes i nettleseren til du velger et annet.",
        nn: "I nettlesaren din: innlogginga (ein nøkkel til økta) og arbeidskopien av skjemaet du fyller ut, i øktlagringa til nettlesaren (sessionStorage). Dei blir sletta når du lukkar fana eller loggar ut. Medan du loggar inn med ID-porten, ligg det der også tre eingongsverdiar som knyter svaret frå ID-porten til innlogginga du starta; dei blir sletta når du kjem tilbake. Arbeidskopien er merkt med eit tilfeldig id-nummer for deg som tenesta gir (aldri fødselsnummeret ditt), og blir sletta om nokon andre loggar inn i same fana. Språket du vel, blir hugsa i nettlesaren til du vel eit anna.",
        en: "In your browser: your login (a key to the session) and the working copy of the form you are filling in, in the browser's session storage (sessionStorage). They are deleted when you close the tab or log out. While you log in with ID-porten, it also holds three single-use values that tie ID-porten's answer to the login you started; they are deleted when you come back. The working copy is marked with a random id the service gives you (never your national identity number), and is deleted if someone else logs in in the same tab. The language you choose is remembered in the browser until you choose another.",
        sv: "I din webbläsare: inloggningen (en nyckel till sessionen) och arbetskopian av formuläret du fyller i, i webbläsarens sessionslagring (sessionStorage). De raderas när du stänger fliken eller loggar ut. Medan du loggar in med ID-porten finns där också tre engångsvärden som knyter svaret från ID-porten till inloggningen du startade; de raderas när du kommer tillbaka. Arbetskopian är märkt med ett slumpmässigt id som tjänsten ger dig (aldrig ditt personnummer), och raderas om någon annan loggar in i samma flik. Språket du väljer sparas i webbläsaren tills du väljer ett annat.",
    }
    PrivacyServer {
        nb: "Hos tjenesten: utkast, svar og dokumenter du laster opp, søknadene og behovsmeldingene du sender, og fødselsnummeret ditt, som vi får fra ID-porten når du logger inn, med ID-portens bekreftelse av innloggingen, som vi trenger for å logge deg ut der også, så lenge økten varer.",
        nn: "Hos tenesta: utkast, svar og dokument du lastar opp, søknadene og behovsmeldingane du sender, og fødselsnummeret ditt, som vi får frå ID-porten når du loggar inn, med stadfestinga frå ID-porten av innlogginga, som vi treng for å logge deg ut der også, så lenge økta varer.",
        en: "With the service: drafts, answers and documents you upload, the applications and needs reports you send, and your national identity number, which we receive from ID-porten when you log in, with ID-porten's confirmation of the login, which we need to log you out there too, for as long as the session lasts.",
        sv: "Hos tjänsten: utkast, svar och dokument du laddar upp, ansökningarna och behovsrapporterna du skickar, och ditt norska personnummer (fødselsnummer), som vi får från ID-porten när du loggar in, med ID-portens bekräftelse av inloggningen, som vi behöver för att logga ut dig där också, så länge sessionen varar.",
    }
    PrivacyWhyHeading {
        nb: "Hvorfor",
        nn: "Kvifor",
        en: "Why",
        sv: "Varför",
    }
    PrivacyWhy {
        nb: "For å behandle søknader om videreutdanning og behovsmeldinger, og for å vise deg det du har skrevet og sendt. Fødselsnummeret viser hvem du er, så bare du ser søknadene dine.",
        nn: "For å behandle søknader om vidareutdanning og behovsmeldingar, og for å vise deg det du har skrive og sendt. Fødselsnummeret viser kven du er, så berre du ser søknadene dine.",
        en: "To process applications for continuing education and needs reports, and to show you what you have written and sent. Your national identity number shows who you are, so that only you see your applications.",
        sv: "För att behandla ansökningar om fortbildning och behovsrapporter, och för att visa dig det du har skrivit och skickat. Personnumret visar vem du är, så att bara du ser dina ansökningar.",
    }
    PrivacyHowLongHeading {
        nb: "Hvor lenge",
        nn: "Kor lenge",
        en: "For how long",
        sv: "Hur länge",
    }
    PrivacyHowLong {
        nb: "Utkast blir liggende til opptaksrunden er over. Sendte søknader og behovsmeldinger lagres så lenge lærestedet eller skoleeieren trenger dem for å behandle saken, etter sine regler for arkiv og sletting.",
        nn: "Utkast blir liggjande til opptaksrunden er over. Sende søknader og behovsmeldingar blir lagra så lenge lærestaden eller skuleeigaren treng dei for å behandle saka, etter reglane sine for arkiv og sletting.",
        en: "Drafts are kept until the admission round is over. Sent applications and needs reports are kept as long as the institution or school owner needs them to process the case, under their own rules for archiving and deletion.",
        sv: "Utkast finns kvar tills antagningsomgången är över. Skickade ansökningar och behovsrapporter sparas så länge lärosätet eller huvudmannen behöver dem för att behandla ärendet, enligt deras regler för arkivering och gallring.",
    }
    PrivacyContactHeading {
        nb: "Spørsmål, innsyn og retting",
        nn: "Spørsmål, innsyn og retting",
        en: "Questions, access and correction",
        sv: "Frågor, insyn och rättelse",
    }
    PrivacyContact {
        nb: "Vil du vite hva som er lagret om deg, eller få det rettet eller slettet? Skriv til {email}.",
        nn: "Vil du vite kva som er lagra om deg, eller få det retta eller sletta? Skriv til {email}.",
        en: "Do you want to know what is stored about you, or have it corrected or deleted? Write to {email}.",
        sv: "Vill du veta vad som finns sparat om dig, eller få det rättat eller raderat? Skriv till {email}.",
    }
    NrListIntro {
        nb: "Her ser du behovsmeldingene dine. Start en ny, eller fortsett på en du har begynt på.",
        nn: "Her ser du behovsmeldingane dine. Start ei ny, eller hald fram med ei du har byrja på.",
        en: "Your needs reports. Start a new one, or continue one you have begun.",
        sv: "Här ser du dina behovsanmälningar. Starta en ny eller fortsätt på en du har påbörjat.",
    }
    NrStart {
        nb: "Start behovsmelding",
        nn: "Start behovsmelding",
        en: "Start a needs report",
        sv: "Starta behovsanmälan",
    }
    NrNone {
        nb: "Du har ingen behovsmeldinger ennå.",
        nn: "Du har ingen behovsmeldingar enno.",
        en: "You have no needs reports yet.",
        sv: "Du har inga behovsanmälningar ännu.",
    }
    NrUntitled {
        nb: "Behovsmelding uten tittel",
        nn: "Behovsmelding utan tittel",
        en: "Untitled needs report",
        sv: "Behovsanmälan utan titel",
    }
    NrOpen {
        nb: "Åpne",
        nn: "Opne",
        en: "Open",
        sv: "Öppna",
    }
    NrStatusRecommended {
        nb: "Anbefalt av samarbeidsforumet",
        nn: "Tilrådd av samarbeidsforumet",
        en: "Recommended by the cooperation forum",
        sv: "Rekommenderad av samarbetsforumet",
    }
    NrStatusDecided {
        nb: "Avgjort av Statsforvalteren",
        nn: "Avgjort av Statsforvaltaren",
        en: "Decided by the County Governor",
        sv: "Avgjord av Statsförvaltaren",
    }
    NrTaskListTitle {
        nb: "Behovsmelding: oppgaver",
        nn: "Behovsmelding: oppgåver",
        en: "Needs report: tasks",
        sv: "Behovsanmälan: uppgifter",
    }
    NrTaskListIntro {
        nb: "Fyll ut hver del. Du kan gjøre det i den rekkefølgen du vil, og komme tilbake senere: alt lagres mens du skriver.",
        nn: "Fyll ut kvar del. Du kan gjere det i den rekkjefølgja du vil, og kome tilbake seinare: alt blir lagra medan du skriv.",
        en: "Complete each part, in any order, and come back later: everything is saved as you type.",
        sv: "Fyll i varje del, i vilken ordning du vill, och kom tillbaka senare: allt sparas medan du skriver.",
    }
    NrTaskNotStarted {
        nb: "Ikke påbegynt",
        nn: "Ikkje påbyrja",
        en: "Not started",
        sv: "Inte påbörjad",
    }
    NrTaskInProgress {
        nb: "Påbegynt",
        nn: "Påbyrja",
        en: "In progress",
        sv: "Påbörjad",
    }
    NrTaskCompleted {
        nb: "Fullført",
        nn: "Fullført",
        en: "Completed",
        sv: "Klar",
    }
    NrTaskHasErrors {
        nb: "Har feil",
        nn: "Har feil",
        en: "Has errors",
        sv: "Har fel",
    }
    NrTaskOptional {
        nb: "(valgfritt)",
        nn: "(valfritt)",
        en: "(optional)",
        sv: "(valfritt)",
    }
    NrGoToCheck {
        nb: "Se over og send",
        nn: "Sjå over og send",
        en: "Check and send",
        sv: "Granska och skicka",
    }
    NrNotReady {
        nb: "Du kan sende behovsmeldingen når alle delene er fullført.",
        nn: "Du kan sende behovsmeldinga når alle delane er fullførte.",
        en: "You can send the report when every part is completed.",
        sv: "Du kan skicka behovsanmälan när alla delar är klara.",
    }
    NrBackToTasks {
        nb: "Tilbake til oppgavelisten",
        nn: "Tilbake til oppgåvelista",
        en: "Back to the task list",
        sv: "Tillbaka till uppgiftslistan",
    }
    NrSaveAndBack {
        nb: "Lagre og gå tilbake til oppgavelisten",
        nn: "Lagre og gå tilbake til oppgåvelista",
        en: "Save and return to the task list",
        sv: "Spara och gå tillbaka till uppgiftslistan",
    }
    NrSecOwner {
        nb: "Skoleeier",
        nn: "Skuleeigar",
        en: "School owner",
        sv: "Huvudman",
    }
    NrSecNetwork {
        nb: "Nettverk av skoleeiere",
        nn: "Nettverk av skuleeigarar",
        en: "Network of school owners",
        sv: "Nätverk av huvudmän",
    }
    NrSecSchools {
        nb: "Skoler",
        nn: "Skular",
        en: "Schools",
        sv: "Skolor",
    }
    NrSecPartner {
        nb: "Partner",
        nn: "Partnar",
        en: "Partner",
        sv: "Partner",
    }
    NrSecNeed {
        nb: "Kompetansebehov",
        nn: "Kompetansebehov",
        en: "Competence need",
        sv: "Kompetensbehov",
    }
    NrSecTopics {
        nb: "Tema",
        nn: "Tema",
        en: "Topics",
        sv: "Teman",
    }
    NrSecMeasure {
        nb: "Tiltak",
        nn: "Tiltak",
        en: "Measure",
        sv: "Insats",
    }
    NrSecAnchoring {
        nb: "Forankring",
        nn: "Forankring",
        en: "Anchoring",
        sv: "Förankring",
    }
    NrSecPeriod {
        nb: "Periode",
        nn: "Periode",
        en: "Period",
        sv: "Period",
    }
    NrSecBudget {
        nb: "Budsjett",
        nn: "Budsjett",
        en: "Budget",
        sv: "Budget",
    }
    NrSecRegion {
        nb: "Statsforvalter og samarbeidsforum",
        nn: "Statsforvaltar og samarbeidsforum",
        en: "County Governor and cooperation forum",
        sv: "Statsförvaltare och samarbetsforum",
    }
    NrOwnerName {
        nb: "Navn på skoleeier",
        nn: "Namn på skuleeigar",
        en: "School owner's name",
        sv: "Huvudmannens namn",
    }
    NrOrgNumber {
        nb: "Organisasjonsnummer",
        nn: "Organisasjonsnummer",
        en: "Organisation number",
        sv: "Organisationsnummer",
    }
    NrOrgNumberHint {
        nb: "9 siffer, for eksempel 974 760 673",
        nn: "9 siffer, til dømes 974 760 673",
        en: "9 digits, for example 974 760 673",
        sv: "9 siffror, till exempel 974 760 673",
    }
    NrOwnerType {
        nb: "Type skoleeier",
        nn: "Type skuleeigar",
        en: "Type of school owner",
        sv: "Typ av huvudman",
    }
    NrChoose {
        nb: "Velg",
        nn: "Vel",
        en: "Choose",
        sv: "Välj",
    }
    NrContactHeading {
        nb: "Kontaktperson",
        nn: "Kontaktperson",
        en: "Contact person",
        sv: "Kontaktperson",
    }
    NrContactName {
        nb: "Navn",
        nn: "Namn",
        en: "Name",
        sv: "Namn",
    }
    NrContactRole {
        nb: "Rolle",
        nn: "Rolle",
        en: "Role",
        sv: "Roll",
    }
    NrContactEmail {
        nb: "E-post",
        nn: "E-post",
        en: "E-mail",
        sv: "E-post",
    }
    NrContactPhone {
        nb: "Telefon",
        nn: "Telefon",
        en: "Phone",
        sv: "Telefon",
    }
    NrNetworkIntro {
        nb: "Andre skoleeiere som melder behov sammen med dere. Dere som fyller ut, melder for dem. La listen stå tom hvis dere melder alene.",
        nn: "Andre skuleeigarar som melder behov saman med dykk. De som fyller ut, melder for dei. La lista stå tom om de melder åleine.",
        en: "Other school owners reporting together with you; you file for them. Leave the list empty if you report alone.",
        sv: "Andra huvudmän som anmäler behov tillsammans med er; ni anmäler för dem. Lämna listan tom om ni anmäler ensamma.",
    }
    NrCoOwner {
        nb: "Skoleeier {n}",
        nn: "Skuleeigar {n}",
        en: "School owner {n}",
        sv: "Huvudman {n}",
    }
    NrAddCoOwner {
        nb: "Legg til skoleeier",
        nn: "Legg til skuleeigar",
        en: "Add a school owner",
        sv: "Lägg till huvudman",
    }
    NrSchool {
        nb: "Skole {n}",
        nn: "Skule {n}",
        en: "School {n}",
        sv: "Skola {n}",
    }
    NrAddSchool {
        nb: "Legg til skole",
        nn: "Legg til skule",
        en: "Add a school",
        sv: "Lägg till skola",
    }
    NrRemove {
        nb: "Fjern",
        nn: "Fjern",
        en: "Remove",
        sv: "Ta bort",
    }
    NrSchoolName {
        nb: "Navn på skolen",
        nn: "Namn på skulen",
        en: "School name",
        sv: "Skolans namn",
    }
    NrSchoolLevel {
        nb: "Skoleslag",
        nn: "Skuleslag",
        en: "Level",
        sv: "Skolform",
    }
    NrSchoolStaff {
        nb: "Antall ansatte som deltar",
        nn: "Tal på tilsette som deltek",
        en: "Number of staff taking part",
        sv: "Antal anställda som deltar",
    }
    NrPartnerType {
        nb: "Type partner",
        nn: "Type partnar",
        en: "Type of partner",
        sv: "Typ av partner",
    }
    NrPartnerInstitution {
        nb: "Institusjon",
        nn: "Institusjon",
        en: "Institution",
        sv: "Institution",
    }
    NrPartnerContact {
        nb: "Kontaktperson hos partneren",
        nn: "Kontaktperson hos partnaren",
        en: "Contact person at the partner",
        sv: "Kontaktperson hos partnern",
    }
    NrPartnerHasRead {
        nb: "Partneren har lest behovsmeldingen",
        nn: "Partnaren har lese behovsmeldinga",
        en: "The partner has read the report",
        sv: "Partnern har läst behovsanmälan",
    }
    NrNeedCompetence {
        nb: "Hvilket kompetansebehov har dere?",
        nn: "Kva kompetansebehov har de?",
        en: "What competence need do you have?",
        sv: "Vilket kompetensbehov har ni?",
    }
    NrNeedAnalysis {
        nb: "Hvordan har dere kartlagt behovet?",
        nn: "Korleis har de kartlagt behovet?",
        en: "How did you analyse the need?",
        sv: "Hur har ni kartlagt behovet?",
    }
    NrNeedStaff {
        nb: "Hvordan var de ansatte med på å finne behovet?",
        nn: "Korleis var dei tilsette med på å finne behovet?",
        en: "How did staff take part in finding the need?",
        sv: "Hur deltog personalen i att hitta behovet?",
    }
    NrNeedStaffHint {
        nb: "Ordningen krever at de ansatte er involvert.",
        nn: "Ordninga krev at dei tilsette er involverte.",
        en: "The scheme requires staff involvement.",
        sv: "Ordningen kräver att personalen är delaktig.",
    }
    NrTopicsLegend {
        nb: "Hvilke tema gjelder tiltaket?",
        nn: "Kva tema gjeld tiltaket?",
        en: "Which topics does the measure concern?",
        sv: "Vilka teman gäller insatsen?",
    }
    NrTopicsHint {
        nb: "Velg ett eller flere, eller beskriv et annet tema.",
        nn: "Vel eitt eller fleire, eller beskriv eit anna tema.",
        en: "Choose one or more, or describe another topic.",
        sv: "Välj ett eller flera, eller beskriv ett annat tema.",
    }
    NrOtherTopic {
        nb: "Annet tema",
        nn: "Anna tema",
        en: "Another topic",
        sv: "Annat tema",
    }
    NrMeasureTitle {
        nb: "Tittel på tiltaket",
        nn: "Tittel på tiltaket",
        en: "Title of the measure",
        sv: "Insatsens titel",
    }
    NrMeasureGoal {
        nb: "Mål",
        nn: "Mål",
        en: "Goal",
        sv: "Mål",
    }
    NrMeasureDescription {
        nb: "Beskrivelse",
        nn: "Skildring",
        en: "Description",
        sv: "Beskrivning",
    }
    NrMeasureForm {
        nb: "Samarbeidsform",
        nn: "Samarbeidsform",
        en: "Form of collaboration",
        sv: "Samarbetsform",
    }
    NrMeasureTarget {
        nb: "Målgruppe",
        nn: "Målgruppe",
        en: "Target group",
        sv: "Målgrupp",
    }
    NrMeasureParticipants {
        nb: "Antall deltakere",
        nn: "Tal på deltakarar",
        en: "Number of participants",
        sv: "Antal deltagare",
    }
    NrAnchoringIntro {
        nb: "Skolene lykkes best når disse forutsetningene er på plass. Bekreft hver av dem, eller forklar hvorfor den ikke er oppfylt ennå.",
        nn: "Skulane lukkast best når desse føresetnadene er på plass. Stadfest kvar av dei, eller forklar kvifor han ikkje er oppfylt enno.",
        en: "Schools succeed best when these conditions are in place. Confirm each, or explain why it is not met yet.",
        sv: "Skolorna lyckas bäst när dessa förutsättningar finns. Bekräfta var och en eller förklara varför den inte är uppfylld ännu.",
    }
    NrAnchoringConfirm {
        nb: "Dette er på plass",
        nn: "Dette er på plass",
        en: "This is in place",
        sv: "Detta finns på plats",
    }
    NrAnchoringExplain {
        nb: "Forklar hvorfor det ikke er på plass ennå",
        nn: "Forklar kvifor det ikkje er på plass enno",
        en: "Explain why it is not in place yet",
        sv: "Förklara varför det inte finns på plats ännu",
    }
    NrPeriodStart {
        nb: "Første skoleår",
        nn: "Første skuleår",
        en: "First school year",
        sv: "Första läsåret",
    }
    NrPeriodYears {
        nb: "Antall skoleår",
        nn: "Tal på skuleår",
        en: "Number of school years",
        sv: "Antal läsår",
    }
    NrRegion {
        nb: "Statsforvalter",
        nn: "Statsforvaltar",
        en: "County Governor",
        sv: "Statsförvaltare",
    }
    NrForum {
        nb: "Behovsmeldingen går til {text}, som gir en felles anbefaling. Statsforvalteren avgjør.",
        nn: "Behovsmeldinga går til {text}, som gir ei felles tilråding. Statsforvaltaren avgjer.",
        en: "The report goes to {text}, which makes a joint recommendation. The County Governor decides.",
        sv: "Behovsanmälan går till {text}, som ger en gemensam rekommendation. Statsförvaltaren beslutar.",
    }
    NrBudgetIntro {
        nb: "Før opp tilskuddet dere søker om for hvert skoleår, linje for linje, og egenandelen. Egenandelen må være minst {rate} % av tilskuddet til skoleeier (koordinator regnes med), rundet opp til hele kroner.",
        nn: "Før opp tilskotet de søkjer om for kvart skuleår, line for line, og eigendelen. Eigendelen må vere minst {rate} % av tilskotet til skuleeigar (koordinator blir rekna med), runda opp til heile kroner.",
        en: "Enter the grant you apply for in each school year, row by row, and the own contribution. It must be at least {rate} % of the grant to the owner (coordinator included), rounded up to whole kroner.",
        sv: "Ange bidraget ni söker för varje läsår, rad för rad, och egeninsatsen. Den måste vara minst {rate} % av bidraget till huvudmannen (koordinator inräknad), avrundat uppåt till hela kronor.",
    }
    NrBudgetNoPeriod {
        nb: "Velg perioden først: budsjettet har ett år per skoleår.",
        nn: "Vel perioden først: budsjettet har eitt år per skuleår.",
        en: "Choose the period first: the budget has one part per school year.",
        sv: "Välj perioden först: budgeten har en del per läsår.",
    }
    NrSchoolYear {
        nb: "Skoleåret {year}",
        nn: "Skuleåret {year}",
        en: "School year {year}",
        sv: "Läsåret {year}",
    }
    NrPurpose {
        nb: "Formål",
        nn: "Føremål",
        en: "Purpose",
        sv: "Ändamål",
    }
    NrReceiver {
        nb: "Mottaker",
        nn: "Mottakar",
        en: "Receiver",
        sv: "Mottagare",
    }
    NrAmount {
        nb: "Beløp (kr)",
        nn: "Beløp (kr)",
        en: "Amount (NOK)",
        sv: "Belopp (kr)",
    }
    NrRowActions {
        nb: "Handlinger",
        nn: "Handlingar",
        en: "Actions",
        sv: "Åtgärder",
    }
    NrRowN {
        nb: "linje {n}",
        nn: "line {n}",
        en: "row {n}",
        sv: "rad {n}",
    }
    NrMoveUp {
        nb: "Flytt opp",
        nn: "Flytt opp",
        en: "Move up",
        sv: "Flytta upp",
    }
    NrMoveDown {
        nb: "Flytt ned",
        nn: "Flytt ned",
        en: "Move down",
        sv: "Flytta ned",
    }
    NrAddRow {
        nb: "Legg til linje",
        nn: "Legg til line",
        en: "Add a row",
        sv: "Lägg till rad",
    }
    NrPurposeAssess {
        nb: "Vurdere behov",
        nn: "Vurdere behov",
        en: "Assess needs",
        sv: "Bedöma behov",
    }
    NrPurposePlan {
        nb: "Planlegge",
        nn: "Planleggje",
        en: "Plan",
        sv: "Planera",
    }
    NrPurposeCarryOut {
        nb: "Gjennomføre",
        nn: "Gjennomføre",
        en: "Carry out",
        sv: "Genomföra",
    }
    NrPurposeEvaluate {
        nb: "Evaluere",
        nn: "Evaluere",
        en: "Evaluate",
        sv: "Utvärdera",
    }
    NrPurposeCoordinator {
        nb: "Koordinator",
        nn: "Koordinator",
        en: "Coordinator",
        sv: "Koordinator",
    }
    NrReceiverOwner {
        nb: "Skoleeier",
        nn: "Skuleeigar",
        en: "School owner",
        sv: "Huvudman",
    }
    NrReceiverPartner {
        nb: "Partner",
        nn: "Partnar",
        en: "Partner",
        sv: "Partner",
    }
    NrCheckBudgetYear {
        nb: "{year}: {total} i alt, egenandel {contribution}",
        nn: "{year}: {total} i alt, eigendel {contribution}",
        en: "{year}: {total} in all, own contribution {contribution}",
        sv: "{year}: {total} totalt, egeninsats {contribution}",
    }
    NrCheckAnchoringInPlace {
        nb: "{condition}: på plass",
        nn: "{condition}: på plass",
        en: "{condition}: in place",
        sv: "{condition}: på plats",
    }
    NrOwnContribution {
        nb: "Egenandel (kr)",
        nn: "Eigendel (kr)",
        en: "Own contribution (NOK)",
        sv: "Egeninsats (kr)",
    }
    NrOwnContributionForm {
        nb: "Form for egenandelen",
        nn: "Form for eigendelen",
        en: "Form of the own contribution",
        sv: "Form för egeninsatsen",
    }
    NrTotals {
        nb: "Til skoleeier: {owner}. Til partner: {partner}. Sum: {total}.",
        nn: "Til skuleeigar: {owner}. Til partnar: {partner}. Sum: {total}.",
        en: "To the owner: {owner}. To the partner: {partner}. Total: {total}.",
        sv: "Till huvudmannen: {owner}. Till partnern: {partner}. Summa: {total}.",
    }
    NrRequired {
        nb: "Egenandel som kreves: {required}.",
        nn: "Eigendel som krevst: {required}.",
        en: "Own contribution required: {required}.",
        sv: "Egeninsats som krävs: {required}.",
    }
    NrShortfall {
        nb: "Egenandelen er {amount} for lav.",
        nn: "Eigendelen er {amount} for låg.",
        en: "The own contribution is {amount} too low.",
        sv: "Egeninsatsen är {amount} för låg.",
    }
    NrOverall {
        nb: "Hele perioden",
        nn: "Heile perioden",
        en: "The whole period",
        sv: "Hela perioden",
    }
    NrOverallLine {
        nb: "Tilskudd til skoleeier: {owner}. Til partner: {partner}. Sum tilskudd: {total}. Egenandel: {entered} av {required} som kreves.",
        nn: "Tilskot til skuleeigar: {owner}. Til partnar: {partner}. Sum tilskot: {total}. Eigendel: {entered} av {required} som krevst.",
        en: "Grant to the owner: {owner}. To the partner: {partner}. Total grant: {total}. Own contribution: {entered} of {required} required.",
        sv: "Bidrag till huvudmannen: {owner}. Till partnern: {partner}. Summa bidrag: {total}. Egeninsats: {entered} av {required} som krävs.",
    }
    NrPasteLabel {
        nb: "Lim inn fra regneark",
        nn: "Lim inn frå rekneark",
        en: "Paste from a spreadsheet",
        sv: "Klistra in från kalkylblad",
    }
    NrPasteHint {
        nb: "Tre kolonner: formål, mottaker og beløp, skilt med tabulator eller semikolon, slik et regneark kopierer eller lagrer dem. Linjene legges til i skoleåret du velger.",
        nn: "Tre kolonnar: føremål, mottakar og beløp, skilde med tabulator eller semikolon, slik eit rekneark kopierer eller lagrar dei. Linene blir lagde til i skuleåret du vel.",
        en: "Three columns: purpose, receiver and amount, separated by tabs or semicolons, as a spreadsheet copies or saves them. The rows are added to the school year you choose.",
        sv: "Tre kolumner: ändamål, mottagare och belopp, åtskilda med tabb eller semikolon, så som ett kalkylblad kopierar eller sparar dem. Raderna läggs till i det läsår du väljer.",
    }
    NrPasteYear {
        nb: "Legg til i",
        nn: "Legg til i",
        en: "Add to",
        sv: "Lägg till i",
    }
    NrPastePreview {
        nb: "Se hva som blir lagt til",
        nn: "Sjå kva som blir lagt til",
        en: "Preview",
        sv: "Förhandsgranska",
    }
    NrPasteTook {
        nb: "{n} linjer kan legges til.",
        nn: "{n} liner kan leggjast til.",
        en: "{n} rows can be added.",
        sv: "{n} rader kan läggas till.",
    }
    NrPasteCell {
        nb: "Linje {line}, kolonne {column}: {text}",
        nn: "Line {line}, kolonne {column}: {text}",
        en: "Line {line}, column {column}: {text}",
        sv: "Rad {line}, kolumn {column}: {text}",
    }
    NrPasteAdd {
        nb: "Legg til linjene",
        nn: "Legg til linene",
        en: "Add the rows",
        sv: "Lägg till raderna",
    }
    NrPasteAdded {
        nb: "{n} linjer er lagt til.",
        nn: "{n} liner er lagde til.",
        en: "{n} rows were added.",
        sv: "{n} rader har lagts till.",
    }
    NrPasteLine {
        nb: "Linje {line}: {text}",
        nn: "Line {line}: {text}",
        en: "Line {line}: {text}",
        sv: "Rad {line}: {text}",
    }
    NrPasteExpected {
        nb: "Lim inn linjer med formål, mottaker og beløp, skilt med tabulator eller semikolon, slik et regneark kopierer dem.",
        nn: "Lim inn liner med føremål, mottakar og beløp, skilde med tabulator eller semikolon, slik eit rekneark kopierer dei.",
        en: "Paste lines of purpose, receiver and amount, separated by tabs or semicolons, as a spreadsheet copies them.",
        sv: "Klistra in rader med ändamål, mottagare och belopp, åtskilda med tabb eller semikolon, så som ett kalkylblad kopierar dem.",
    }
    NrPasteBadPurpose {
        nb: "Ukjent formål.",
        nn: "Ukjent føremål.",
        en: "Unknown purpose.",
        sv: "Okänt ändamål.",
    }
    NrPasteNotFundable {
        nb: "Individuell videreutdanning finansieres ikke av ordningen.",
        nn: "Individuell vidareutdanning blir ikkje finansiert av ordninga.",
        en: "Individual further education is not funded by the scheme.",
        sv: "Individuell vidareutbildning finansieras inte av ordningen.",
    }
    NrPasteBadReceiver {
        nb: "Mottakeren må være skoleeier eller partner.",
        nn: "Mottakaren må vere skuleeigar eller partnar.",
        en: "The receiver must be the owner or the partner.",
        sv: "Mottagaren måste vara huvudman eller partner.",
    }
    NrPasteEmptyCell {
        nb: "Cellen er tom.",
        nn: "Cella er tom.",
        en: "The cell is empty.",
        sv: "Cellen är tom.",
    }
    NrPasteColumns {
        nb: "Linjen må ha tre kolonner: formål, mottaker og beløp.",
        nn: "Lina må ha tre kolonnar: føremål, mottakar og beløp.",
        en: "The line must have three columns: purpose, receiver and amount.",
        sv: "Raden måste ha tre kolumner: ändamål, mottagare och belopp.",
    }
    AmountNegative {
        nb: "Beløpet kan ikke være negativt.",
        nn: "Beløpet kan ikkje vere negativt.",
        en: "The amount cannot be negative.",
        sv: "Beloppet kan inte vara negativt.",
    }
    AmountNotWholeKroner {
        nb: "Beløpet må være i hele kroner, uten øre.",
        nn: "Beløpet må vere i heile kroner, utan øre.",
        en: "The amount must be in whole kroner, without øre.",
        sv: "Beloppet måste anges i hela kronor, utan ören.",
    }
    AmountTooLarge {
        nb: "Beløpet kan være høyst {max}.",
        nn: "Beløpet kan vere høgst {max}.",
        en: "The amount can be at most {max}.",
        sv: "Beloppet får vara högst {max}.",
    }
    AmountNotANumber {
        nb: "Skriv beløpet med sifre, for eksempel 12 500.",
        nn: "Skriv beløpet med siffer, til dømes 12 500.",
        en: "Write the amount in digits, for example 12 500.",
        sv: "Skriv beloppet med siffror, till exempel 12 500.",
    }
    NrCsv {
        nb: "Last ned budsjettet som CSV",
        nn: "Last ned budsjettet som CSV",
        en: "Download the budget as CSV",
        sv: "Ladda ner budgeten som CSV",
    }
    NrErrRequired {
        nb: "Dette må fylles ut",
        nn: "Dette må fyllast ut",
        en: "This must be filled in",
        sv: "Detta måste fyllas i",
    }
    NrErrOrgFormat {
        nb: "Organisasjonsnummeret må være 9 siffer",
        nn: "Organisasjonsnummeret må vere 9 siffer",
        en: "The organisation number must be 9 digits",
        sv: "Organisationsnumret måste vara 9 siffror",
    }
    NrErrOrgChecksum {
        nb: "Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk at du har skrevet det riktig.",
        nn: "Organisasjonsnummeret er ikkje gyldig: kontrollsifferet stemmer ikkje. Sjekk at du har skrive det rett.",
        en: "The organisation number is not valid: its check digit is wrong. Check that you typed it correctly.",
        sv: "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte. Kontrollera att du skrivit rätt.",
    }
    NrErrEmail {
        nb: "Skriv en gyldig e-postadresse, som navn@eksempel.no",
        nn: "Skriv ei gyldig e-postadresse, som namn@døme.no",
        en: "Enter a valid e-mail address, like name@example.com",
        sv: "Skriv en giltig e-postadress, som namn@exempel.se",
    }
    NrErrPhone {
        nb: "Skriv et gyldig telefonnummer",
        nn: "Skriv eit gyldig telefonnummer",
        en: "Enter a valid phone number",
        sv: "Skriv ett giltigt telefonnummer",
    }
    NrErrTooLong {
        nb: "Teksten er for lang",
        nn: "Teksten er for lang",
        en: "The text is too long",
        sv: "Texten är för lång",
    }
    NrErrTooLongMax {
        nb: "Teksten kan ha høyst {max} tegn",
        nn: "Teksten kan ha høgst {max} teikn",
        en: "The text can have at most {max} characters",
        sv: "Texten får ha högst {max} tecken",
    }
    NrTextLimitHint {
        nb: "Du kan skrive opptil {max} tegn.",
        nn: "Du kan skrive opptil {max} teikn.",
        en: "You can write up to {max} characters.",
        sv: "Du kan skriva upp till {max} tecken.",
    }
    NrErrRange {
        nb: "Tallet er utenfor det tillatte området",
        nn: "Talet er utanfor det tillatne området",
        en: "The number is outside the allowed range",
        sv: "Talet ligger utanför det tillåtna intervallet",
    }
    NrErrNumber {
        nb: "Skriv et helt tall",
        nn: "Skriv eit heilt tal",
        en: "Enter a whole number",
        sv: "Skriv ett heltal",
    }
    NrErrDuplicate {
        nb: "Oppført to ganger",
        nn: "Ført opp to gonger",
        en: "Listed twice",
        sv: "Angiven två gånger",
    }
    NrErrOption {
        nb: "Velg et av alternativene i listen",
        nn: "Vel eit av alternativa i lista",
        en: "Choose one of the options in the list",
        sv: "Välj ett av alternativen i listan",
    }
    NrErrNotFundable {
        nb: "Individuell videreutdanning finansieres ikke av ordningen. Midlene kan brukes til å vurdere behov, planlegge, gjennomføre og evaluere tiltak og til en avgrenset koordinatorrolle.",
        nn: "Individuell vidareutdanning blir ikkje finansiert av ordninga. Midlane kan brukast til å vurdere behov, planleggje, gjennomføre og evaluere tiltak og til ei avgrensa koordinatorrolle.",
        en: "Individual further education is not funded by the scheme. The money may be used to assess needs, plan, carry out and evaluate measures, and for a limited coordinator role.",
        sv: "Individuell vidareutbildning finansieras inte av ordningen. Medlen får användas till att bedöma behov, planera, genomföra och utvärdera insatser och till en begränsad koordinatorsroll.",
    }
    NrErrContributionLow {
        nb: "Egenandelen er for lav: den må være minst {rate} % av tilskuddet til skoleeier dette skoleåret.",
        nn: "Eigendelen er for låg: han må vere minst {rate} % av tilskotet til skuleeigar dette skuleåret.",
        en: "The own contribution is too low: it must be at least {rate} % of this year's grant to the owner.",
        sv: "Egeninsatsen är för låg: den måste vara minst {rate} % av årets bidrag till huvudmannen.",
    }
    NrErrYears {
        nb: "Budsjettet må ha ett år per skoleår i perioden. Åpne budsjettet for å rette det.",
        nn: "Budsjettet må ha eitt år per skuleår i perioden. Opne budsjettet for å rette det.",
        en: "The budget must have one part per school year of the period. Open the budget to fix it.",
        sv: "Budgeten måste ha en del per läsår i perioden. Öppna budgeten för att rätta det.",
    }
    NrErrLimit {
        nb: "For mange",
        nn: "For mange",
        en: "Too many",
        sv: "För många",
    }
    NrErrPartnerRead {
        nb: "Partneren må ha lest behovsmeldingen før den sendes",
        nn: "Partnaren må ha lese behovsmeldinga før ho blir send",
        en: "The partner must have read the report before it is sent",
        sv: "Partnern måste ha läst behovsanmälan innan den skickas",
    }
    NrErrAnchoring {
        nb: "Bekreft forutsetningen, eller forklar hvorfor den ikke er på plass",
        nn: "Stadfest føresetnaden, eller forklar kvifor han ikkje er på plass",
        en: "Confirm the condition, or explain why it is not in place",
        sv: "Bekräfta förutsättningen eller förklara varför den inte finns på plats",
    }
    NrErrTopics {
        nb: "Velg minst ett tema, eller beskriv et annet",
        nn: "Vel minst eitt tema, eller beskriv eit anna",
        en: "Choose at least one topic, or describe another",
        sv: "Välj minst ett tema eller beskriv ett annat",
    }
    NrErrSchools {
        nb: "Legg til minst én skole",
        nn: "Legg til minst éin skule",
        en: "Add at least one school",
        sv: "Lägg till minst en skola",
    }
    NrErrRows {
        nb: "Legg til minst én budsjettlinje",
        nn: "Legg til minst éi budsjettline",
        en: "Add at least one budget row",
        sv: "Lägg till minst en budgetrad",
    }
    NrSummaryLine {
        nb: "{text}",
        nn: "{text}",
        en: "{text}",
        sv: "{text}",
    }
    NrCheckTitle {
        nb: "Se over behovsmeldingen før du sender",
        nn: "Sjå over behovsmeldinga før du sender",
        en: "Check the report before you send it",
        sv: "Granska behovsanmälan innan du skickar",
    }
    NrSend {
        nb: "Send behovsmeldingen",
        nn: "Send behovsmeldinga",
        en: "Send the report",
        sv: "Skicka behovsanmälan",
    }
    NrReceiptTitle {
        nb: "Behovsmeldingen er sendt",
        nn: "Behovsmeldinga er send",
        en: "The report has been sent",
        sv: "Behovsanmälan har skickats",
    }
    NrReceiptNext {
        nb: "Samarbeidsforumet går gjennom behovsmeldingene i regionen og gir en felles anbefaling. Statsforvalteren avgjør og betaler ut tilskuddet.",
        nn: "Samarbeidsforumet går gjennom behovsmeldingane i regionen og gir ei felles tilråding. Statsforvaltaren avgjer og betaler ut tilskotet.",
        en: "The cooperation forum reviews the region's reports and makes a joint recommendation. The County Governor decides and pays the grant.",
        sv: "Samarbetsforumet går igenom regionens behovsanmälningar och ger en gemensam rekommendation. Statsförvaltaren beslutar och betalar ut bidraget.",
    }
    NrReceiptNotSent {
        nb: "Denne behovsmeldingen er ikke sendt ennå.",
        nn: "Denne behovsmeldinga er ikkje send enno.",
        en: "This report has not been sent yet.",
        sv: "Denna behovsanmälan har inte skickats ännu.",
    }
    NrWithdrawnTitle {
        nb: "Behovsmeldingen er trukket",
        nn: "Behovsmeldinga er trekt",
        en: "The report has been withdrawn",
        sv: "Behovsanmälan är återtagen",
    }
    NrChangeReport {
        nb: "Endre behovsmeldingen",
        nn: "Endre behovsmeldinga",
        en: "Change the report",
        sv: "Ändra behovsanmälan",
    }
    NrWithdrawReport {
        nb: "Trekk behovsmeldingen",
        nn: "Trekk behovsmeldinga",
        en: "Withdraw the report",
        sv: "Ta tillbaka behovsanmälan",
    }
    NrWithdrawConfirm {
        nb: "Vil du trekke behovsmeldingen? Den kan ikke sendes igjen, men du kan starte en ny før fristen.",
        nn: "Vil du trekkje behovsmeldinga? Ho kan ikkje sendast igjen, men du kan starte ei ny før fristen.",
        en: "Do you want to withdraw the report? It cannot be sent again, but you can start a new one before the deadline.",
        sv: "Vill du ta tillbaka behovsanmälan? Den kan inte skickas igen, men du kan påbörja en ny före sista dagen.",
    }
    NrWithdrawYes {
        nb: "Ja, trekk behovsmeldingen",
        nn: "Ja, trekk behovsmeldinga",
        en: "Yes, withdraw it",
        sv: "Ja, ta tillbaka behovsanmälan",
    }
    NrUnsentChangesWarning {
        nb: "Du har endret behovsmeldingen etter at den ble sendt. Endringene gjelder først når du har sendt dem, og det må skje før fristen.",
        nn: "Du har endra behovsmeldinga etter at ho vart send. Endringane gjeld først når du har sendt dei, og det må skje før fristen.",
        en: "You have changed the report since it was sent. The changes only count once you have sent them, before the deadline.",
        sv: "Du har ändrat behovsanmälan efter att den skickades. Ändringarna gäller först när du har skickat dem, och det måste ske före sista dagen.",
    }
    NrNoUnsentChanges {
        nb: "Behovsmeldingen er sendt, og du har ikke endret noe siden. Bruk «Endre» over for å endre en del; så kan du sende endringene her.",
        nn: "Behovsmeldinga er send, og du har ikkje endra noko sidan. Bruk «Endre» over for å endre ein del; så kan du sende endringane her.",
        en: "The report is sent and you have not changed anything since. Use “Change” above to change a part; then you can send the changes here.",
        sv: "Behovsanmälan är skickad och du har inte ändrat något sedan dess. Använd ”Ändra” ovan för att ändra en del; sedan kan du skicka ändringarna här.",
    }
    NrChangeableUntil {
        nb: "Du kan endre eller trekke behovsmeldingen til fristen {deadline}.",
        nn: "Du kan endre eller trekkje behovsmeldinga til fristen {deadline}.",
        en: "You can change or withdraw the report until the deadline, {deadline}.",
        sv: "Du kan ändra eller ta tillbaka behovsanmälan fram till sista dagen, {deadline}.",
    }
    NrLocked {
        nb: "Fristen gikk ut {deadline}. Behovsmeldingen kan ikke lenger endres eller trekkes.",
        nn: "Fristen gjekk ut {deadline}. Behovsmeldinga kan ikkje lenger endrast eller trekkjast.",
        en: "The deadline passed on {deadline}. The report can no longer be changed or withdrawn.",
        sv: "Sista dagen var {deadline}. Behovsanmälan kan inte längre ändras eller tas tillbaka.",
    }
    NrErrorDeadlinePassed {
        nb: "Fristen for behovsmeldinger har gått ut, og behovsmeldingen kan ikke sendes, endres eller trekkes",
        nn: "Fristen for behovsmeldingar har gått ut, og behovsmeldinga kan ikkje sendast, endrast eller trekkjast",
        en: "The deadline for needs reports has passed: the report can no longer be sent, changed or withdrawn",
        sv: "Sista dagen för behovsanmälningar har passerat: behovsanmälan kan inte längre skickas, ändras eller tas tillbaka",
    }
    NrErrorNoLongerChangeable {
        nb: "Behovsmeldingen kan ikke endres lenger. Last siden på nytt for å se hvordan den står nå.",
        nn: "Behovsmeldinga kan ikkje endrast lenger. Last sida på nytt for å sjå korleis ho står no.",
        en: "The report can no longer be changed. Reload the page to see where it stands now.",
        sv: "Behovsanmälan kan inte längre ändras. Ladda om sidan för att se hur den står nu.",
    }
    NrToList {
        nb: "Mine behovsmeldinger",
        nn: "Mine behovsmeldingar",
        en: "My needs reports",
        sv: "Mina behovsanmälningar",
    }
    NrKroner {
        nb: "{amount} kr",
        nn: "{amount} kr",
        en: "NOK {amount}",
        sv: "{amount} kr",
    }
    NrYes {
        nb: "Ja",
        nn: "Ja",
        en: "Yes",
        sv: "Ja",
    }
    NrNo {
        nb: "Nei",
        nn: "Nei",
        en: "No",
        sv: "Nej",
    }
}
