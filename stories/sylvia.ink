# titel: Sylvia
# kind: Sylvia, 15 jaar
# leeftijd: 15
# thema: Seksuele uitbuiting, drugs als drukmiddel
# rol: Mentor op een middelbare school
# duur: 20
# volgorde: 1
# kaartbeeld: gang
# inhoud: Deze casus gaat over seksuele uitbuiting van een meisje van 15, waarbij drugs worden gebruikt als drukmiddel. Niets wordt expliciet beschreven: je ziet en hoort alleen wat een mentor op school ziet en hoort. Toch kan het onderwerp je raken. Je kunt op elk moment pauzeren of stoppen. Aan het einde lees je waar je terechtkunt als je zelf ergens over wilt praten.
# persoon: Sylvia, 15, Sylvia
# persoon: Moeder van Sylvia, 43, Sylvia
# persoon: Inge, 54
# persoon: Mirjam, 47
# persoon: Noor, 15
# persoon: Wouter, 40
# persoon: Medewerker Veilig Thuis, 38
# persoon: Medewerker wijkteam, 35

// Sylvia, 15. De speler is haar mentor. De signalen komen in stukjes, over een paar weken, tussen
// gewone dingen door. De speler merkt ze zelf op; de tag # signaal is de antwoordsleutel.
// Let op bij het bewerken:
// - Zet nooit een tijd als 14.05 of 8.00 direct na een komma (", 14.05"): inkjs leest dat als
//   een getal en het verhaal laadt niet meer. Schrijf bijvoorbeeld "14.15 uur".
// - De keuzes zijn '+' en het verhaal gebruikt geen tellers van knopen: zo kan de verkenner
//   paden die weer samenkomen samenvoegen, en blijft npm run explore snel.
// - De les over berichten (ook in nuria.ink): schrijf een kind van wie de telefoon misschien
//   wordt meegelezen nooit je zorgen of je plannen. Een kort, neutraal bericht kan; de rest zeg je
//   in een gesprek, en je spreekt samen af hoe jullie veilig contact houden.
VAR systeem_faalt = false   // workshop: het systeem faalt (geen plek bij een gespecialiseerd centrum)
VAR vertrouwen = 0      // hoeveel Sylvia de mentor vertrouwt
VAR wacht = 0           // hoeveel tijd er verloren gaat door af te wachten
VAR overhaast = 0       // hoe vaak de mentor overhaast handelt
VAR geheim = false      // de mentor heeft geheimhouding beloofd
VAR melding = 0         // 0 = nog niemand ingeschakeld, 1 = anoniem advies van de zorgcoördinator mensenhandel, 2 = gemeld bij Veilig Thuis en zorgcoördinator ingeschakeld (vóór de crisis)
VAR weg = false         // Sylvia was al weg voordat iemand ingreep
VAR gevonden = false    // de politie heeft Sylvia gevonden
VAR specialistisch = false  // Sylvia krijgt gespecialiseerde hulp
VAR gehoord = false     // Sylvia is zelf gehoord voordat er over haar hulp werd besloten
VAR wachtlijst = false  // er was geen plek: Sylvia wachtte weken op gespecialiseerde hulp
VAR troost = false      // de mentor zei Sylvia duidelijk dat het niet haar schuld is
VAR geantwoord = false  // de mentor antwoordde op Sylvia's bericht
VAR gedeeld = false     // de mentor deelde alles wat school wist met de politie

-> begin

