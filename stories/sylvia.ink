# titel: Sylvia
# kind: Sylvia, 15 jaar
# leeftijd: 15
# thema: Seksuele uitbuiting, drugs als drukmiddel
# rol: Mentor op een middelbare school
# duur: 20
# inhoud: Deze casus gaat over seksuele uitbuiting van een meisje van 15, waarbij drugs worden gebruikt als drukmiddel. Niets wordt expliciet beschreven: je ziet en hoort alleen wat een mentor op school ziet en hoort. Toch kan het onderwerp je raken. Je kunt op elk moment pauzeren of stoppen. Aan het einde lees je waar je terechtkunt als je zelf ergens over wilt praten.

// Sylvia, 15. De speler is haar mentor. De signalen komen in stukjes, over een paar weken.
// Variabelen: wachten en overhaast handelen hebben allebei gevolgen.
// Let op bij het bewerken:
// - Zet nooit een tijd als 14.05 of 8.00 direct na een komma (", 14.05"): inkjs leest dat als
//   een getal en het verhaal laadt niet meer. Schrijf bijvoorbeeld "14.15 uur".
// - De keuzes zijn '+' en het verhaal gebruikt geen tellers van knopen: zo kan de verkenner
//   paden die weer samenkomen samenvoegen, en blijft npm run explore snel.
VAR vertrouwen = 0      // hoeveel Sylvia de mentor vertrouwt
VAR wacht = 0           // hoeveel tijd er verloren gaat door af te wachten
VAR overhaast = 0       // hoe vaak de mentor overhaast handelt
VAR geheim = false      // de mentor heeft geheimhouding beloofd
VAR melding = 0         // 0 = nog niemand ingeschakeld, 1 = anoniem advies van de zorgcoördinator mensenhandel, 2 = gemeld bij Veilig Thuis en zorgcoördinator ingeschakeld (vóór de crisis)
VAR weg = false         // Sylvia was al weg voordat iemand ingreep
VAR gevonden = false    // de politie heeft Sylvia gevonden
VAR specialistisch = false  // Sylvia krijgt gespecialiseerde hulp

-> begin

