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
    AppTagline {
        nb: "Videreutdanning for skoleledere og behovsmelding for desentralisert kompetanseutvikling",
        nn: "Vidareutdanning for skuleleiarar og behovsmelding for desentralisert kompetanseutvikling",
        en: "Further education for school leaders and needs reports for decentralised competence development",
        sv: "Vidareutbildning för skolledare och behovsanmälan för decentraliserad kompetensutveckling",
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
        sv: "Börja ansökan",
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
        sv: "Börja behovsanmälan",
    }
    ApplyTitle {
        nb: "Søknad om videreutdanning",
        nn: "Søknad om vidareutdanning",
        en: "Application for further education",
        sv: "Ansökan om vidareutbildning",
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
}