=== begin ===
Voor het eerste uur kijk je nog even in het leerlingvolgsysteem. Je bent mentor van klas 3 havo en geeft er ook Nederlands. # plek: klaslokaal # tijd: Week 1, maandag, 8.15 uur
Daan heeft zijn leesverslag weer niet ingeleverd. Fatima is ziek gemeld met griep.
Bij Sylvia staan de afgelopen drie weken elf lesuren zonder geldige reden, vooral op maandagochtend en vrijdagmiddag. Haar cijfers voor wiskunde en Engels zijn in korte tijd hard gezakt. # signaal: verzuim # waarom: Verzuim dat plotseling begint, vaak op dezelfde dagdelen, samen met dalende cijfers, kan erop wijzen dat iemand buiten school over haar tijd beschikt. Het is geen bewijs, maar wel een reden om te vragen hoe het met haar gaat. # bron: Tip 4
Vorig jaar zat Sylvia vooraan. Vandaag komt ze als laatste binnen, met natte haren van de regen, en loopt door naar achteren.
Mees vraagt of de toets van donderdag meetelt voor het rapport. Je zegt van wel, en de klas kreunt.
Halverwege de les valt Sylvia in slaap, haar hoofd op haar armen. Ze schrikt pas wakker als haar telefoon in haar jaszak trilt, en even later zakt ze weer weg. # signaal: slaapt_in_les # waarom: Een leerling die steeds in slaap valt, slaapt 's nachts misschien niet, of niet thuis. Vermoeidheid hoort bij de signalen van uitbuiting, al kan ze ook veel andere oorzaken hebben. # bron: Tip 4
De halve klas kijkt naar jou. # gespreksvraag: Wat doe je met een niet-pluisgevoel als er nog niets concreets is om op af te gaan? # beleidsvraag: Tip 10: Heeft elke school in onze gemeente een vertrouwde volwassene met tijd voor een leerling als Sylvia, en voorlichting over online en offline uitbuiting? # aanwezig: Sylvia, klas
+ [Ik laat haar slapen. Na de les vraag ik of ze even blijft. #belang: +2 #geen_schuld: +1 #feedback: Je zet Sylvia niet voor de klas neer en maakt daarna rustig contact, zonder oordeel. Zo merkt ze dat iemand haar ziet, en dat verlaagt de drempel om later iets te vertellen. Dat is een begin, meer nog niet. #bron: Tip 6; Tip 10]
    ~ vertrouwen += 1
    -> na_de_les
+ [Ik geef het verzuim door aan de verzuimcoördinator, zoals de school heeft afgesproken, en houd Sylvia de komende weken extra in de gaten. #verwijzing: +1 #feedback: Verzuim doorgeven hoort erbij, en in de gaten houden is goed. Maar zo blijft het een zaak van uren en brieven, en vraagt niemand Sylvia hoe het met haar gaat. Een kort gesprek na de les had je meer verteld over wat er achter de vermoeidheid zit. #bron: Tip 4; Tip 10]
    ~ wacht += 1
    -> verzuimbrief
+ [Ik maak er een grapje van, zodat ze zich niet hoeft te schamen: "Het is maandag, Sylvia. Wie houdt haar even wakker?" #belang: -1 #geen_schuld: -1 #feedback: Humor kan spanning breken, maar hier gaat de grap over Sylvia, waar de klas bij is. Ze hoort vooral dat haar vermoeidheid iets is om om te lachen, en een leerling die iets te verbergen heeft, sluit zich dan af. Contact na de les, zonder publiek, helpt haar meer. #bron: Tip 6; Gids hoofdstuk 2]
    ~ vertrouwen -= 1
    -> lachen

=== na_de_les ===
Als de klas leeg is, blijft Sylvia bij je bureau staan, haar jas al aan. # tijd: Week 1, maandag, 9.20 uur
Ze vraagt of ze het leesdossier een week later mag inleveren. Je zegt dat dat kan.
Gewoon laat geworden gisteren. Niks aan de hand. # spreker: Sylvia
Haar telefoon licht op. Het is een nieuw toestel, een duur merk. Vorige maand had ze nog een oude telefoon met een gebarsten scherm. # signaal: nieuwe_telefoon # waarom: Een plotseling duur bezit dat een leerling niet zelf kan betalen, kan een cadeau zijn waarmee iemand haar aan zich bindt, of een telefoon waarmee iemand haar bereikt. # bron: Tip 4
Je zegt dat het een mooi toestel is.
Gekregen. # spreker: Sylvia
Van wie zegt ze niet. Ze leest het bericht op het scherm en haar gezicht verstrakt.
Ik moet gaan. # spreker: Sylvia
Je zegt dat je deur openstaat. Ze knikt en is weg.
-> collega

=== lachen ===
Een paar leerlingen grinniken. Sylvia schiet overeind.
Bemoei je met je eigen leven! # spreker: Sylvia
Ze smijt haar boek op de grond, scheldt en loopt de klas uit. De deur slaat dicht. # signaal: woede_uitbarsting # waarom: Woede-uitbarstingen die niet bij een leerling passen, kunnen wijzen op spanning of angst die ze verbergt. Ouders van slachtoffers noemen ze vaak als eerste verandering. # bron: Tip 4
De rest van de dag zie je haar niet meer.
-> collega

=== verzuimbrief ===
De verzuimcoördinator stuurt een standaardbrief naar huis. # tijd: Week 1, vrijdag
Sylvia is die week nog één ochtend op school. Ze zit achterin, eet een broodje en zegt niets.
-> collega

=== collega ===
In de pauze houdt Wouter, de gymleraar, je staande bij de koffieautomaat. Hij heeft een stapel inschrijfformulieren voor het volleybaltoernooi onder zijn arm. # plek: gang # tijd: Week 2, woensdag, 12.30 uur
Jij bent toch Sylvia's mentor? Ze wil zich al weken niet omkleden bij gym. Vandaag zag ik blauwe plekken op haar bovenarmen. Toen ik ernaar vroeg, werd ze boos: ze wist niet waar ze vandaan kwamen. # spreker: Wouter # signaal: blauwe_plekken # waarom: Blauwe plekken die een kind niet kan of wil verklaren, en niet meer willen omkleden, kunnen wijzen op geweld. Boos worden op de vraag past bij schaamte of angst. # bron: Tip 4
En ze wordt na school bij het hek opgehaald. Door een man in een auto, ver in de twintig, schat ik. # spreker: Wouter # signaal: oudere_man # waarom: Contact met een veel oudere man die haar bij school ophaalt, is een bekend signaal: zo bindt een uitbuiter een meisje aan zich en houdt hij haar in het oog. # bron: Tip 4; Tip 2
Maar ik wil er ook geen loverboy-verhaal van maken. Een meid van vijftien met een oudere vriend met een auto, die zoekt dat zelf ook op. Dat hebben we hier toch vaker gezien. # spreker: Wouter
Wouter meent het goed: hij wil Sylvia niet meteen tot slachtoffer maken.
Maar 'zelf opzoeken' legt het bij haar. Een man van ver in de twintig die een meisje van vijftien aan zich bindt, is volwassen; wat daar gebeurt, is zijn verantwoordelijkheid. En als hij haar uitbuit, is hij geen vriend maar een mensenhandelaar.
Wouter wacht op je reactie. # gespreksvraag: Hoe reageer je op een collega die terechte zorgen deelt, maar ze verpakt in woorden die de schuld bij het kind leggen? # beleidsvraag: Tip 4: Leren leraren, gymdocenten en andere eerstelijnsprofessionals in onze gemeente welke signalen en kwetsbaarheden bij uitbuiting horen, en hoe houden we die kennis op peil?
+ [Ik zeg: "Goed dat je het vertelt. Wil je opschrijven wat je zag, en wanneer? Dan leg ik het vrijdag naast wat ik zelf heb gemerkt." #belang: +1 #verwijzing: +2 #feedback: Je neemt het signaal van je collega serieus en laat het vastleggen, met data: stap 1 van de Meldcode. Wat Wouter over 'zelf opzoeken' zei, laat je liggen. Dat houdt het gesprek prettig, maar zo'n kader gaat mee in hoe jullie over Sylvia praten. Eén zin over wie hier de volwassene is, had het kunnen bijstellen. #bron: Meldcode stap 1; Tip 8; Gids hoofdstuk 2]
    Wouter mailt je die middag wat hij zag, met data erbij.
    -> vrijdag
+ [Ik zeg: "Dank je, dit is belangrijk. Maar hij is volwassen en zij is vijftien, dus wat daar gebeurt, ligt bij hem. Wil je opschrijven wat je zag, met de data erbij?" #belang: +1 #geen_schuld: +2 #verwijzing: +2 #feedback: Je neemt het signaal serieus, laat het vastleggen (stap 1 van de Meldcode) en zet in één zin recht waar de verantwoordelijkheid ligt: bij de volwassene, niet bij een meisje van vijftien. Zo blijft je collega betrokken en verschuift het gesprek van wat Sylvia doet naar wat haar overkomt. #bron: Meldcode stap 1; Gids hoofdstuk 2; Tip 2]
    Wouter denkt even na. Dan knikt hij en mailt je die middag wat hij zag, met data erbij.
    -> vrijdag
+ [Ik zeg: "Ik loop morgen na school even langs het hek. Dan zie ik zelf wie die man is, en noteer ik het kenteken." #belang: -2 #verwijzing: -1 #feedback: Je wilt weten waar je aan toe bent, en dat is begrijpelijk. Maar als de man merkt dat school hem in de gaten houdt, is hij gewaarschuwd, en Sylvia kan daarvoor boeten. Uitbuiters schrikken nergens voor terug als ze iemand dreigen kwijt te raken. Leg een vermoeden eerst voor aan de aandachtsfunctionaris. #bron: Tip 6; Meldcode stap 2]
    ~ overhaast += 1
    -> hek

=== hek ===
Het schemert al als je bij het hek staat. De auto staat er weer; de motor draait. Je pakt je telefoon om het kenteken te noteren. # plek: straat_avond # tijd: Week 2, donderdag, 16.40 uur
De man ziet het. Hij stapt uit en komt glimlachend naar je toe.
Ik ben haar neef. Ik haal haar op voor haar moeder. Is er een probleem? # spreker: De man
Dan ziet hij Sylvia aankomen. Hij zegt iets tegen haar wat je niet verstaat. Ze stapt in zonder je aan te kijken, en de auto rijdt weg.
~ vertrouwen -= 1
~ wacht += 1
Sylvia is drie dagen niet op school. Als ze terugkomt, loopt ze met een grote boog om je heen. # tijd: Week 3, maandag
Inge Verhoef, de aandachtsfunctionaris kindermishandeling van de school, vraagt je bij haar langs te komen. De conciërge heeft haar verteld wat er bij het hek gebeurde. # plek: kantoor # route: aandachtsfunctionaris
Ik snap dat je iets wilde doen. Maar als die man school als een bedreiging ziet, kan Sylvia daarvoor boeten. Laten we dit vanaf nu samen oppakken. Ga eerst rustig met haar in gesprek en kom daarna meteen bij me terug. # spreker: Inge
-> gesprek

=== vrijdag ===
Vrijdagmiddag. De school is bijna leeg; iemand zet beneden de stoelen op de tafels. # plek: kantoor # tijd: Week 2, vrijdag, 14.15 uur
Je zet op een rij wat je over Sylvia weet, en wat je niet weet.
Inge Verhoef is de aandachtsfunctionaris kindermishandeling van de school. Haar kamer is aan het eind van de gang en de deur staat open. # route: aandachtsfunctionaris # gespreksvraag: Wanneer weet je 'genoeg' om de aandachtsfunctionaris in te schakelen?
+ [Ik loop bij Inge binnen en leg naast elkaar wat ik zag en hoorde. #verwijzing: +3 #belang: +1 #feedback: Overleggen met de aandachtsfunctionaris is stap 2 van de Meldcode. Je hoeft niet zeker te weten dat het uitbuiting is om het te bespreken: samen zie je meer, en je draagt het niet alleen. Zo komt het signaal op de juiste plek. #bron: Meldcode stap 2; Tip 8]
    -> overleg
+ [Ik bel eerst Sylvia's moeder. Over de man zeg ik niets; ik vraag alleen hoe het thuis gaat en of zij ook merkt dat Sylvia zo moe is. #belang: +1 #feedback: Ouders zijn belangrijk, en je valt de moeder niet met een vermoeden op het dak. Maar je weet nog niet welke rol wie thuis speelt, en wat de moeder tegen Sylvia zegt, heb je niet in de hand. Bespreek eerst met de aandachtsfunctionaris hoe en wanneer je ouders betrekt. #bron: VRK art. 18; Tip 8; Meldcode stap 2]
    -> moeder_bellen
+ [Ik zet Sylvia op de agenda van de leerlingbespreking over vier weken. Dan kijken de andere docenten en de orthopedagoog mee, en zien we of het beeld klopt. #belang: -2 #verwijzing: -1 #feedback: Samen kijken is goed, maar vier weken is lang als een meisje van vijftien mogelijk wordt uitgebuit. Je hoeft geen compleet beeld te hebben om met een deskundige collega te overleggen, en het ontbreken van bewijs betekent niet dat er niets aan de hand is. #bron: Meldcode stap 2; Tip 4]
    ~ wacht += 3
    -> leerlingbespreking

=== overleg ===
Inge luistert zonder je te onderbreken. Dan legt ze haar pen neer.
Het kan van alles zijn, maar het past ook bij seksuele uitbuiting. Zeker weten hoeven we het nog niet. # spreker: Inge
Ik ben hier ook de interne zorgcoördinator, maar dat is iets anders dan de zorgcoördinator mensenhandel van de regio. Die heeft verstand van uitbuiting; ik niet genoeg. Je kunt haar ook anoniem om advies vragen, zonder Sylvia's naam. # spreker: Inge # route: zorgcoordinator
Zullen we haar bellen? # spreker: Inge # gespreksvraag: Waarom zou je advies vragen over een vermoeden dat je nog niet kunt onderbouwen? # beleidsvraag: Tip 8: Staat op onze routekaart wie de zorgcoördinator mensenhandel van de regio is, hoe een school haar bereikt, en dat dat ook anoniem kan?
+ [Ik zeg: "Graag, nu meteen. Dan weten we wat we in het gesprek met Sylvia wel en niet moeten doen." #verwijzing: +2 #belang: +1 #feedback: Bij een vermoeden van uitbuiting neem je contact op met de zorgcoördinator mensenhandel, ook anoniem en alleen voor advies. Zo weet je wat je wel en niet moet doen voordat je iets doet wat Sylvia in gevaar kan brengen. #bron: Tip 8; Meldcode stap 2]
    -> zc_advies
+ [Ik zeg: "Laten we eerst het gesprek met Sylvia voeren. Dan hebben we iets concreets om voor te leggen, en misschien is er een andere verklaring." #belang: +1 #feedback: Het gesprek met Sylvia is stap 3 van de Meldcode, en een andere verklaring kan er zijn. Maar advies vooraf helpt je juist om dat gesprek goed te voeren: wat je wel vraagt, wat je niet belooft, wat je niet op haar telefoon zet. Je hoeft niets concreets te hebben om advies te vragen. #bron: Meldcode stap 3; Tip 8]
    Inge knikt.
    Goed. Kom daarna meteen bij me terug. # spreker: Inge
    -> gesprek
+ [Ik zeg: "Ik wil eerst zeker weten dat het uitbuiting is. Ik wil haar geen etiket geven dat ze misschien nooit meer kwijtraakt." #verwijzing: -2 #belang: -1 #feedback: Je wilt Sylvia niet ten onrechte een etiket opplakken, en dat is begrijpelijk. Maar anoniem advies vragen plakt nergens een etiket op: de zorgcoördinator mensenhandel is er juist voor vermoedens. Zekerheid komt zelden vanzelf; zo mis je advies dat Sylvia had kunnen beschermen. #bron: Tip 8; Tip 4]
    ~ wacht += 1
    Inge knikt, al kijkt ze niet gerust.
    Voer dan eerst het gesprek met haar. En kom daarna meteen bij me terug. # spreker: Inge
    -> gesprek

=== zc_advies ===
~ melding = 1
Inge zet de telefoon op de speaker. Mirjam, de zorgcoördinator mensenhandel van de regio, stelt een paar korte vragen. # plek: telefoon # route: zorgcoordinator # telefoon: luidspreker, Mirjam # aanwezig: Inge
Wat jullie beschrijven, zie ik vaker. Eerst cadeaus, aandacht, soms drugs; daarna heet dat ineens een schuld die ze moet afbetalen. # spreker: Mirjam
Hoe wij werken, verschilt per regio. Hier adviseer ik en houd ik de lijnen bij elkaar. De hulp zelf loopt bij een meisje van vijftien via Veilig Thuis en de jeugdhulp. # spreker: Mirjam # route: veilig_thuis
Voer het gesprek met haar, als iemand die ze vertrouwt. Beloof haar geen geheimhouding. En zet je zorgen niet in een bericht aan haar: je weet niet wie er op die telefoon meeleest. Vertelt ze over dwang, meld dan bij Veilig Thuis en bel mij. Is er direct gevaar, bel dan 112. # spreker: Mirjam # route: politie
Je schrijft het op. Voor het eerst voelt het alsof je dit niet alleen hoeft te doen.
-> gesprek

=== moeder_bellen ===
Sylvia's moeder neemt op in de auto, op weg naar haar avonddienst in het ziekenhuis. # plek: telefoon # tijd: Week 2, vrijdag, 16.10 uur # telefoon: bellen, Moeder van Sylvia
Moe? Ze slaapt vaak bij een nieuwe vriendin, zegt ze. Die heb ik nog nooit gezien. # spreker: Moeder van Sylvia # signaal: slaapt_elders # waarom: Een kind dat vaak buiten de deur slaapt, bij iemand die de ouders niet kennen, is uit het zicht van wie voor haar zorgt. Dat is een kwetsbaarheid en een bekend signaal bij uitbuiting. # bron: Tip 4
Ik werk bijna elke avond, ik zie haar nauwelijks. Is er iets? # spreker: Moeder van Sylvia
Je zegt dat je gewoon even wilde horen hoe het gaat. Ze bedankt je en hangt op.
Maandag kijkt Sylvia je de hele les niet aan. Haar moeder heeft gezegd dat de mentor had gebeld. # tijd: Week 3, maandag
~ vertrouwen -= 1
Die middag vertel je Inge, de aandachtsfunctionaris, wat je weet. Ze vraagt je eerst met Sylvia in gesprek te gaan en daarna meteen bij haar terug te komen. # plek: kantoor # route: aandachtsfunctionaris
-> gesprek

=== leerlingbespreking ===
De weken daarna is Sylvia er de ene dag wel en de andere dag niet. # plek: klaslokaal # tijd: Week 3 tot en met 5
Ze doet mee aan de schoolfotodag en lacht op de foto, haar haar in een strakke staart.
Ze draagt sinds kort dure merkkleding en een nieuwe tas. In de brugklas vertelde ze nog dat er thuis weinig geld is. # signaal: nieuwe_kleding # waarom: Plotseling dure kleding of spullen die een kind niet zelf kan betalen, zijn een bekend signaal: cadeaus maken afhankelijk, en later heten ze een schuld. # bron: Tip 4
Twee keer zie je haar na school bij het hek in de auto stappen. Je schrijft het op voor de leerlingbespreking.
In de leerlingbespreking komt Sylvia als laatste aan bod. Er zijn nog vijf minuten. # plek: kantoor # tijd: Week 6, maandag, 16.30 uur
Inge Verhoef, de aandachtsfunctionaris, fronst als je opsomt wat je hebt gezien. # route: aandachtsfunctionaris
Dit had ik eerder willen horen. Voer morgen een gesprek met haar, en kom daarna meteen bij mij langs. # spreker: Inge
-> gesprek

=== gesprek ===
{ wacht >= 3:
    Het is lunchpauze. Sylvia komt de spreekkamer binnen, haar jas aan en haar telefoon in haar hand. # plek: spreekkamer # tijd: Week 6, dinsdag, 12.45 uur
- else:
    Het is lunchpauze. Sylvia komt de spreekkamer binnen, haar jas aan en haar telefoon in haar hand. # plek: spreekkamer # tijd: Week 3, dinsdag, 12.45 uur
}
Op tafel staat nog een doos met proefwerken van klas 2. Je schuift hem opzij.
Tijdens het gesprek kijkt Sylvia steeds op haar telefoon, en als er een bericht binnenkomt, typt ze meteen terug. # signaal: altijd_bereikbaar # waarom: Altijd bereikbaar moeten zijn en meteen moeten antwoorden, ook midden in een gesprek, kan betekenen dat iemand haar controleert. # bron: Tip 4
Ze gaat op het puntje van haar stoel zitten, klaar om weg te gaan. # gespreksvraag: Hoe open je een gesprek met een jongere van wie je vermoedt dat ze wordt uitgebuit?
+ [Ik zeg: "Ik maak me zorgen om je. Je bent vaak moe, je mist lessen, en Wouter zag blauwe plekken. Je hoeft niets te vertellen, maar ik ben er." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt wat je ziet, zonder oordeel, en laat de regie bij Sylvia. Zo is het gesprek uit stap 3 van de Meldcode bedoeld: ze hoeft zich niet te verdedigen, en de kans wordt groter dat ze iets vertelt. #bron: Meldcode stap 3; Tip 6; VRK art. 12]
    ~ vertrouwen += 2
+ [Ik begin over het leesdossier en over thuis. Over mijn zorgen begin ik nog niet: eerst moet ze zich op haar gemak voelen, anders klapt ze dicht. #belang: +1 #geen_schuld: +1 #feedback: Rustig beginnen is niet verkeerd: onthullingen komen vaak terloops, bij iemand die beschikbaar is en niet oordeelt. Maar Sylvia zit op het puntje van haar stoel en heeft weinig tijd. Als je niet zegt wat je ziet, weet ze niet dat ze het mag vertellen. #bron: Meldcode stap 3; Tip 6]
    ~ vertrouwen += 1
+ [Ik vraag: "Wie is die man die je steeds ophaalt? Waarom ga je eigenlijk met hem mee? Ik wil het gewoon begrijpen, ik ben niet boos." #geen_schuld: -3 #belang: -1 #feedback: "Waarom ga je met hem mee?" is victim blaming, ook als je het vraagt uit zorg: de vraag legt de verantwoordelijkheid bij Sylvia en leidt af van wie haar onder druk zet. Zulke vragen vergroten de schaamte en maken praten moeilijker. Vraag hoe het met haar gaat, niet waarom zij iets deed. #bron: Gids hoofdstuk 2; Tip 6; Terminologiegids]
    ~ vertrouwen -= 2
- {
  - vertrouwen >= 2: -> onthulling
  - vertrouwen >= 0: -> half_verhaal
  - else: -> dicht
  }

=== onthulling ===
Het blijft lang stil. Dan trekt Sylvia haar mouwen over haar handen.
Hij was in het begin zo lief. Hij gaf me wiet en pillen, zodat ik kon slapen. Gratis, zei hij. # spreker: Sylvia
Nu zegt hij dat ik alles moet terugbetalen. Niet met geld. # spreker: Sylvia # signaal: drugs_als_schuld # waarom: Eerst gratis drugs of cadeaus, daarna een 'schuld' die niet met geld mag worden terugbetaald: zo maakt een uitbuiter een kind afhankelijk en dwingt hij haar. # bron: Tip 2; Tip 4
Ik moet mee naar zijn vrienden. Steeds een ander huis, soms in een andere stad. # spreker: Sylvia # signaal: steeds_ander_huis # waarom: Een kind dat naar steeds andere adressen wordt gebracht, ook in andere steden, wordt rondgebracht. Uitbuiting houdt zich niet aan gemeentegrenzen. # bron: Tip 8; Tip 4
Ze stopt. Je begrijpt wat ze zegt, en wat ze niet zegt.
Vertel het aan niemand. Echt niet. Als hij hoort dat ik iets heb gezegd... Hij weet op welke school mijn zusje zit. # spreker: Sylvia # signaal: dreiging_zusje # waarom: Dreigen met geweld tegen een broertje, zusje of ouders houdt een kind stil. Dat een kind niet praat, zegt dus niets over wat er gebeurt. # bron: Tip 2
-> geheim_vraag

=== half_verhaal ===
Sylvia haalt haar schouders op.
Hij zorgt gewoon voor me. Als ik niet kan slapen, geeft hij me wat. Wiet, soms een pil. # spreker: Sylvia
Maar nu sta ik bij hem in het krijt. Dat moet ik nog goedmaken. # spreker: Sylvia # signaal: in_het_krijt # waarom: Een volwassene die een kind drugs geeft en daarna zegt dat ze bij hem 'in het krijt' staat, maakt haar afhankelijk. Zo'n schuld is een bekend drukmiddel. # bron: Tip 2; Tip 4
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
+ [Ik zeg: "Dat kan ik niet beloven. Ik wil dat je veilig bent, en daar heb ik anderen voor nodig. Maar ik doe niets achter je rug om, en wat jij vindt, telt mee." #belang: +3 #verwijzing: +1 #feedback: Je neemt Sylvia's angst en haar mening serieus, maar belooft niets wat je niet kunt waarmaken. Haar veiligheid weegt zwaarder dan haar wens om te zwijgen, en door open te zijn over wat je doet, blijf je betrouwbaar: zonder toestemming is niet zonder medeweten. #bron: VRK art. 12; VRK art. 3; Tip 6]
    ~ vertrouwen += 1
    { vertrouwen >= 3:
        Ze slikt. Dan knikt ze, heel klein.
        Oké. Maar niet mijn moeder. Nog niet. Dat wil ik zelf vertellen, met iemand erbij. # spreker: Sylvia
        Je zegt dat je dat meeneemt, en je meent het.
    - else:
        Ze snuift en loopt weg. Maar ze gooit de deur niet dicht.
    }
    -> besluit
+ [Ik zeg: "Ik doe niets zonder dat jij het weet. Kom morgen weer; dan bedenken we samen wie we om hulp kunnen vragen." #belang: +2 #verwijzing: -1 #feedback: Je betrekt Sylvia bij wat er gebeurt, en je belooft geen geheimhouding. Dat is veel waard. Maar je zegt niet dat je hoe dan ook iemand gaat inschakelen, en 'morgen samen' kan ze horen als: niets zonder mijn ja. Wees nu al eerlijk dat je hulp gaat halen, ook als ze dat eng vindt. #bron: VRK art. 12; Tip 6; Meldcode stap 3]
    Sylvia knikt. Ze lijkt opgelucht dat er vandaag niets hoeft.
    -> besluit
+ [Ik zeg: "Beloofd. Dit blijft tussen ons. Dan weet je dat je bij mij altijd terechtkunt." #belang: -3 #verwijzing: -1 #feedback: Je wilt haar vertrouwen niet kwijtraken, en dat is begrijpelijk. Maar dit is een belofte die je niet kunt houden: houd je je eraan, dan blijft Sylvia onbeschermd; kom je erop terug, dan voelt ze zich verraden. Beloof alleen wat je kunt waarmaken. #bron: Tip 6; VRK art. 3]
    ~ geheim = true
    Sylvia ontspant een beetje. Dan gaat ze. Jij blijft achter met iets wat je nu niet meer kwijt kunt.
    -> besluit

=== besluit ===
Je gaat naar Inge Verhoef, de aandachtsfunctionaris, en vertelt haar hoe het gesprek is gegaan. # plek: kantoor # tijd: Dinsdag, 15.30 uur # route: aandachtsfunctionaris
{ geheim:
    Je vertelt Inge ook dat je Sylvia geheimhouding hebt beloofd. Ze zegt er niets van, maar ze kijkt je lang aan.
}
Buiten wordt een schoolreis naar Parijs aangekondigd; iemand plakt een poster op de deur.
Inge legt het afwegingskader van de meldcode op tafel en vraagt wat jij nu wilt doen. # gespreksvraag: Wat weegt hier zwaarder: wat Sylvia vraagt, of wat ze nodig heeft? En hoe doe je recht aan allebei?
+ {not geheim} [Ik meld met Inge bij Veilig Thuis en we bellen de zorgcoördinator mensenhandel. Eerst zeg ik Sylvia wat we melden, en waarom. #verwijzing: +3 #belang: +2 #feedback: Als een kind zelf over dwang vertelt, of als signalen op uitbuiting wijzen, is er acute of structurele onveiligheid: dan meld je bij Veilig Thuis. De zorgcoördinator mensenhandel zorgt dat de hulp past bij uitbuiting. Door Sylvia vooraf te vertellen wat je doet en haar te laten reageren, blijft ze betrokken bij wat er over haar wordt besloten. #bron: Meldcode stap 5; Tip 8; VRK art. 12]
    -> melden
+ {not geheim} [Ik bel eerst Veilig Thuis voor advies, zonder Sylvia's naam, en vraag hoe we zo kunnen melden dat de man het niet merkt. #verwijzing: +1 #belang: +1 #feedback: Advies vragen bij Veilig Thuis hoort bij stap 2 van de Meldcode, en je denkt aan haar veiligheid. Maar wat je nu weet, is al genoeg om te melden: bij acute of structurele onveiligheid is melden de norm, en een melding kan ook zo worden gedaan dat niemand aan de deur komt. Veilig Thuis zal je dat ook zeggen. #bron: Meldcode stap 2; Meldcode stap 5; Tip 8]
    Veilig Thuis luistert en zegt dan: wat u beschrijft, is acute onveiligheid. Doe nu een melding; wij denken mee over hoe dat veilig kan. # route: veilig_thuis
    -> melden
+ {geheim} [Ik zeg Sylvia eerlijk dat ik iets heb beloofd wat ik niet kan waarmaken. Daarna meld ik met Inge bij Veilig Thuis en bellen we de zorgcoördinator. #verwijzing: +3 #belang: +2 #feedback: Terugkomen op een belofte is pijnlijk, maar Sylvia's veiligheid gaat voor. Door het haar zelf en eerlijk te vertellen voordat je meldt, blijf je zo betrouwbaar mogelijk, en komt het signaal waar het hoort: bij Veilig Thuis en de zorgcoördinator mensenhandel. #bron: Meldcode stap 5; Tip 6; Tip 8]
    -> melden
+ {geheim} [Ik houd me aan mijn belofte en houd Sylvia zelf goed in de gaten. Als het erger wordt, kan ik altijd nog melden. #belang: -3 #verwijzing: -3 #feedback: Een belofte houden voelt loyaal, maar zo blijft Sylvia alleen met de man die haar uitbuit, en blijf jij alleen met wat je weet. Het is nu al ernstig genoeg om te melden. Een vertrouwensrelatie mag nooit in de weg staan van hulp. #bron: Tip 6; VRK art. 3; VRK art. 34]
    ~ wacht += 3
    -> afwachten
+ [Ik verwijs Sylvia naar de schoolmaatschappelijk werker, voor haar drugsgebruik en haar verzuim. Dat is hulp die ze meteen kan krijgen, hier op school, bij iemand die ze kent. #verwijzing: -2 #belang: -1 #feedback: Snelle hulp dichtbij klinkt goed, maar zo wordt alleen het zichtbare probleem aangepakt, terwijl de drugs juist het drukmiddel van de uitbuiter zijn. Sylvia heeft hulp nodig die uitbuiting herkent; daarvoor zijn Veilig Thuis en de zorgcoördinator mensenhandel er. #bron: Tip 6; Tip 8]
    -> doorverwezen

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
    Sylvia is nergens in school te vinden. Via de schoolapp stuur je alleen: 'Kom je morgen even bij me langs?' Wat je gaat melden, wil je haar zelf zeggen, niet op een scherm dat iemand anders kan lezen. # plek: spreekkamer
    De volgende ochtend staat ze in de deuropening. Ze hoort je aan met haar armen over elkaar en zegt niets.
}
Daarna bel je Veilig Thuis, met Inge naast je. # plek: telefoon # route: veilig_thuis # telefoon: luidspreker, Veilig Thuis # aanwezig: Inge
Wat u beschrijft, zien wij als acute onveiligheid. We pakken dit met voorrang op en stemmen af met de zorgcoördinator mensenhandel en, waar nodig, met de politie. Weet u of haar moeder een rol speelt in de uitbuiting? # spreker: Veilig Thuis
Voor zover je weet niet: ze werkt veel en zag weinig van wat er speelde. Jullie spreken af dat Veilig Thuis samen met school bepaalt hoe en wanneer zij wordt betrokken, en wat Sylvia daar zelf over wil.
{ melding == 1:
    Mirjam, de zorgcoördinator mensenhandel, kent het verhaal al van jullie anonieme telefoontje. Nu krijgt het een naam. Ze neemt contact op met de mensenhandelrechercheurs van de politie. # route: zorgcoordinator
- else:
    Daarna belt Inge de zorgcoördinator mensenhandel van de regio. Mirjam denkt mee over passende hulp en stemt af met Veilig Thuis en met de mensenhandelrechercheurs van de politie. # route: zorgcoordinator
}
~ melding = 2
-> crisis

=== doorverwezen ===
De schoolmaatschappelijk werker kan Sylvia donderdagochtend zien, voor een gesprek over middelengebruik en slaapritme. # plek: spreekkamer # tijd: Donderdag, 10.15 uur
Sylvia komt. Het gaat over wiet, over op tijd naar bed gaan en over haar verzuim. Over de man, de huizen en de 'schuld' vraagt niemand door; daar was de verwijzing niet voor.
-> crisis

=== afwachten ===
De weken gaan voorbij. Sylvia's stoel is vaker leeg dan bezet. # plek: klaslokaal # tijd: Twee weken later
Je stuurt haar via de schoolapp: 'Kom je even langs?' Ze leest het, maar antwoordt niet.
-> crisis

=== crisis ===
{ wacht >= 3 || (overhaast >= 1 && wacht >= 2):
    ~ weg = true
}
{
- weg: -> crisis_weg
- vertrouwen >= 3: -> crisis_bericht
- else: -> crisis_noor
}

=== crisis_weg ===
Na het laatste uur staat Noor, een klasgenoot van Sylvia, bij je deur. Ze heeft rode ogen. # plek: gang # tijd: Donderdag, 15.40 uur
Sylvia is al twee nachten niet thuis geweest. Haar moeder denkt dat ze bij een vriendin slaapt, maar dat is niet zo. Ze appte me net vanaf een nummer dat ik niet ken. Ze zit in een huis in een andere stad, ze weet niet eens waar. En vannacht moet ze ergens anders heen. Ze schreef dat ze bang is. # spreker: Noor # signaal: twee_nachten_weg # waarom: Een kind dat nachten wegblijft, vanaf een onbekend nummer laat weten dat ze in een onbekend huis zit en ergens heen moet, is in acuut gevaar. # bron: Tip 4; Tip 8
-> crisis_keuze

=== crisis_bericht ===
Na het laatste uur krijg je een bericht via de chat van de schoolapp. Het is van Sylvia. # plek: telefoon # tijd: Donderdag, 15.40 uur # telefoon: chat, Sylvia
hij haalt me om 7 uur op bij het station. ik moet mee naar een huis in een andere stad. ik wil niet. maar als ik niet kom gaat hij naar mijn zusje # spreker: Sylvia # signaal: ophalen_station # waarom: Een kind dat vertelt dat ze vanavond wordt meegenomen naar een huis in een andere stad, onder dreiging, is in acuut gevaar. Haar eigen bericht is een onthulling. # bron: Tip 8; Tip 2
Ze heeft het aan jou gestuurd. Dat is niet niks.
-> crisis_keuze

=== crisis_noor ===
Na het laatste uur staat Noor, een klasgenoot van Sylvia, bij je deur. # plek: gang # tijd: Donderdag, 15.40 uur
Ik weet niet of ik dit mag zeggen. Sylvia wordt vanavond om zeven uur bij het station opgehaald. Ze moet mee naar een huis in een andere stad, om iets af te betalen, zei ze. Ze wil niet, maar ze durft ook niet weg te blijven. # spreker: Noor # signaal: afbetalen_andere_stad # waarom: Meegenomen worden naar een huis in een andere stad 'om iets af te betalen', tegen haar zin: dat is uitbuiting die vanavond gebeurt, en dus acuut gevaar. # bron: Tip 8; Tip 2
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
Je hebt niet veel tijd om na te denken. # gespreksvraag: Wanneer is iets niet meer voor Veilig Thuis of een overleg, maar voor 112? # beleidsvraag: Tip 8: Sylvia woont in de ene gemeente, gaat in een andere naar school en wordt in een derde uitgebuit. Welke gemeente en welke politie pakken dit op, en weten ze dat van elkaar?
+ [Ik bel direct 112. Ik zeg wie Sylvia is, hoe oud ze is, wat ik weet over waar ze is of wordt opgehaald, en ik blijf bereikbaar voor vragen. #belang: +3 #verwijzing: +3 #feedback: Bij acuut gevaar bel je 112: nu telt elke minuut. Veilig Thuis en de zorgcoördinator zijn er voor melden, advies en hulp, maar niet voor wat er vanavond gebeurt. De politie kan Sylvia beschermen en heeft de middelen om haar te vinden. #bron: Tip 8; VRK art. 34; VRK art. 35]
    -> bel_112
+ [Ik bel eerst Sylvia's moeder, en dan samen met haar 112. Zij is haar moeder: ze moet het weten, en ze kan de politie meer vertellen dan ik. #belang: +1 #verwijzing: +1 #feedback: Ouders horen erbij, en zij weet misschien dingen die de politie helpen. Maar bij acuut gevaar gaat 112 voor alles: elk telefoontje ervoor kost minuten, en de moeder kan daarna nog steeds alles vertellen. Bel eerst 112, dan haar. #bron: Tip 8; VRK art. 18; VRK art. 19]
    -> bel_112
+ [Ik ga zelf op zoek naar Sylvia. Als ik erbij ben, neemt hij haar niet mee; zodra ik hem zie, bel ik 112. #belang: -2 #verwijzing: -2 #feedback: Je wilt haar redden, maar je brengt jezelf en Sylvia in gevaar en je waarschuwt de man. Uitbuiters schrikken nergens voor terug als ze dreigen iemand kwijt te raken. Bij acuut gevaar is 112 de weg: de politie kan wat jij niet kunt. #bron: Tip 6; Tip 8]
    -> zelf_erheen

=== bel_112 ===
~ gevonden = true
De meldkamer stelt korte, duidelijke vragen. Je vertelt wie Sylvia is en hoe oud ze is, en {weg:je geeft het onbekende nummer door en wat ze aan Noor schreef|je noemt het station, de tijd en de auto}. {melding == 2:Je zegt erbij dat Veilig Thuis en de zorgcoördinator mensenhandel al betrokken zijn.|Je vertelt ook wat je de afgelopen weken hebt gezien.} # plek: telefoon # route: politie # telefoon: bellen, 112
{ weg:
    Die nacht vindt de politie Sylvia in een woning in een andere stad, via het nummer waarmee ze Noor appte. Ze was bijna drie dagen weg. # tijd: Vrijdag, 3.10 uur
- else:
    Om kwart over zeven belt Inge je terug: de politie heeft de auto bij het station staande gehouden. Sylvia is in veiligheid, voor nu. Haar moeder is onderweg naar het politiebureau. # tijd: Donderdag, 19.15 uur
}
Een mensenhandelrechercheur neemt het over. Sylvia wordt die nacht ook gezien door het Centrum Seksueel Geweld, voor medische zorg en om met iemand te kunnen praten. # route: csg
-> zorg_overleg

=== zelf_erheen ===
{ weg:
    Je belt het nummer waarmee Sylvia Noor appte. Een man neemt op. Als je zegt wie je bent, hangt hij op. Daarna staat het nummer uit. # plek: telefoon # tijd: Donderdag, 15.55 uur # telefoon: bellen, Onbekend nummer
- else:
    Bij het station staat de auto er al. Als je dichterbij komt, ziet de man je. Hij trekt op voordat je bij het portier bent, met Sylvia op de achterbank. # plek: straat_avond # tijd: Donderdag, 18.55 uur
}
{weg:Pas dan bel je 112. Het spoor via dat nummer is koud geworden.|Pas dan bel je 112. Er is kostbare tijd verloren.} # route: politie
{ melding == 2:
    ~ gevonden = true
    ~ weg = true
    Omdat Veilig Thuis en de zorgcoördinator mensenhandel de politie al hadden ingelicht, weten de rechercheurs wie de man is. Twee dagen later vinden ze Sylvia, in een woning in weer een andere stad. Ze wordt gezien door het Centrum Seksueel Geweld. # route: csg
    -> zorg_overleg
- else:
    De politie zoekt, maar niemand heeft een volledig beeld van wie de man is en waar hij haar naartoe brengt. Sylvia blijft weg.
    -> niet_gevonden
}

=== zorg_overleg ===
Je zit aan tafel bij het wijkteam met Inge, Sylvia's moeder, een medewerker van Veilig Thuis, iemand van het wijkteam en Mirjam, de zorgcoördinator mensenhandel. # plek: wijkteam # tijd: Een week later # route: wijkteam # aanwezig: Inge, Moeder van Sylvia, Medewerker Veilig Thuis, Medewerker wijkteam, Mirjam, tafel # gezicht: Moeder van Sylvia, bezorgd
{ melding < 2:
    Voor Veilig Thuis en Mirjam is bijna alles nieuw. Wat op school al weken bekend was, horen ze nu pas.
}
Sylvia zit voorlopig op een crisisplek. Haar begeleider daar vertelt dat ze slecht slaapt. Ze wil naar huis, en tegelijk is ze doodsbang dat de man haar daar vindt.
Mirjam legt uit wat zij doet: adviseren en de lijnen bij elkaar houden. Een plek aanvragen loopt via het wijkteam, dat de toegang tot jeugdhulp regelt. Dan vraagt ze wat school ziet als de beste volgende stap. # route: zorgcoordinator # gespreksvraag: Wat heeft een meisje als Sylvia nu het meest nodig, en wie beslist dat met haar? # beleidsvraag: Tip 6: Kan een minderjarig slachtoffer van seksuele uitbuiting in onze regio meteen naar een landelijk gespecialiseerd centrum, en wie in de gemeente beslist daarover?
+ [Ik stel voor dat iemand die Sylvia vertrouwt haar eerst vraagt wat ze wil en waar ze bang voor is. Daarna pleit ik voor een gespecialiseerd centrum. #belang: +3 #verwijzing: +2 #feedback: Minderjarige slachtoffers van seksuele uitbuiting hebben gespecialiseerde hulp nodig die het hele verhaal behandelt, niet alleen het gedrag. En over die hulp wordt niet over Sylvia heen beslist: wie haar hoort, weet ook waar ze bang voor is, en hulp die ze zelf mee heeft gekozen, houdt ze langer vol. #bron: VRK art. 12; Tip 6; VRK art. 39]
    ~ specialistisch = true
    ~ gehoord = true
    Haar begeleider praat die middag met Sylvia. Ze wil niet ver weg, maar nog minder terug naar de stad waar de man woont. Als ze hoort dat ze in het centrum ook naar school kan, zegt ze ja, als haar moeder mee mag naar de intake.
    -> plek
+ [Ik pleit voor een plek bij een landelijk gespecialiseerd centrum, ver van de stad waar de man woont, en zo snel mogelijk. Elke dag dat ze hier zit, kan hij haar vinden. #belang: +1 #verwijzing: +2 #feedback: Gespecialiseerde hulp op een veilige plek is wat Sylvia nodig heeft, en haast is begrijpelijk. Maar het overleg besluit zonder dat iemand Sylvia heeft gevraagd wat zij wil en waar ze bang voor is. Een kind dat over zich heen voelt beslissen, loopt sneller weg; haar horen kost een dag, niet een week. #bron: Tip 6; VRK art. 12; VRK art. 39]
    ~ specialistisch = true
    -> plek
+ [Ik stel voor dat ze eerst hulp krijgt bij de verslavingszorg hier in de buurt. Dan blijft ze dicht bij haar moeder en bij school, en dat wil ze zelf ook het liefst, zegt haar begeleider. #belang: -2 #verwijzing: -2 #feedback: Dichtbij blijven is wat Sylvia nu wil, en dat telt. Maar de drugs zijn het drukmiddel van de uitbuiter, niet de kern. Als alleen het zichtbare gedrag wordt behandeld, gaat Sylvia van hulpverlener naar hulpverlener en blijft het trauma liggen, in de stad waar de man haar kan vinden. Vertel haar wat een gespecialiseerd centrum kan bieden, en laat haar dan kiezen. #bron: Tip 6; VRK art. 39; VRK art. 12]
    Sylvia blijft op de crisisplek in de regio en krijgt een afspraak bij de verslavingszorg. Over de man en de huizen praat niemand met haar door; dat is 'voor later'.
    -> nazorg

=== plek ===
{ systeem_faalt:
    -> geen_plek
}
Het wijkteam vraagt de plek aan; de gemeente geeft binnen een week toestemming. Sylvia kan terecht bij een landelijk behandelcentrum, ver van de stad waar de man woont. School maakt een plan zodat haar lessen op afstand doorlopen. # route: gemeente
-> nazorg

=== geen_plek ===
Twee dagen later belt Mirjam. Het landelijke centrum heeft geen plek: de wachttijd is minstens zes weken. Een ander centrum heeft ook een wachtlijst. # plek: telefoon # tijd: Tien dagen later # route: zorgcoordinator # telefoon: bellen, Mirjam
De crisisplek kan Sylvia maar vier weken houden. De gemeente stelt voor dat ze daarna naar een gewone leefgroep in de regio gaat, tussen jongeren met heel andere problemen. # route: gemeente
Gisteren zag een begeleider een auto langzaam langs de crisisplek rijden. # gespreksvraag: Je hebt gedaan wat je moest doen, en er is geen plek. Wat doe je nu, en wat had de gemeente moeten regelen? # beleidsvraag: Tip 6: Wat regelt onze gemeente als er geen plek is bij een gespecialiseerd centrum? Wie betaalt de overbrugging, en wie houdt bij hoe vaak dit gebeurt?
+ [Ik vraag Mirjam en het wijkteam om hulp van het centrum al naar de crisisplek te halen tot er plek is, en ik bel Sylvia elke week. Wat er misgaat, zet ik op papier voor de gemeente. #belang: +2 #verwijzing: +2 #feedback: Je laat Sylvia niet los terwijl het systeem haar laat wachten: specialistische hulp die alvast langskomt, iemand die belt, en de wachttijd zwart op wit bij de gemeente. Zo wordt een gat in het systeem zichtbaar voor wie het kan dichten. #bron: Tip 6; Tip 5; Tip 8]
    ~ wachtlijst = true
    Het centrum stuurt een ambulant hulpverlener naar de crisisplek, twee keer per week. Na zeven weken komt er een plek vrij. Sylvia verhuist, met haar moeder erbij.
    -> nazorg
+ [Ik vraag de gemeente om een plek bij een ander gespecialiseerd centrum, ook als dat verder weg is of meer kost. Sylvia kan niet zes weken wachten. #verwijzing: +2 #belang: +1 #feedback: Je houdt vast aan wat Sylvia nodig heeft en zoekt verder, en dat is terecht. Maar ook de andere centra hebben een wachtlijst, en intussen heeft Sylvia niemand die met haar over wat er gebeurde praat. Hulp die de wachttijd overbrugt, en iemand die contact houdt, zijn net zo nodig. #bron: Tip 6; Tip 8]
    ~ wachtlijst = true
    De gemeente zoekt mee. Na acht weken kan Sylvia terecht bij een centrum aan de andere kant van het land. Tot dan zit ze op de crisisplek en daarna twee weken in een leefgroep.
    -> nazorg
+ [Ik stem in met de leefgroep in de regio. Die plek is er nu, en wachten op iets beters kan ook schaden. #belang: -1 #verwijzing: -1 #feedback: Een plek die er nu is, lijkt beter dan wachten, en soms is dat zo. Maar een gewone leefgroep in de regio is niet ingericht op uitbuiting en ligt binnen bereik van de man. Houd vast aan gespecialiseerde hulp, en vraag wat er tot die tijd kan. #bron: Tip 6; VRK art. 39]
    ~ specialistisch = false
    Sylvia gaat na vier weken naar een leefgroep in de regio. Haar aanmelding bij het centrum wordt ingetrokken: ze heeft nu immers een plek.
    -> nazorg

=== nazorg ===
{ specialistisch:
    Een paar weken later mag je Sylvia beeldbellen, met haar begeleider erbij. {wachtlijst:Ze zit sinds kort in het behandelcentrum, na weken wachten.|Ze woont nu in het behandelcentrum, ver van de stad waar de man woont.} # plek: telefoon # tijd: Een paar weken later # telefoon: video, Sylvia
- else:
    Een paar weken later mag je Sylvia beeldbellen. Ze zit in een leefgroep in de regio en wacht op 'iets passends'. # plek: telefoon # tijd: Een paar weken later # telefoon: video, Sylvia
}
Ze heeft haar haar geverfd, donkerrood. Ze ziet er moe uit, maar ze lacht even als ze je ziet. Dan kijkt ze weg.
Iedereen doet nu zo moeilijk. Maar het is toch ook mijn eigen schuld. Ik ben zelf steeds met hem meegegaan. # spreker: Sylvia # gespreksvraag: Wat zeg je tegen een kind dat zichzelf de schuld geeft van haar eigen uitbuiting? # beleidsvraag: Tip 9: Hoe horen wij van jongeren als Sylvia, en van ervaringsdeskundigen, of de hulp in onze gemeente bij hen aansloot? # gezicht: Sylvia, gesloten
+ [Ik zeg: "Het is niet jouw schuld. Hij heeft je afhankelijk gemaakt en misbruikt. Wat hij deed, is strafbaar." #geen_schuld: +3 #belang: +1 #feedback: Je legt de schuld waar die hoort: bij de man die haar uitbuitte. Veel slachtoffers voelen zich medeschuldig, juist omdat de uitbuiter hen dat liet geloven. Erkennen wat haar is aangedaan, is een eerste stap naar herstel. #bron: Gids hoofdstuk 2; Tip 6; VRK art. 39]
    ~ troost = true
    Het blijft even stil.
    Dat zegt mijn begeleider ook. Misschien geloof ik het ooit. # spreker: Sylvia
+ [Ik zeg: "Veel meiden die dit meemaken, denken dat. Wil je me vertellen waarom jij het denkt? Ik luister, en ik vind er niets van." #geen_schuld: +1 #belang: +1 #feedback: Je luistert, je oordeelt niet en je laat haar merken dat ze niet de enige is. Dat is goed. Maar je laat haar gedachte dat het haar schuld is staan. Zeg het ook hardop: het is niet haar schuld, het is wat de uitbuiter haar liet geloven. #bron: Tip 6; Gids hoofdstuk 2]
    Sylvia denkt na.
    Omdat ik steeds terugging. Ook toen ik wist wat er zou gebeuren. # spreker: Sylvia
    Je zegt dat dat is wat angst en afhankelijkheid met iemand doen. Ze knikt, maar je weet niet of ze je gelooft.
+ [Ik zeg: "Je hebt in elk geval ingezien wat er gebeurde. Dat is de eerste stap om te zorgen dat het niet nog eens gebeurt." #geen_schuld: -2 #belang: -1 #feedback: Je bedoelt het bemoedigend, maar 'zorgen dat het niet nog eens gebeurt' legt de taak bij Sylvia, alsof zij het had kunnen voorkomen. Dat bevestigt wat de uitbuiter haar liet geloven. Wat er gebeurde, is haar aangedaan; voorkomen is de taak van volwassenen. #bron: Gids hoofdstuk 2; Tip 6; Terminologiegids]
    Sylvia kijkt naar haar handen.
    Ja. Dat zal wel. # spreker: Sylvia
    Ze zegt dat ze moe is, en het gesprek is snel voorbij.
- -> einde

=== niet_gevonden ===
Sylvia is nog steeds weg. De politie zoekt. Op school valt haar naam steeds minder vaak. # plek: kantoor # tijd: Twee weken later
Inge vraagt wat jij nu nog kunt doen. # gespreksvraag: Wat kan school nog doen als een leerling uit beeld is verdwenen?
+ [Ik zet alles wat ik heb gezien en gehoord op een rij, met data, en deel het via Inge met Veilig Thuis, de zorgcoördinator en de politie. #verwijzing: +3 #belang: +2 #feedback: Losse fragmenten worden pas een beeld als iemand ze bij elkaar legt. Wat jij weet over de man, de auto, de huizen en de drugs kan helpen om Sylvia te vinden en te beschermen. Ook laat is beter dan nooit: laat niet los. #bron: Tip 8; Meldcode stap 1; VRK art. 35]
    ~ gedeeld = true
    Een mensenhandelrechercheur belt je de volgende dag met vragen. Je verhaal past bij twee meldingen uit twee andere gemeenten. # route: politie
+ [Ik laat de politie weten dat school klaarstaat: als ze iets nodig hebben, beantwoord ik hun vragen, hoe klein ook. #verwijzing: +1 #feedback: Je bent bereikbaar, en dat is goed. Maar de politie weet niet wat ze niet weet: wat jij zag over de man, de auto en de huizen, komt zo alleen boven als iemand er toevallig naar vraagt. Zet het zelf op een rij en deel het; elk fragment telt. #bron: Tip 8; Meldcode stap 1]
    De politie bedankt je. Er komen geen vragen.
+ [Ik noteer in het leerlingdossier wat er is gebeurd: "Sylvia is vertrokken met haar oudere vriend en verzuimt structureel." Dan staat het er voor wie het later leest. #geen_schuld: -2 #belang: -1 #feedback: Vastleggen is goed, maar woorden in een dossier gaan met een kind mee. Deze zin maakt van uitbuiting iets wat Sylvia deed, en van de uitbuiter een 'vriend'. Leg vast wat je zag en waarom je handelde, in woorden die zeggen wat haar is aangedaan. #bron: Terminologiegids; Gids hoofdstuk 2; Tip 6]
    De zin staat in het dossier. Iedereen die het later leest, leest Sylvia's verhaal door die bril.
- -> bericht_weg

=== bericht_weg ===
Op een zondagavond laat krijg je een bericht via de schoolapp. Het komt van Sylvia's account. # plek: telefoon # tijd: Zes weken later, zondag, 23.20 uur # telefoon: chat, Sylvia
sorry dat ik niet meer kom. het is allemaal mijn eigen schuld. niet zoeken # spreker: Sylvia
Je kijkt lang naar het scherm. Je weet niet wie er nog meer meeleest. # gespreksvraag: Wat schrijf je terug, en wat doe je daarna met dit bericht?
+ [Ik schrijf kort: "Je hoeft geen sorry te zeggen. Ik ben er als je wilt praten." Meer niet. Dan geef ik het bericht meteen door aan de politie. #geen_schuld: +1 #belang: +2 #verwijzing: +2 #feedback: Je houdt de deur open zonder iets te schrijven wat haar in gevaar brengt als iemand meeleest, en je legt geen schuld bij haar. Dat je het bericht doorgeeft, ook al vraagt ze je niet te zoeken, is in haar belang: haar veiligheid gaat voor. #bron: Tip 6; Tip 8; VRK art. 3]
    ~ geantwoord = true
+ [Ik schrijf niets terug en geef het bericht meteen door aan de politie. Zij weten of en hoe ik het best kan antwoorden. #verwijzing: +2 #feedback: Het bericht hoort bij de politie, en overleggen voordat je antwoordt, is voorzichtig. Maar Sylvia hoort nu niets terug, op het moment dat ze zichzelf de schuld geeft. Een kort, veilig antwoord ('je hoeft geen sorry te zeggen, ik ben er') had de deur opengehouden zonder haar in gevaar te brengen. #bron: Tip 8; Tip 6]
+ [Ik schrijf: "Het is niet jouw schuld. Ik geef dit door aan de politie, zodat ze je kunnen helpen. Je kunt ook anoniem praten bij Chat met Fier." #geen_schuld: +2 #belang: -2 #verwijzing: +1 #feedback: Wat je schrijft, is waar en vriendelijk, en je bent eerlijk over wat je doet. Maar je weet niet wie er op haar telefoon meeleest. Schrijf in een bericht geen plannen en noem de politie niet: dat kan haar in gevaar brengen en waarschuwt wie haar vasthoudt. Zeg het kort en veilig, en geef het bericht door. #bron: Tip 6; VRK art. 19; Tip 8]
    ~ geantwoord = true
- -> einde

=== einde ===
{
- not gevonden: -> einde_uit_beeld
- not specialistisch: -> einde_rondgestuurd
- weg or melding < 2: -> einde_laat
- else: -> einde_beschermd
}

=== einde_beschermd ===
Sylvia woont nog in het behandelcentrum. Ze krijgt hulp bij wat haar is aangedaan, gaat daar naar school en komt met vallen en opstaan van de drugs af. # plek: klaslokaal # tijd: Vier maanden later
{ wachtlijst:
    De weken wachten hebben haar geen goed gedaan: in die tijd zocht de man weer contact, via een nieuw account. Het centrum begon daarom met haar veiligheid, niet met haar verhaal.
}
{ gehoord:
    Twee keer stond ze op het punt terug te gaan naar de man die haar uitbuitte. De tweede keer belde ze zelf haar begeleider. 'Ik heb hier zelf ja tegen gezegd,' zei ze.
- else:
    De eerste weken wilde ze weg. Ze was er nooit naar gevraagd, zei ze. Het kostte haar begeleiders maanden om dat goed te maken.
}
De recherche onderzoekt de zaak. Of Sylvia aangifte doet, beslist ze zelf, in haar eigen tempo en met steun. # route: politie
{ troost:
    Af en toe stuurt ze je een kort bericht. Meestal staat er alleen: nog steeds hier.
- else:
    Ze houdt contact met haar begeleiders, niet met school. Misschien komt dat nog.
}
Sylvia is veilig en krijgt gespecialiseerde hulp, omdat de signalen op tijd op de juiste plek kwamen. Maar haar herstel gaat jaren duren, en die hulp moet ook na haar achttiende doorlopen. # einde: beschermd
-> END

=== einde_laat ===
Sylvia woont nu in een landelijk behandelcentrum en krijgt de hulp die ze nodig heeft. # plek: klaslokaal # tijd: Vier maanden later
{ weg:
    Maar voordat iemand ingreep, was ze dagenlang uit beeld, in handen van de man en zijn netwerk.
- else:
    Maar de eerste melding kwam pas toen het al acuut was. Wat school al weken wist, lag al die tijd bij niemand anders.
}
Ze vertrouwt volwassenen minder dan ooit. In de behandeling praat ze nauwelijks, en één keer liep ze weg, terug naar de stad waar de man woont. De politie bracht haar terug.
{ troost:
    Eén keer stuurt ze je een bericht via de schoolapp, om te vragen of je niet boos op haar bent.
}
Sylvia krijgt nu gespecialiseerde hulp, maar de melding kwam laat, en dat laat sporen na: ze is langer in handen van haar uitbuiter geweest dan nodig was, en haar herstel begint verder terug. # einde: laat_gemeld
-> END

=== einde_rondgestuurd ===
Sylvia gaat van de crisisplek naar een gewone leefgroep in de regio. Iedere hulpverlener pakt een stukje aan: haar drugsgebruik, haar woede, haar verzuim. # plek: klaslokaal # tijd: Vier maanden later
Over wat haar is aangedaan, praat niemand echt met haar door.
Na twee maanden loopt ze weg uit de leefgroep. Een week later ziet een collega haar bij het station in een auto stappen.
{ troost:
    Dat je haar zei dat het niet haar schuld was, is misschien het enige wat ze meeneemt. Het is niet genoeg, maar het is iets.
}
Sylvia is uit de acute situatie gehaald, maar niet bij gespecialiseerde hulp terechtgekomen. Ze gaat van loket naar loket, haar trauma blijft onbehandeld en de kans dat ze opnieuw wordt uitgebuit, is groot. # einde: van_loket_naar_loket
-> END

=== einde_uit_beeld ===
{ geantwoord:
    Je bericht wordt gelezen, maar er komt geen antwoord. De politie onderzoekt het account en het nummer waarmee is ingelogd. # plek: telefoon # tijd: Drie maanden later
- else:
    Er komt geen nieuw bericht meer. De politie onderzoekt het account en het nummer waarmee is ingelogd. # plek: telefoon # tijd: Drie maanden later
}
{ gedeeld:
    Jouw overzicht ligt bij de recherche, naast de meldingen uit andere gemeenten. Misschien helpt het ooit om haar te vinden. Misschien helpt het een ander meisje.
}
School schrijft Sylvia uit. Haar naam verdwijnt van de klassenlijst.
Sylvia is uit beeld verdwenen. De signalen waren er, in losse stukjes bij verschillende mensen, maar ze kwamen niet op tijd samen op een plek waar iemand kon ingrijpen. # einde: uit_beeld
-> END