=== begin ===
Voor het eerste uur kijk je nog even in het leerlingvolgsysteem. Je bent mentor van klas 3 havo en geeft er ook Nederlands. # plek: klaslokaal # tijd: Week 1, maandag, 8.15 uur
Sylvia mist de laatste drie weken elf lesuren zonder geldige reden, vooral op maandagochtend en vrijdagmiddag; haar cijfers zijn in korte tijd hard gezakt. # signaal: verzuim
Vorig jaar zat Sylvia vooraan en stak ze als eerste haar vinger op. Vandaag komt ze als laatste binnen en loopt ze meteen door naar achteren.
Sylvia valt in de les in slaap en schrikt pas wakker als haar telefoon in haar jaszak trilt. # signaal: vermoeidheid
Even later zakt haar hoofd weer op haar armen. De halve klas kijkt naar jou. # gespreksvraag: Wat doe je met een niet-pluisgevoel als er nog niets concreets is om op af te gaan?
+ [Ik laat haar nu met rust en vraag haar na de les even te blijven: "Ik zie dat je moe bent, en ik mis je in de les. Hoe gaat het met je?" #belang: +2 #geen_schuld: +1 #feedback: Je zet Sylvia niet voor schut en maakt daarna rustig contact, zonder oordeel. Zo merkt ze dat iemand haar ziet, en dat verlaagt de drempel om later te praten. Dat is in haar belang. #bron: Tip 6; Tip 10]
    ~ vertrouwen += 1
    -> na_de_les
+ [Ik zeg hardop: "Sylvia, als je wilt slapen, blijf je voortaan maar in bed." #belang: -1 #geen_schuld: -2 #feedback: Een opmerking ten koste van Sylvia maakt haar vermoeidheid tot haar eigen schuld en zet haar voor de klas neer als lastig. Vermoeidheid kan een teken zijn dat er iets ernstigs speelt; oprechte belangstelling helpt haar meer. #bron: Tip 4; Tip 6]
    ~ vertrouwen -= 1
    -> sneer
+ [Ik geef het verzuim door aan de verzuimcoördinator en laat het verder rusten. #belang: -1 #feedback: Verzuim doorgeven hoort erbij, maar zo blijft het een administratief probleem en vraagt niemand Sylvia hoe het met haar gaat. Achter verzuim en vermoeidheid kan veel meer schuilgaan; haar belang vraagt om contact. #bron: Tip 4; Tip 10]
    ~ wacht += 1
    -> verzuimbrief

=== na_de_les ===
Als de klas leeg is, blijft Sylvia bij je bureau staan, haar jas al aan. # tijd: Week 1, maandag, 9.20 uur
Gewoon laat geworden. Niks aan de hand. # spreker: Sylvia
Haar telefoon licht op. Het is een nieuw, duur toestel. Vorige maand had ze nog een oude telefoon met een gebarsten scherm.
Sylvia heeft sinds kort een nieuwe, dure telefoon. Ze zegt dat ze hem 'gekregen' heeft, maar niet van wie. # signaal: nieuwe_telefoon
Ze leest het bericht op het scherm en haar gezicht verstrakt.
Ik moet gaan. # spreker: Sylvia
Je zegt dat je deur altijd openstaat. Ze knikt en is weg.
-> collega

=== sneer ===
Een paar leerlingen grinniken. Sylvia schiet overeind.
Bemoei je met je eigen leven! # spreker: Sylvia
Sylvia reageert op een opmerking met een felle woede-uitbarsting: ze smijt haar boek op de grond, scheldt en loopt de klas uit. # signaal: woede_uitbarsting
De deur slaat dicht. De rest van de dag zie je haar niet meer.
-> collega

=== verzuimbrief ===
De verzuimcoördinator stuurt een standaardbrief naar huis. Sylvia is die week nog één ochtend op school. Ze zit achterin en zegt niets. # tijd: Week 1, vrijdag
-> collega

=== collega ===
In de pauze houdt Ruud, de gymleraar, je staande bij de koffieautomaat. # plek: gang # tijd: Week 2, woensdag, 12.30 uur
Jij bent toch Sylvia's mentor? Ze wil zich al weken niet omkleden bij gym. Vandaag zag ik blauwe plekken op haar bovenarmen. Toen ik ernaar vroeg, werd ze boos. Ze zei dat ze niet wist waar ze vandaan kwamen. # spreker: Ruud
De gymleraar zag blauwe plekken op Sylvia's bovenarmen. Sylvia zegt niet te weten hoe ze eraan komt en wil zich niet meer omkleden bij gym. # signaal: blauwe_plekken
En na school wordt ze bij het hek opgehaald. Door een man in een dure auto, ver in de twintig, schat ik. Zo'n loverboy, denk ik dan. Tja, als ze daar zelf voor kiest... # spreker: Ruud
Sylvia wordt na school bij het hek opgehaald door een veel oudere man in een dure auto. # signaal: oudere_man
Je hoort wat Ruud zegt, en ook hoe hij het zegt. Met dat woord klinkt het als een liefdesverhaal, en met 'zelf kiezen' als iets wat Sylvia zichzelf aandoet. Maar een meisje van vijftien dat door een volwassen man aan zich wordt gebonden, kiest niet vrij. Als hij haar uitbuit, is hij geen vriendje maar een mensenhandelaar.
Ruud kijkt je afwachtend aan. # gespreksvraag: Hoe reageer je op een collega die terechte zorgen deelt, maar ze verpakt in woorden die de schuld bij het kind leggen?
+ [Ik zeg: "Goed dat je het vertelt. Wil je opschrijven wat je zag, en wanneer? Dan leg ik het naast wat ik zelf merk." #belang: +1 #verwijzing: +2 #feedback: Je neemt het signaal van je collega serieus en legt vast wat er gezien is, met datum: stap 1 van de Meldcode. Zo worden losse fragmenten één beeld, en dat beeld kan op de juiste plek terechtkomen. #bron: Meldcode stap 1; Tip 8]
    Ruud mailt je die middag wat hij zag, met data erbij.
    -> vrijdag
+ [Ik haal mijn schouders op: "Ze is vijftien, ze weet heus wel wat ze doet. Wij zijn een school, geen jeugdzorg." #geen_schuld: -3 #belang: -2 #feedback: Een meisje van vijftien dat vastzit aan een veel oudere man, maakt geen vrije keuze. Door het haar keus te noemen, leg je de verantwoordelijkheid bij Sylvia en niet bij de volwassene die haar aan zich bindt: dat is victim blaming. School is juist een plek waar signalen samenkomen. #bron: Tip 2; Tip 4; VRK art. 34]
    ~ wacht += 1
    Ruud knikt. Jullie praten over iets anders.
    -> vrijdag
+ [Ik zeg: "Dan spreek ik die man morgen zelf aan bij het hek." #belang: -2 #verwijzing: -1 #feedback: Je wilt Sylvia beschermen, maar een confrontatie waarschuwt de man. Uitbuiters schrikken nergens voor terug als ze bang zijn iemand kwijt te raken, en Sylvia kan daarvoor boeten. Bespreek een vermoeden eerst met de aandachtsfunctionaris. #bron: Tip 6; Meldcode stap 2]
    ~ overhaast += 1
    -> hek

=== hek ===
Het schemert al als je naar het hek loopt. De auto staat er weer; de motor draait. # plek: straat_avond # tijd: Week 2, donderdag, 16.40 uur
Je tikt op het raampje. De man laat het zakken en glimlacht vriendelijk.
Ik ben haar neef. Ik haal haar op voor haar moeder. Is er een probleem? # spreker: De man
Dan ziet hij Sylvia aankomen. Hij zegt iets tegen haar wat je niet verstaat. Ze stapt in zonder je aan te kijken, en de auto rijdt weg.
~ vertrouwen -= 1
Sylvia is drie dagen niet op school. Als ze terugkomt, loopt ze met een grote boog om je heen. # tijd: Week 3, maandag
Inge Verhoef, zorgcoördinator van de school en aandachtsfunctionaris voor de meldcode, vraagt je bij haar langs te komen. De conciërge heeft haar verteld wat er bij het hek gebeurde. # plek: kantoor
Ik snap dat je iets wilde doen. Maar als die man jou als een bedreiging ziet, kan Sylvia daarvoor boeten. Laten we dit vanaf nu samen oppakken. Ga eerst rustig met haar in gesprek en kom daarna meteen bij me terug. # spreker: Inge
-> gesprek

=== vrijdag ===
Vrijdagmiddag. Je zet op een rij wat je over Sylvia weet: verzuim, vermoeidheid{vertrouwen > 0:, een dure nieuwe telefoon}{vertrouwen < 0:, een woede-uitbarsting in de klas}, blauwe plekken die ze niet kan verklaren en een veel oudere man die haar ophaalt. # plek: kantoor # tijd: Week 2, vrijdag, 14.15 uur
Inge Verhoef is zorgcoördinator van de school en ook aandachtsfunctionaris voor de meldcode. Haar kamer is aan het eind van de gang en de deur staat open. # gespreksvraag: Wanneer weet je 'genoeg' om de aandachtsfunctionaris in te schakelen?
+ [Ik loop bij Inge binnen en leg alles wat ik heb gezien en gehoord naast elkaar. #verwijzing: +3 #belang: +1 #feedback: Overleggen met de aandachtsfunctionaris is stap 2 van de Meldcode. Je hoeft niet zeker te weten dat het uitbuiting is om het te bespreken: samen zie je meer en je draagt het niet alleen. Zo komt het signaal op de juiste plek. #bron: Meldcode stap 2; Tip 8]
    -> overleg
+ [Ik bel Sylvia's moeder: "Wist u dat uw dochter na school wordt opgehaald door een veel oudere man?" #belang: -2 #verwijzing: -1 #feedback: Ouders horen erbij, maar je weet nog niet wat er thuis speelt en welke rol de ouders hebben. Een onvoorbereid telefoontje kan leiden tot een confrontatie waarvoor Sylvia de prijs betaalt. Bespreek eerst met de aandachtsfunctionaris hoe en wanneer je ouders betrekt. #bron: Tip 8; VRK art. 18; Meldcode stap 2]
    ~ overhaast += 1
    -> moeder_bellen
+ [Ik zet Sylvia op de lijst voor de leerlingbespreking over vier weken. Dan weet ik meer. #belang: -2 #verwijzing: -2 #feedback: Wachten tot je het zeker weet, kost tijd die Sylvia misschien niet heeft. Je hoeft geen bewijs te hebben om met een deskundige collega te overleggen, en het ontbreken van bewijs betekent niet dat er niets aan de hand is. #bron: Meldcode stap 2; Tip 4]
    ~ wacht += 3
    -> leerlingbespreking

=== overleg ===
Inge luistert zonder je te onderbreken. Dan legt ze haar pen neer.
Dit zijn veel signalen bij elkaar. Een veel oudere man, blauwe plekken, moe, verzuim. Het kan van alles zijn, maar het past ook bij seksuele uitbuiting. Zeker weten hoeven we het nog niet. # spreker: Inge
Ik wil de zorgcoördinator mensenhandel van onze regio bellen. Dat kan anoniem, zonder Sylvia's naam, gewoon om advies. Wat vind jij? # spreker: Inge # gespreksvraag: Waarom zou je advies vragen over een vermoeden dat je nog niet kunt onderbouwen?
+ [Ik zeg: "Graag, nu meteen. Dan weten we wat we in het gesprek met Sylvia wel en niet moeten doen." #verwijzing: +2 #belang: +1 #feedback: Bij een vermoeden van uitbuiting neem je altijd contact op met de zorgcoördinator mensenhandel, ook anoniem en alleen voor advies. Zo weet je wat je wel en niet moet doen voordat je iets doet wat Sylvia in gevaar kan brengen. #bron: Tip 8; Tip 3]
    -> zc_advies
+ [Ik zeg: "Laten we daarmee wachten tot we zeker weten dat het uitbuiting is. Ik wil haar niet onnodig een etiket geven." #verwijzing: -2 #belang: -1 #feedback: Je wilt Sylvia niet ten onrechte een etiket opplakken, en dat is begrijpelijk. Maar anoniem advies vragen plakt nergens een etiket op: de zorgcoördinator mensenhandel is er juist voor vermoedens. Nu mis je advies dat Sylvia had kunnen beschermen. #bron: Tip 8; Tip 4]
    Inge knikt, al kijkt ze niet gerust.
    Voer dan eerst het gesprek met haar. En kom daarna meteen bij me terug. # spreker: Inge
    -> gesprek

=== zc_advies ===
~ melding = 1
Inge zet de telefoon op de speaker. Mirjam, de zorgcoördinator mensenhandel van de regio, stelt een paar korte vragen. # plek: telefoon
Wat jullie beschrijven, zie ik vaker. Drugs worden vaak gebruikt om een meisje afhankelijk te maken. Daarna heet het ineens een schuld die ze moet afbetalen. # spreker: Mirjam
Voer het gesprek met haar, als iemand die ze vertrouwt. Spreek die man niet aan en beloof haar geen geheimhouding. Vertelt ze over dwang, schakel dan Veilig Thuis in en bel mij. En is er direct gevaar, bel dan 112. # spreker: Mirjam
Je schrijft het op. Voor het eerst voelt het alsof je dit niet alleen hoeft te doen.
-> gesprek

=== moeder_bellen ===
Sylvia's moeder neemt op in de auto, op weg naar haar avonddienst. # plek: telefoon # tijd: Week 2, vrijdag, 16.10 uur
Een man? Daar weet ik niks van. Ik werk bijna elke avond, ik zie haar nauwelijks. Nou, daar ga ik haar vanavond flink op aanspreken. En die telefoon pak ik af. # spreker: Moeder van Sylvia
Voordat je iets kunt zeggen, heeft ze opgehangen.
Maandagochtend belt ze terug. Haar stem is schor. # tijd: Week 3, maandag, 8.10 uur
Ik heb haar erop aangesproken. Ze werd woedend en is de deur uit gegaan. Ze is de hele nacht weggebleven. Gistermiddag stond ze ineens weer voor de deur, alsof er niks was gebeurd. # spreker: Moeder van Sylvia
Na een confrontatie thuis is Sylvia een nacht van huis weggelopen. Ze zegt dat ze bij een vriendin sliep. # signaal: weggelopen_nacht
~ vertrouwen -= 1
Op school kijkt Sylvia je die dag niet één keer aan. Ze weet van wie haar moeder het heeft.
Je vraagt haar of ze morgen even bij je langs wil komen. Ze haalt haar schouders op.
-> gesprek

=== leerlingbespreking ===
De weken daarna is Sylvia er de ene dag wel en de andere dag niet. # plek: klaslokaal # tijd: Week 3 tot en met 5
Sylvia draagt sinds kort dure merkkleding en een nieuwe tas. In de brugklas vertelde ze nog dat er thuis weinig geld is. # signaal: nieuwe_kleding
Twee keer zie je haar na school bij het hek in de auto stappen. Je schrijft het op voor de leerlingbespreking.
In de leerlingbespreking komt Sylvia als laatste aan bod. Er zijn nog vijf minuten. # plek: kantoor # tijd: Week 6, maandag, 16.30 uur
Inge Verhoef, zorgcoördinator en aandachtsfunctionaris voor de meldcode, fronst als je de signalen opsomt.
Dit had ik eerder willen horen. Voer morgen een gesprek met haar, en kom daarna meteen bij mij langs. # spreker: Inge
-> gesprek

=== gesprek ===
{ wacht >= 3:
    Het is lunchpauze. Sylvia komt de spreekkamer binnen, haar jas aan en haar telefoon in haar hand. # plek: spreekkamer # tijd: Week 6, dinsdag, 12.45 uur
- else:
    Het is lunchpauze. Sylvia komt de spreekkamer binnen, haar jas aan en haar telefoon in haar hand. # plek: spreekkamer # tijd: Week 3, dinsdag, 12.45 uur
}
Sylvia kijkt tijdens het gesprek steeds op haar telefoon en typt meteen terug als er een bericht binnenkomt; ze moet altijd bereikbaar zijn. # signaal: altijd_bereikbaar
Ze gaat op het puntje van haar stoel zitten, klaar om weg te gaan. # gespreksvraag: Hoe open je een gesprek met een jongere van wie je vermoedt dat ze wordt uitgebuit?
+ [Ik zeg: "Ik maak me zorgen om je. Je bent vaak moe, je mist lessen en de gymleraar zag blauwe plekken. Je hoeft niets te vertellen wat je niet wilt, maar ik ben er voor je." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt wat je ziet, zonder oordeel, en laat de regie bij Sylvia. Zo is het gesprek uit stap 3 van de Meldcode bedoeld: ze hoeft zich niet te verdedigen, en de kans wordt groter dat ze iets vertelt. #bron: Meldcode stap 3; Tip 6; VRK art. 12]
    ~ vertrouwen += 2
+ [Ik vraag: "Wie is die man die je steeds ophaalt? Waarom ga je eigenlijk met hem mee?" #geen_schuld: -3 #belang: -1 #feedback: "Waarom ga je met hem mee?" is victim blaming: de vraag legt de verantwoordelijkheid bij Sylvia en leidt af van wie haar onder druk zet. Zulke vragen vergroten de schaamte en maken praten moeilijker. Vraag hoe het met haar gaat, niet waarom zij iets deed. #bron: Tip 6; Terminologiegids]
    ~ vertrouwen -= 2
+ [Ik zeg: "Als je zo blijft verzuimen, moet ik dat melden en krijg je met de leerplichtambtenaar te maken. Dus vertel: wat is er aan de hand?" #belang: -1 #geen_schuld: -1 #feedback: Met een dreigement begin je bij het verzuim in plaats van bij Sylvia. Ze hoort vooral dat zij het probleem is, en een kind dat onder druk staat van een uitbuiter, zegt dan niets. #bron: Tip 6; Tip 4]
    ~ vertrouwen -= 1
- { 
  - vertrouwen >= 2: -> onthulling
  - vertrouwen >= 0: -> half_verhaal
  - else: -> dicht
  }

=== onthulling ===
Het blijft lang stil. Dan trekt Sylvia haar mouwen over haar handen.
Hij was in het begin zo lief. Hij gaf me wiet en pillen, zodat ik kon slapen. Gratis, zei hij. # spreker: Sylvia
Nu zegt hij dat ik alles moet terugbetalen. Niet met geld. Ik moet mee naar zijn vrienden. Steeds een ander huis, soms in een andere stad. # spreker: Sylvia
Sylvia vertelt dat ze van de man drugs kreeg en dat hij nu zegt dat ze die 'schuld' moet terugbetalen, niet met geld. # signaal: drugs_als_schuld
Sylvia wordt meegenomen naar steeds andere huizen van 'vrienden' van de man, soms in een andere stad. # signaal: steeds_ander_huis
Ze stopt. Meer hoeft ze niet te zeggen. Je begrijpt genoeg: hier wordt een meisje van vijftien seksueel uitgebuit, en de drugs zijn het drukmiddel.
Vertel het aan niemand. Echt niet. Als hij hoort dat ik iets heb gezegd... Hij weet op welke school mijn zusje zit. # spreker: Sylvia
Sylvia is bang dat de man haar zusje van negen iets aandoet als ze praat. # signaal: dreiging_zusje
-> geheim_vraag

=== half_verhaal ===
Sylvia haalt haar schouders op.
Hij zorgt gewoon voor me. Als ik niet kan slapen, geeft hij me wat. Wiet, soms een pil. Maar nu sta ik bij hem in het krijt. Dat moet ik nog goedmaken. # spreker: Sylvia
Sylvia krijgt van de oudere man wiet en pillen 'om te slapen' en zegt dat ze nu bij hem 'in het krijt staat'. # signaal: drugs_gebruik
Ze hoort zelf wat ze zegt, en klapt dicht.
Vertel het aan niemand, oké? Anders wordt hij boos. # spreker: Sylvia
-> geheim_vraag

=== dicht ===
Sylvia staat op.
Er is niks. Jullie snappen er toch niks van. # spreker: Sylvia
Bij de deur draait ze zich om. Haar stem trilt.
En je vertelt dit aan niemand. Aan niemand, hoor je? # spreker: Sylvia
-> geheim_vraag

=== geheim_vraag ===
Ze kijkt je aan en wacht op je antwoord. # gespreksvraag: Sylvia vraagt je het aan niemand te vertellen. Wat beloof je wel, en wat niet?
+ [Ik zeg: "Dat kan ik je niet beloven, want ik wil dat je veilig bent en daar heb ik anderen voor nodig. Maar ik doe niets achter je rug om. Ik vertel je steeds wat ik doe en waarom, en wat jij vindt, telt mee." #belang: +3 #geen_schuld: +1 #verwijzing: +1 #feedback: Je neemt Sylvia's angst en haar mening serieus, maar belooft niets wat je niet kunt waarmaken. Haar belang en haar veiligheid wegen zwaarder dan haar wens om te zwijgen, en door open te zijn over wat je doet, blijf je betrouwbaar: zonder toestemming is niet zonder medeweten. #bron: VRK art. 12; VRK art. 3; Tip 6]
    ~ vertrouwen += 1
    { vertrouwen >= 3:
        Ze slikt. Dan knikt ze, heel klein.
        Oké. Maar niet mijn moeder. Nog niet. Dat wil ik zelf vertellen, met iemand erbij. # spreker: Sylvia
        Je zegt dat je dat meeneemt, en je meent het.
    - else:
        Ze snuift en loopt weg. Maar ze gooit de deur niet dicht.
    }
    -> besluit
+ [Ik zeg: "Beloofd. Dit blijft tussen ons." #belang: -3 #verwijzing: -1 #feedback: Je wilt haar vertrouwen niet kwijtraken, en dat is begrijpelijk. Maar dit is een belofte die je niet kunt houden: houd je je eraan, dan blijft Sylvia onbeschermd; kom je erop terug, dan voelt ze zich verraden. Beloof alleen wat je kunt waarmaken. #bron: Tip 6; VRK art. 3]
    ~ geheim = true
    Sylvia ontspant een beetje. Dan gaat ze. Jij blijft achter met iets wat je nu niet meer kwijt kunt.
    -> besluit
+ [Ik zeg: "Dit gaat te ver. Ik bel nu de politie over die man, en dan doe jij aangifte." #belang: -2 #verwijzing: -1 #feedback: Je neemt het serieus, maar je gaat over Sylvia heen. Een kind dat bang is voor een uitbuiter, dwing je niet tot aangifte; dat kan haar juist terugdrijven naar de man. Meld via Veilig Thuis en de zorgcoördinator mensenhandel, en bel 112 bij acuut gevaar. #bron: VRK art. 12; Tip 6; Tip 8]
    ~ overhaast += 1
    -> politie_nu

=== politie_nu ===
// Sylvia voelt zich overvallen: haar vertrouwen in jou is weg.
~ vertrouwen = -1
Je pakt je telefoon en belt het algemene nummer van de politie terwijl Sylvia erbij zit. Ze wordt lijkbleek, grijpt haar tas en rent de kamer uit. # plek: telefoon
De agent noteert je verhaal en zegt dat het wordt doorgezet naar de collega's van mensenhandel. Dan vraagt hij of Veilig Thuis al op de hoogte is.
Sylvia komt die middag niet meer in de les.
-> besluit

=== besluit ===
Je gaat naar Inge Verhoef, zorgcoördinator en aandachtsfunctionaris voor de meldcode, en vertelt haar hoe het gesprek is gegaan. # plek: kantoor # tijd: Dinsdag, 15.30 uur
{ geheim:
    Je vertelt Inge ook dat je Sylvia geheimhouding hebt beloofd. Ze zegt er niets van, maar ze kijkt je lang aan.
}
Inge legt het afwegingskader van de meldcode op tafel en vraagt wat jij nu wilt doen. # gespreksvraag: Wat weegt hier zwaarder: wat Sylvia vraagt, of wat ze nodig heeft? En hoe doe je recht aan allebei?
+ {not geheim} [Samen met Inge meld ik bij Veilig Thuis en bellen we de zorgcoördinator mensenhandel. Eerst vertel ik Sylvia wat we melden en waarom. #verwijzing: +3 #belang: +2 #feedback: Als een kind zelf vertelt over dwang, of als signalen wijzen op uitbuiting, is er acute of structurele onveiligheid: dan meld je bij Veilig Thuis. De zorgcoördinator mensenhandel zorgt dat de hulp past bij uitbuiting. Door Sylvia vooraf te vertellen wat je doet, blijft ze betrokken bij wat er over haar wordt besloten. #bron: Meldcode stap 4; Meldcode stap 5; Tip 8; VRK art. 12]
    -> melden
+ {geheim} [Ik ga terug naar Sylvia en zeg eerlijk dat ik iets heb beloofd wat ik niet kan waarmaken. Daarna meld ik met Inge bij Veilig Thuis en bellen we de zorgcoördinator mensenhandel. #verwijzing: +3 #belang: +2 #feedback: Terugkomen op een belofte is pijnlijk, maar Sylvia's veiligheid gaat voor. Door het haar zelf en eerlijk te vertellen voordat je meldt, blijf je zo betrouwbaar mogelijk, en komt het signaal waar het hoort: bij Veilig Thuis en de zorgcoördinator mensenhandel. #bron: Meldcode stap 5; Tip 6; Tip 8]
    -> melden
+ [Ik verwijs Sylvia naar de schoolmaatschappelijk werker, voor haar drugsgebruik en haar verzuim. #verwijzing: -2 #belang: -1 #feedback: Zo wordt alleen het zichtbare probleem aangepakt, terwijl de drugs juist het drukmiddel van de uitbuiter zijn. Sylvia heeft hulp nodig die uitbuiting herkent; daarvoor zijn Veilig Thuis en de zorgcoördinator mensenhandel er. #bron: Tip 6; Tip 8]
    -> doorverwezen
+ {not geheim} [Ik geef het een paar weken. Sylvia moet eerst zelf inzien dat ze hulp nodig heeft. #belang: -3 #verwijzing: -2 #feedback: Wachten tot een kind zelf om hulp vraagt, werkt bij uitbuiting niet: de uitbuiter bepaalt wat ze durft. Laat niet los en pak door als je ziet dat er iets mis is; elke week wachten is een week in zijn macht. #bron: Tip 6; Meldcode stap 5; VRK art. 19]
    ~ wacht += 3
    -> afwachten
+ {geheim} [Ik houd me aan mijn belofte en houd Sylvia zelf goed in de gaten. #belang: -3 #verwijzing: -3 #feedback: Een belofte houden voelt loyaal, maar zo blijft Sylvia alleen met de man die haar uitbuit, en blijf jij alleen met wat je weet. Een vertrouwensrelatie mag nooit in de weg staan van hulp. #bron: Tip 6; VRK art. 3; VRK art. 34]
    ~ wacht += 3
    -> afwachten

=== melden ===
{
- geheim:
    Je zoekt Sylvia op en zegt dat je haar iets hebt beloofd wat je niet kunt waarmaken. Ze kijkt je lang aan. # plek: spreekkamer
    Dus jij liegt ook. # spreker: Sylvia
    Maar ze blijft zitten en luistert als je uitlegt wat je gaat melden, bij wie, en waarom.
- vertrouwen >= 3:
    Je zoekt Sylvia op en vertelt haar wat je gaat melden, bij wie, en waarom. Je zegt er ook bij dat ze het haar moeder zelf mag vertellen, met iemand erbij. Ze is bang, maar ze knikt. # plek: spreekkamer
- vertrouwen >= 0:
    Je zoekt Sylvia op en vertelt haar wat je gaat melden, bij wie, en waarom. Ze is boos. # plek: spreekkamer
    Dus je doet het toch. # spreker: Sylvia
    Maar ze laat je uitpraten, en ze loopt niet weg.
- else:
    Sylvia is nergens in school te vinden. Je stuurt haar via de schoolapp een bericht: wat je gaat melden, bij wie, en waarom. Ze leest het, maar reageert niet. # plek: spreekkamer
}
Daarna bel je Veilig Thuis, met Inge naast je. # plek: telefoon
Wat u beschrijft, zien wij als acute onveiligheid. We pakken dit met voorrang op en stemmen af met de zorgcoördinator mensenhandel en, waar nodig, met de politie. Weet u of haar moeder een rol speelt in de uitbuiting? # spreker: Veilig Thuis
Voor zover je weet niet: ze werkt veel en zag weinig van wat er speelde. Jullie spreken af dat Veilig Thuis samen met school bepaalt hoe en wanneer zij verder wordt betrokken, en wat Sylvia daarover zelf wil.
{ melding == 1:
    Mirjam, de zorgcoördinator mensenhandel, kent het verhaal al van jullie anonieme telefoontje. Nu krijgt het een naam. Ze neemt contact op met de mensenhandelspecialisten van de politie.
- else:
    Daarna belt Inge de zorgcoördinator mensenhandel van de regio. Mirjam neemt het over: zij stemt af met Veilig Thuis en met de mensenhandelspecialisten van de politie.
}
~ melding = 2
-> crisis

=== doorverwezen ===
De schoolmaatschappelijk werker kan Sylvia donderdagochtend zien, voor een gesprek over middelengebruik en slaapritme. # plek: spreekkamer # tijd: Donderdag, 10.15 uur
Sylvia komt. Het gaat over wiet, over op tijd naar bed gaan en over haar verzuim. Over de man, de huizen en de 'schuld' vraagt niemand door; daar was de verwijzing niet voor.
-> crisis

=== afwachten ===
De weken gaan voorbij. Sylvia's stoel is vaker leeg dan bezet. # plek: klaslokaal # tijd: Twee weken later
Je stuurt haar een bericht via de schoolapp. Ze leest het, maar antwoordt niet.
-> crisis

=== crisis ===
{ wacht >= 3 || overhaast >= 2:
    ~ weg = true
}
{
- weg: -> crisis_weg
- vertrouwen >= 3: -> crisis_bericht
- else: -> crisis_noor
}

=== crisis_weg ===
Na het laatste uur staat Noor, een klasgenoot van Sylvia, bij je deur. Ze heeft rode ogen. # plek: gang # tijd: Donderdag, 15.40 uur
Sylvia is al twee nachten niet thuis geweest. Haar moeder denkt dat ze bij een vriendin slaapt, maar dat is niet zo. Ze appte me net vanaf een nummer dat ik niet ken. Ze zit in een huis in een andere stad, ze weet zelf niet eens waar. En vannacht moet ze ergens anders heen. Ze schreef dat ze bang is. # spreker: Noor
Sylvia is al twee nachten van huis weg. Ze appt een vriendin vanaf een onbekend nummer dat ze in een huis in een andere stad zit en vannacht ergens anders heen moet. # signaal: weggelopen
-> crisis_keuze

=== crisis_bericht ===
Na het laatste uur krijg je een bericht via de chat van de schoolapp. Het is van Sylvia. # plek: telefoon # tijd: Donderdag, 15.40 uur
hij haalt me om 7 uur op bij het station. ik moet mee naar een huis in een andere stad. ik wil niet. maar als ik niet kom gaat hij naar mijn zusje # spreker: Sylvia
Sylvia stuurt je zelf een bericht: de man haalt haar vanavond om zeven uur op bij het station, om haar mee te nemen naar een huis in een andere stad. # signaal: bericht_sylvia
Ze heeft het aan jou gestuurd. Dat is niet niks.
-> crisis_keuze

=== crisis_noor ===
Na het laatste uur staat Noor, een klasgenoot van Sylvia, bij je deur. # plek: gang # tijd: Donderdag, 15.40 uur
Ik weet niet of ik dit mag zeggen. Sylvia wordt vanavond om zeven uur bij het station opgehaald. Ze moet mee naar een huis in een andere stad, om iets af te betalen, zei ze. Ze wil niet, maar ze durft ook niet weg te blijven. # spreker: Noor
Een klasgenoot vertelt dat Sylvia vanavond om zeven uur bij het station wordt opgehaald om mee te gaan naar een huis in een andere stad. # signaal: ophaalmoment
-> crisis_keuze

=== crisis_keuze ===
// Vanaf hier telt alleen nog of Sylvia al weg was (weg) en of er al gemeld was (melding == 2).
// De andere tellers zetten we terug, zodat gelijke situaties ook gelijk zijn voor de verkenner.
~ vertrouwen = 0
~ wacht = 0
~ overhaast = 0
~ geheim = false
{ melding < 2:
    ~ melding = 0
}
Je hebt niet veel tijd om na te denken. # gespreksvraag: Wanneer is iets niet meer voor Veilig Thuis of een overleg, maar voor 112?
+ [Ik bel direct 112: een meisje van vijftien is in acuut gevaar. Ik geef door wat ik weet, en daarna bel ik Inge en Sylvia's moeder. #belang: +3 #verwijzing: +3 #feedback: Bij acuut gevaar bel je 112: nu telt elke minuut. Veilig Thuis en de zorgcoördinator zijn er voor melden, advies en hulp, maar niet voor wat er vanavond gebeurt. De politie kan Sylvia beschermen en heeft de middelen om haar te vinden. #bron: Tip 8; VRK art. 34; VRK art. 35]
    -> bel_112
+ [Ik ga zelf achter Sylvia aan om haar bij die man weg te halen. #belang: -2 #verwijzing: -2 #feedback: Je wilt haar redden, maar je brengt jezelf en Sylvia in gevaar en je waarschuwt de man. Uitbuiters schrikken nergens voor terug als ze dreigen iemand kwijt te raken. Bij acuut gevaar is 112 de weg: de politie kan wat jij niet kunt. #bron: Tip 6; Tip 8]
    -> zelf_erheen
+ [Ik breng het maandag in bij het zorgoverleg op school. Tot dan kan ik weinig doen. #belang: -3 #verwijzing: -3 #feedback: Dit is het moment waarop wachten niet kan: Sylvia is vanavond in direct gevaar. Een overleg op maandag komt te laat; bij acuut gevaar bel je meteen 112. #bron: Tip 8; VRK art. 19; VRK art. 34]
    -> wachten_maandag

=== bel_112 ===
~ gevonden = true
De meldkamer stelt korte, duidelijke vragen. Je vertelt wie Sylvia is en hoe oud ze is, en {weg:je geeft het onbekende nummer door en wat ze aan Noor schreef|je noemt het station, de tijd en de auto}. {melding == 2:Je zegt erbij dat Veilig Thuis en de zorgcoördinator mensenhandel al betrokken zijn.|Je vertelt ook wat je de afgelopen weken hebt gezien.} # plek: telefoon
{ weg:
    Die nacht vindt de politie Sylvia in een woning in een andere stad, via het nummer waarmee ze Noor appte. Ze was bijna drie dagen weg. # tijd: Vrijdag, 3.10 uur
- else:
    Om kwart over zeven belt Inge je terug: de politie heeft de auto bij het station staande gehouden. Sylvia is in veiligheid, voor nu. Haar moeder is onderweg naar het politiebureau. # tijd: Donderdag, 19.15 uur
}
Een rechercheur mensenhandel neemt het over. Sylvia wordt die nacht ook gezien door het Centrum Seksueel Geweld, voor medische zorg en om met iemand te kunnen praten.
-> zorg_overleg

=== zelf_erheen ===
{ weg:
    Je belt het nummer waarmee Sylvia Noor appte. Een man neemt op. Als je zegt wie je bent, hangt hij op. Daarna staat het nummer uit. # plek: telefoon # tijd: Donderdag, 15.55 uur
- else:
    Bij het station staat de auto er al. Als je dichterbij komt, ziet de man je. Hij trekt op voordat je bij het portier bent, met Sylvia op de achterbank. # plek: straat_avond # tijd: Donderdag, 18.55 uur
}
{weg:Pas dan bel je 112. Het spoor via dat nummer is koud geworden.|Pas dan bel je 112. Er is kostbare tijd verloren.}
{ melding == 2:
    ~ gevonden = true
    ~ weg = true
    Omdat Veilig Thuis en de zorgcoördinator mensenhandel de politie al hadden ingelicht, weten de rechercheurs wie de man is. Twee dagen later vinden ze Sylvia, in een woning in weer een andere stad.
    -> zorg_overleg
- else:
    De politie zoekt, maar niemand heeft een volledig beeld van wie de man is en waar hij haar naartoe brengt. Sylvia blijft weg.
    -> niet_gevonden
}

=== wachten_maandag ===
Maandag is Sylvia's plek leeg. Haar moeder heeft haar als vermist opgegeven bij de politie. # plek: klaslokaal # tijd: Maandag, 8.30 uur
In het zorgoverleg vertel je wat je donderdag hoorde. Het is vier dagen te laat.
-> niet_gevonden

=== zorg_overleg ===
Je zit aan tafel bij het wijkteam met Inge, Sylvia's moeder, een medewerker van Veilig Thuis en Mirjam, de zorgcoördinator mensenhandel van de regio. # plek: wijkteam # tijd: Een week later
{ melding < 2:
    Voor Veilig Thuis en Mirjam is bijna alles nieuw. Wat op school al weken bekend was, horen ze nu pas.
}
Sylvia zit voorlopig op een crisisplek. Ze slaapt slecht en wil naar huis, en tegelijk is ze doodsbang dat de man haar daar vindt.
Mirjam vraagt wat school ziet als de beste volgende stap. # gespreksvraag: Wat heeft een meisje als Sylvia nu het meest nodig, en wie moet dat bieden?
+ [Ik pleit ervoor dat Sylvia meteen terechtkan bij een landelijk gespecialiseerd centrum voor meisjes die seksueel zijn uitgebuit, op een veilige plek buiten de regio, en dat school contact met haar houdt. #belang: +3 #verwijzing: +3 #feedback: Minderjarige slachtoffers van seksuele uitbuiting hebben gespecialiseerde hulp nodig die het hele verhaal behandelt, niet alleen het gedrag. Zo voorkom je dat Sylvia jarenlang van loket naar loket gaat, en een veilige plek ver van de uitbuiters beschermt haar. #bron: Tip 6; VRK art. 39]
    ~ specialistisch = true
    Mirjam regelt met Veilig Thuis en de gemeente een plek bij een landelijk behandelcentrum, ver van de stad waar de man woont. Sylvia's moeder gaat mee naar de intake. School maakt een plan zodat Sylvia's lessen op afstand kunnen doorlopen.
+ [Ik stel voor om eerst haar drugsgebruik aan te pakken bij de verslavingszorg hier in de buurt, en daarna verder te kijken. #belang: -2 #verwijzing: -2 #feedback: De drugs zijn het drukmiddel van de uitbuiter, niet de kern van het probleem. Als alleen het zichtbare probleemgedrag wordt behandeld, gaat Sylvia van hulpverlener naar hulpverlener en blijft het trauma liggen. Dat vergroot de kans dat ze opnieuw wordt uitgebuit. #bron: Tip 6; VRK art. 39]
    Sylvia blijft op de crisisplek in de regio en krijgt een afspraak bij de verslavingszorg. Over de man en de huizen praat niemand met haar door; dat is 'voor later'.
+ [Ik zeg: "Eerst moet ze aangifte doen. Zonder aangifte komt er niets van de grond." #belang: -3 #verwijzing: -1 #feedback: Hulp en bescherming mogen niet afhangen van een aangifte. Sylvia is bang voor de man en voor wat hij haar zusje kan aandoen; haar onder druk zetten maakt haar nog kwetsbaarder. Of en wanneer ze aangifte doet, beslist ze zelf, met steun en in haar eigen tempo. #bron: VRK art. 3; VRK art. 12; Tip 6]
    Sylvia wil niet met de politie praten; ze is te bang. In het overleg blijft alles hangen op die aangifte, en de hulp komt niet op gang. Ze blijft op de crisisplek in de regio.
- -> nazorg

=== nazorg ===
{ specialistisch:
    Drie weken later mag je Sylvia beeldbellen, met haar begeleider erbij. Ze woont nu in het behandelcentrum, ver van de stad waar de man woont. # plek: telefoon # tijd: Drie weken later
- else:
    Drie weken later mag je Sylvia beeldbellen. Ze zit nog op de crisisplek en wacht op 'een passende plek'. # plek: telefoon # tijd: Drie weken later
}
Ze ziet er moe uit, maar ze lacht even als ze je ziet. Dan kijkt ze weg.
Iedereen doet nu zo moeilijk. Maar het is toch ook mijn eigen schuld. Ik ben zelf steeds met hem meegegaan. # spreker: Sylvia # gespreksvraag: Wat zeg je tegen een kind dat zichzelf de schuld geeft van haar eigen uitbuiting?
+ (troost) [Ik zeg: "Het is niet jouw schuld. Hij heeft je afhankelijk gemaakt en misbruik van je gemaakt. Wat hij deed is strafbaar, niet wat jij deed." #geen_schuld: +3 #belang: +1 #feedback: Je legt de schuld waar die hoort: bij de man die haar uitbuitte. Veel slachtoffers voelen zich medeschuldig, juist omdat de uitbuiter hen dat liet geloven. Erkennen wat haar is aangedaan, is een eerste stap naar herstel. #bron: art. 273f Sr; Tip 6; VRK art. 39]
    Het blijft even stil.
    Dat zegt mijn begeleider ook. Misschien geloof ik het ooit. # spreker: Sylvia
+ [Ik zeg: "Je was ook wel erg naïef. Maar je hebt er in elk geval van geleerd." #geen_schuld: -3 #belang: -1 #feedback: 'Naïef' is victim blaming: het bevestigt wat de uitbuiter haar liet geloven, dat ze het zelf heeft gedaan. Zo maak je de schaamte groter en praten moeilijker. Wat er gebeurde, is haar aangedaan. #bron: Tip 6; Terminologiegids]
    Sylvia kijkt naar haar handen.
    Ja. Dat zal wel. # spreker: Sylvia
    Ze zegt dat ze moe is, en het gesprek is snel voorbij.
- -> einde

=== niet_gevonden ===
Sylvia is nog steeds weg. De politie zoekt. Op school valt haar naam steeds minder vaak. # plek: kantoor # tijd: Twee weken later
Inge vraagt wat jij nu nog kunt doen. # gespreksvraag: Wat kan school nog doen als een leerling uit beeld is verdwenen?
+ (delen) [Ik zet alles wat ik heb gezien en gehoord op een rij, met data, en deel het via Inge met Veilig Thuis, de zorgcoördinator mensenhandel en de politie. #verwijzing: +3 #belang: +2 #feedback: Losse fragmenten worden pas een beeld als iemand ze bij elkaar legt. Wat jij weet over de man, de auto, de huizen en de drugs kan helpen om Sylvia te vinden en te beschermen. Ook laat is beter dan nooit: laat niet los. #bron: Tip 8; Meldcode stap 1; VRK art. 35]
    Een rechercheur mensenhandel belt je de volgende dag met vragen. Je verhaal past bij twee andere meldingen, uit twee andere gemeenten.
+ [De politie zoekt al. Voor school is hier geen rol meer weggelegd. #belang: -2 #verwijzing: -2 #feedback: De politie zoekt, maar mist misschien juist de stukjes die jij hebt. Signalen delen is ook nu in Sylvia's belang: uitbuiting houdt zich niet aan gemeentegrenzen, en elk fragment telt. #bron: Tip 8; VRK art. 35]
    Je laat het los. Het voelt niet goed, maar je weet niet wat je anders moet.
+ [Ik noteer in het leerlingdossier: "Sylvia kiest voor haar oudere vriend en verzuimt structureel." #geen_schuld: -2 #belang: -1 #feedback: Woorden in een dossier gaan met een kind mee. Deze zin maakt van uitbuiting een keuze van Sylvia en van de uitbuiter een 'vriend'. Leg vast wat je zag en waarom je handelde, in woorden die zeggen wat haar is aangedaan. #bron: Terminologiegids; Tip 6]
    De zin staat in het dossier. Iedereen die het later leest, leest Sylvia's verhaal door die bril.
- -> bericht_weg

=== bericht_weg ===
Op een zondagavond laat krijg je een bericht via de schoolapp. Het komt van Sylvia's account. # plek: telefoon # tijd: Zes weken later, zondag, 23.20 uur
sorry dat ik niet meer kom. het is allemaal mijn eigen schuld. niet zoeken # spreker: Sylvia
Je kijkt lang naar het scherm. # gespreksvraag: Wat schrijf je terug, en wat doe je daarna met dit bericht?
+ (antwoord) [Ik schrijf: "Je hoeft geen sorry te zeggen. Het is niet jouw schuld. Ik ben er nog, en je kunt ook anoniem praten bij Chat met Fier of de Kindertelefoon." Daarna geef ik het bericht meteen door aan de politie. #geen_schuld: +2 #belang: +2 #verwijzing: +2 #feedback: Je legt de schuld niet bij Sylvia, houdt de deur open en wijst haar op plekken waar ze anoniem kan praten. Dat je het bericht doorgeeft, ook al vraagt ze je niet te zoeken, is in haar belang: haar veiligheid gaat voor. #bron: Tip 6; Tip 8; VRK art. 3]
+ [Ik schrijf: "Waarom doe je jezelf dit aan? Kom gewoon terug naar huis." #geen_schuld: -3 #belang: -1 #feedback: "Waarom doe je jezelf dit aan?" is victim blaming: het bevestigt wat de uitbuiter haar laat geloven, dat zij het zelf doet. Een kind in zijn macht kan niet 'gewoon' terugkomen. Zeg dat het niet haar schuld is, en geef het bericht door aan de politie. #bron: Tip 2; Tip 6; Terminologiegids]
- -> einde

=== einde ===
{
- not gevonden: -> einde_uit_beeld
- not specialistisch: -> einde_rondgestuurd
- weg or melding < 2: -> einde_laat
- else: -> einde_beschermd
}

=== einde_beschermd ===
Sylvia woont nog in het behandelcentrum. Ze krijgt hulp bij wat haar is aangedaan, gaat daar naar school en komt met vallen en opstaan van de drugs af. # plek: telefoon # tijd: Vier maanden later
Twee keer stond ze op het punt terug te gaan naar de man die haar uitbuitte. De tweede keer belde ze zelf haar begeleider.
De recherche onderzoekt de zaak. Of Sylvia aangifte doet, beslist ze zelf, in haar eigen tempo en met steun.
{ nazorg.troost:
    Af en toe stuurt ze je een kort bericht. Meestal staat er alleen: nog steeds hier.
- else:
    Ze houdt contact met haar begeleiders, niet met school. Misschien komt dat nog.
}
Sylvia is veilig en krijgt gespecialiseerde hulp, omdat de signalen op tijd op de juiste plek kwamen. Maar haar herstel gaat jaren duren, en die hulp moet ook na haar achttiende doorlopen. # einde: beschermd
-> END

=== einde_laat ===
Sylvia woont nu in een landelijk behandelcentrum en krijgt de hulp die ze nodig heeft. # plek: telefoon # tijd: Vier maanden later
{ weg:
    Maar voordat iemand ingreep, was ze dagenlang uit beeld, in handen van de man en zijn netwerk.
- else:
    Maar de eerste melding kwam pas toen het al acuut was. Wat school al weken wist, lag al die tijd bij niemand anders.
}
Ze vertrouwt volwassenen minder dan ooit. In de behandeling praat ze nauwelijks, en één keer liep ze weg, terug naar de stad waar de man woont. De politie bracht haar terug.
{ nazorg.troost:
    Eén keer stuurt ze je een bericht via de schoolapp, om te vragen of je niet boos op haar bent.
}
Sylvia krijgt nu gespecialiseerde hulp, maar de melding kwam laat, en dat laat sporen na: ze is langer in handen van haar uitbuiter geweest dan nodig was, en haar herstel begint verder terug. # einde: laat_gemeld
-> END

=== einde_rondgestuurd ===
Sylvia gaat van de crisisplek naar de verslavingszorg en dan naar een gewone leefgroep in de regio. Iedere hulpverlener pakt een stukje aan: haar drugsgebruik, haar woede, haar verzuim. # plek: telefoon # tijd: Vier maanden later
Over wat haar is aangedaan, praat niemand echt met haar door.
Na twee maanden loopt ze weg uit de leefgroep. Een week later ziet een collega haar bij het station in een auto stappen.
{ nazorg.troost:
    Dat je haar zei dat het niet haar schuld was, is misschien het enige wat ze meeneemt. Het is niet genoeg, maar het is iets.
}
Sylvia is uit de acute situatie gehaald, maar niet bij gespecialiseerde hulp terechtgekomen. Ze gaat van loket naar loket, haar trauma blijft onbehandeld en de kans dat ze opnieuw wordt uitgebuit, is groot. # einde: van_loket_naar_loket
-> END

=== einde_uit_beeld ===
{ bericht_weg.antwoord:
    Je bericht wordt gelezen, maar er komt geen antwoord. De politie onderzoekt het account en het nummer waarmee is ingelogd. # plek: telefoon # tijd: Drie maanden later
- else:
    Er komt geen nieuw bericht meer. # plek: telefoon # tijd: Drie maanden later
}
{ niet_gevonden.delen:
    Jouw overzicht ligt bij de recherche, naast de meldingen uit andere gemeenten. Misschien helpt het ooit om haar te vinden. Misschien helpt het een ander meisje.
}
School schrijft Sylvia uit. Haar naam verdwijnt van de klassenlijst.
Sylvia is uit beeld verdwenen. De signalen waren er, in losse stukjes bij verschillende mensen, maar ze kwamen niet op tijd samen op een plek waar iemand kon ingrijpen. # einde: uit_beeld
-> END
