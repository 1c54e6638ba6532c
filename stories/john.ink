# titel: John
# kind: John, 14 jaar
# leeftijd: 14
# thema: Sextortion die overgaat in criminele uitbuiting: afgeperst om zijn bankrekening uit te lenen
# rol: Jongerenwerker in een jongerencentrum
# duur: 25
# volgorde: 3
# kaartbeeld: telefoon
# inhoud: Deze casus gaat over John, een jongen van 14. Iemand die hij vertrouwde, perst hem af met naaktfoto's die hij heeft gestuurd, en eist nu zijn bankrekening. Je ziet geen beelden en niets expliciets, wel dreigberichten op zijn telefoon, zijn schaamte en zijn angst. Je kunt op elk moment pauzeren of stoppen. Raakt dit onderwerp je persoonlijk, neem dan de tijd. Aan het eind lees je waar je terechtkunt.
# persoon: John, 14, John
# persoon: Moeder van John, 45, John
# persoon: Vader van John, 47, John
# persoon: Milan, 16
# persoon: Zorgcoördinator, 49
# persoon: Rechercheur, 42
# persoon: Wijkagent, 38

// Hoe de casus bijhoudt wat er gebeurt (alleen variabelen, geen bezoektellingen van knopen,
// zodat de verkenner snel blijft; alle keuzes zijn + keuzes):
// vertrouwen: hoeveel John jou (nog) vertrouwt
// wacht: hoeveel tijd er verloren ging doordat niemand doorvroeg of doorpakte
// pas_afgegeven: John heeft zijn pas en codes al afgegeven
// bewijs: de berichten zijn bewaard (niet verwijderd)
// confrontatie: iemand heeft de afperser of zijn loopjongen uitgedaagd
// route: waar het signaal terechtkwam ("geen", "zc", "vt", "politie", "politie_hersteld", "anoniem")
// ouders: 1 = samen met John verteld, 2 = John vertelde het zelf, -1 = buiten hem om
// moment: wanneer John het vertelt ("donderdag", "vrijdag" of "week_later")
// scooter_gezien: je zag John dinsdag buiten bij de jongen met de scooter
// belofte: wat je John beloofde ("geen" of "geheim")
// zc_onbereikbaar: de zorgcoördinator was niet bereikbaar (alleen als het systeem faalt)
// zc_laat: daarna werd gewacht tot zij terugbelde
// systeem_faalt: schakelaar voor de trainer (workshop): de professional doet het goed, het systeem niet
VAR vertrouwen = 0
VAR wacht = 0
VAR pas_afgegeven = false
VAR bewijs = true
VAR confrontatie = false
VAR route = "geen"
VAR ouders = 0
VAR moment = "donderdag"
VAR scooter_gezien = false
VAR belofte = "geen"
VAR zc_onbereikbaar = false
VAR zc_laat = false
VAR systeem_faalt = false

-> dinsdag

=== dinsdag ===
Dinsdagavond in jongerencentrum De Schakel. Bij de pooltafel wordt gelachen en op het grote scherm loopt het wekelijkse FIFA-toernooi. # plek: jongerencentrum # tijd: Dinsdag, 19.15 uur
Je werkt hier als jongerenwerker. John is veertien en komt al twee jaar drie avonden per week. Meestal is hij degene die het hardst juicht als hij scoort.
Hij komt binnen met natte haren van de regen en vraagt of hij zijn telefoon even aan de oplader achter de bar mag leggen.
Vanavond zit hij niet bij zijn vrienden aan de pooltafel, maar in zijn eentje op de bank bij het raam, met zijn capuchon op. # signaal: alleen_op_de_bank # waarom: John trekt zich terug uit de groep waar hij altijd middenin stond. Een plotselinge verandering in gedrag kan erop wijzen dat een jongere onder druk staat. # bron: Tip 4
Milan, zijn beste vriend, roept dat John morgen een wiskundetoets heeft en dus toch niet gaat winnen.
Na tien minuten haalt John zijn telefoon alweer op. Elke keer dat hij trilt, schrikt John, kijkt kort naar het scherm en legt het toestel met de voorkant naar beneden op de bank. # signaal: schrikt_van_telefoon # waarom: Schrikken van elk bericht en het scherm verbergen kan betekenen dat iemand hem via zijn telefoon onder druk zet. Afpersing en ronselen beginnen vaak online. # bron: Tip 4
Wat doe je? # gespreksvraag: Wat zie je hier, en wanneer is stil gedrag van een puber een reden om iets te doen?
+ [Ik pak twee blikjes cola en ga naast hem zitten: "Je hoeft niks te vertellen. Ik kom gewoon even zitten." #belang: +2 #feedback: Je maakt contact zonder druk en laat merken dat je hem ziet. Jongeren praten eerder met iemand die echt aandacht heeft en niet oordeelt; zo wordt de drempel om later iets te vertellen lager. #bron: Tip 4; Tip 6]
    ~ vertrouwen += 1
    -> dinsdag_naast
+ [Ik vraag Milan bij de bar of hij weet wat er met John is. Milan kent hem beter dan ik, en dan hoeft John niet meteen met een volwassene te praten. #belang: +1 #feedback: Je neemt je niet-pluisgevoel serieus en zoekt informatie bij iemand die dichtbij staat. Dat levert iets op, maar zo praat je over John in plaats van met hem, en Milan kan zich verplicht voelen een vriend te verraden. Een rustig moment met John zelf ligt dichter bij wat hij nodig heeft. #bron: Tip 4; VRK art. 16]
    -> dinsdag_milan
+ [Ik laat hem even met rust en houd hem vanachter de bar in het oog. Als hij er over een uur nog zo bij zit, ga ik naar hem toe. #belang: -1 #feedback: Ruimte geven is niet verkeerd, en je blijft opletten. Maar wie zich zo terugtrekt en van elk bericht schrikt, kan op dit moment onder druk staan, en een uur is lang. Even naast hem gaan zitten kost weinig en laat hem merken dat het je opvalt. #bron: Tip 4; VRK art. 3]
    ~ wacht += 1
    ~ scooter_gezien = true
    -> dinsdag_rust

=== dinsdag_naast ===
Een tijdje zitten jullie zwijgend naast elkaar. Op het scherm wint Milan met 3-1 en doet een dansje voor de camera.
Gaat wel. Gewoon moe. # spreker: John
Even later vertelt hij, zonder dat je ernaar vraagt, dat hij al twee weken niet naar voetbaltraining gaat. Vorig seizoen was hij nog aanvoerder. # signaal: niet_naar_training # waarom: Stoppen met iets wat hem veel betekende, past bij de veranderingen waar de gids op wijst: iemand die zich terugtrekt, heeft vaak iets zwaars aan zijn hoofd. # bron: Tip 4
Als hij om negen uur opstaat, blijft hij even staan. "Bedankt voor de cola," zegt hij. Het klinkt alsof hij nog iets wilde zeggen.
-> donderdag

=== dinsdag_milan ===
Milan haalt zijn schouders op en kijkt naar de pooltafel.
Hij doet al een week raar. Hij zei dat hij iemand geld schuldig is, maar hij wil niet zeggen wie. Zeg maar niet dat ik het zei. # spreker: Milan # signaal: geld_schuldig # waarom: Een schuld bij iemand die hij niet durft te noemen, is een bekend drukmiddel: uitbuiters houden jongeren vast met een schuld die nooit afgelost raakt. # bron: Tip 4; Tip 2
Even later ziet John jullie samen bij de bar staan. Hij pakt zijn jas en gaat een uur eerder weg dan anders.
-> donderdag

=== dinsdag_rust ===
Je gaat verder met de bar. Iemand heeft de keu van de pooltafel gebroken; je zoekt in de kast een nieuwe.
Tegen negen uur zie je door het raam dat John buiten staat bij een jongen van een jaar of twintig op een scooter. De jongen praat op hem in en houdt zijn telefoon omhoog; John kijkt naar de grond en knikt. # signaal: opgewacht_scooter # waarom: Een veel oudere jongen die hem buiten opwacht en op hem inpraat: opgewacht worden door oudere contacten is een bekend signaal van criminele uitbuiting. # bron: Tip 4
Als je even later weer kijkt, zijn ze allebei weg.
-> donderdag

=== donderdag ===
Donderdagmiddag is het rustig in het centrum. Twee meiden oefenen een dansje voor de spiegel in de zaal. John komt binnen, loopt meteen door naar de bar en bestelt niets. # plek: jongerencentrum # tijd: Donderdag, 16.40 uur
{vertrouwen > 0:Hij wacht tot er niemand anders in de buurt is.|Hij kijkt eerst een paar keer om zich heen.}
Zeg, wat gebeurt er eigenlijk als je je bankpas aan iemand uitleent? Voor een vriend, bedoel ik. # spreker: John
Terwijl hij het vraagt, draait hij zijn eigen bankpas rond tussen zijn vingers. Hij kijkt je niet aan. # signaal: vraag_bankpas # waarom: Een vraag 'voor een vriend' gaat vaak over de vrager zelf. Jongeren worden benaderd om hun pas en rekening af te staan, vaak onder druk. # bron: Tip 4; Tip 3
Wat zeg je? # gespreksvraag: John vraagt iets 'voor een vriend'. Hoe open je het gesprek zonder dat hij dichtklapt? # beleidsvraag: Tip 10: Horen jongeren in onze gemeente op school en in het jongerenwerk wat sextortion is, dat het afstaan van je bankrekening uitbuiting kan zijn, en waar ze anoniem terechtkunnen?
+ [Ik zeg: "Goeie vraag. Heb je even? Dan gaan we in mijn kantoortje zitten, ook als het over jezelf gaat." #belang: +2 #geen_schuld: +1 #feedback: Je neemt zijn vraag serieus, biedt een rustige plek en laat ruimte voor het echte verhaal, zonder te oordelen. Zo verlaag je de drempel om te vertellen dat het over hemzelf gaat. #bron: Tip 6; VRK art. 12]
    ~ vertrouwen += 1
    Je neemt hem mee naar je kantoortje en doet de deur dicht. John gaat op het puntje van de stoel zitten. # plek: kantoor
    Het is geen vriend. Het gaat over mij. # spreker: John
    -> onthulling
+ [Ik zeg: "Niet doen. Je vriend kan dan een geblokkeerde rekening krijgen en zelfs met de politie te maken krijgen. Maar vertel eens: wie vraagt hem dat eigenlijk, en waarom?" #belang: +1 #feedback: Je informatie klopt en je vraagt door naar wie erachter zit. Maar doordat je met de gevolgen begint, hoort John vooral dat hij zelf in de problemen zit als hij het doet. Wie bang is de schuldige te zijn, vertelt niet snel dat hij wordt gedwongen. Begin bij hem, en bewaar de risico's voor later. #bron: Tip 2; Tip 6]
    Gewoon iemand. Laat maar, het is niet zo belangrijk. # spreker: John
    Hij draait zich om en loopt naar buiten.
    -> donderdagavond
+ [Ik zeg streng: "Dan is hij een geldezel. Dat is witwassen, en daar krijg je een strafblad van. Ik zeg het je maar eerlijk, want ik wil niet dat jij of je vriend daarin trapt." #belang: -2 #geen_schuld: -2 #feedback: De risico's zijn echt, maar zo klinkt het als een beschuldiging terwijl hij misschien onder druk staat. Wie zo'n reactie krijgt, hoort dat hij zelf de dader is en gaat zwijgen, precies waar een afperser op rekent. Vraag eerst wat er speelt en laat merken dat hij niet de schuldige is. #bron: Tip 2; Tip 6; Gids hoofdstuk 2]
    ~ vertrouwen -= 1
    Het was maar een vraag. # spreker: John
    Hij draait zich om en loopt naar buiten.
    -> donderdagavond

=== donderdagavond ===
Donderdagavond, kwart voor elf. Na je avonddienst fiets je naar huis, langs de snackbar op het plein. # plek: straat_avond # tijd: Donderdag, 22.45 uur
Bij de pinautomaat naast de snackbar staat John. {scooter_gezien:De jongen met de scooter van dinsdag|Een jongen van een jaar of twintig met een scooter} staat vlak achter hem en kijkt mee op het schermpje. # signaal: pinautomaat_avond # waarom: Laat op de avond geld opnemen terwijl een oudere jongen meekijkt: iemand anders heeft zeggenschap over zijn geld. Dat is een signaal van afpersing of uitbuiting. # bron: Tip 4
John geeft hem een paar briefjes. Dan ziet hij jou, en hij kijkt snel weg.
~ scooter_gezien = false
Wat doe je? # gespreksvraag: Je ziet buiten je werktijd iets wat niet klopt. Wat is hier veilig, voor John en voor jou?
+ [Ik stap af en loop naar John, niet naar de oudere jongen: "Hé John, ik moet jouw kant op. Loop je even mee?" #belang: +2 #feedback: Je biedt John een veilige uitweg zonder de confrontatie te zoeken met iemand die gevaarlijk kan zijn. Je richt je op het kind, niet op de jongen met de scooter, en laat merken dat je er bent. #bron: VRK art. 19; Tip 6]
    ~ vertrouwen += 1
    De oudere jongen start zijn scooter en rijdt zonder een woord weg. John loopt zwijgend naast je mee.
    Bij zijn voordeur blijft hij staan.
    Ben jij morgen in het centrum? Ik moet je iets laten zien. # spreker: John
    ~ moment = "vrijdag"
    -> vrijdag
+ [Ik fiets door, maar thuis schrijf ik meteen op wat ik zag: de tijd, de plek, de scooter, het geld. Morgenochtend bespreek ik het met Ingrid, onze aandachtsfunctionaris. #verwijzing: +1 #belang: -1 #feedback: Vastleggen en overleggen zijn de eerste stappen van de Meldcode, en dat doe je goed. Maar op dit moment stond een jongen van veertien alleen bij iemand die geld van hem aannam, en jij was er. Een veilige uitweg bieden had hem vanavond al geholpen; opschrijven kan daarna. #bron: Meldcode stap 1; Meldcode stap 2; VRK art. 19]
    ~ wacht += 1
    ~ pas_afgegeven = true
    ~ moment = "week_later"
    Je fietst door. Achter je hoor je een scooter starten.
    Vrijdagochtend luistert Ingrid naar je aantekeningen. "Probeer hem te spreken als hij weer komt," zegt ze. "En bel me dan meteen." Maar John komt vrijdag niet. # route: aandachtsfunctionaris
    -> week_later
+ [Ik loop naar de oudere jongen: "Wat moet jij met hem? Laat hem met rust, of ik bel de politie." #belang: -2 #verwijzing: -1 #feedback: Je wilt John beschermen, maar wie iemand uit de omgeving van een afperser aanspreekt, brengt het kind in gevaar: John kan ervoor boeten dat hij zou hebben gepraat. Bied John een uitweg, en laat het contact met daders aan de politie. #bron: VRK art. 19; Tip 8]
    ~ confrontatie = true
    ~ vertrouwen -= 1
    De jongen lacht, zegt iets tegen John wat je niet verstaat en rijdt weg.
    Ben je gek geworden? Nu denken ze dat ik het heb verteld. # spreker: John
    Hij rent weg. De volgende ochtend krijg je een bericht van hem: "ik moet je spreken. het is echt heel erg."
    ~ moment = "vrijdag"
    -> vrijdag

=== vrijdag ===
Vrijdagmiddag staat John al bij de deur als je het centrum openmaakt. Hij heeft een zak chips bij zich die hij niet openmaakt. Je neemt hem mee naar je kantoortje en doet de deur dicht. # plek: kantoor # tijd: Vrijdag, 13.45 uur
-> onthulling

=== week_later ===
Het hele weekend hoor je niets van John. Maandagavond komt hij niet naar het centrum. # plek: jongerencentrum
Dinsdagavond komt Milan naar je toe. Hij kijkt ongemakkelijk. # tijd: Dinsdag, een week later
Je moet met John praten. Hij zit buiten op het bankje. Hij is helemaal kapot. # spreker: Milan
John loopt met je mee naar je kantoortje. Hij heeft zijn telefoon al in zijn hand. # plek: kantoor
-> onthulling

=== onthulling ===
John ontgrendelt zijn telefoon, opent een chat en schuift het toestel naar je toe. Hij scrolt langs de foto's; je kijkt alleen naar de berichten. De foto's hoef je niet te zien.
Het account heet Lisa. Zes weken lang stuurde "Lisa" hem elke dag berichtjes: een meisje van vijftien, van een school in een andere stad, dat hem begreep. Toen hij haar vertrouwde, veranderde de toon.
Ik kan met jou echt over alles praten. Met niemand anders heb ik dat. # plek: telefoon # spreker: Lisa
Kijk wat ik heb. En ik heb de namen van al je volgers en van je hele klas. # spreker: Lisa
150 euro vóór vrijdag. Anders stuur ik ze naar iedereen. # spreker: Lisa
heb het overgemaakt. laat me nu met rust alsjeblieft # spreker: John
Die 150 was niks. Nu ga je je bankrekening aan ons lenen. # spreker: Lisa
Je pas, je pincode en je inlogcodes. Maandag 20.00 uur bij de snackbar. Er komt iemand. # spreker: Lisa
Vertel je het aan iemand, dan krijgt je moeder ze als eerste. # spreker: Lisa
ik ben 14. ik doe alles maar dit niet # spreker: John
Dan weet je wat er gebeurt. # spreker: Lisa
{confrontatie:
    Wie was die man bij de pinautomaat? Als je hebt gepraat, weet je wat er gebeurt. # spreker: Lisa
}
{pas_afgegeven:
    Goed zo. Deze week komt er meer geld op. Niet aankomen. # spreker: Lisa
    Bijschrijving € 2.350,00 # spreker: Bankapp # signaal: geld_over_rekening # waarom: Grote bedragen van onbekenden die binnenkomen en meteen weer weggaan: zijn rekening wordt door anderen gebruikt om geld door te sluizen. Dat is een teken van criminele uitbuiting. # bron: Tip 4; Tip 3
    Geldopname € 1.000,00 # spreker: Bankapp
    Overboeking € 1.300,00 # spreker: Bankapp
}
John pakt de telefoon terug en legt hem op tafel, met het scherm naar beneden. Er zit een barst in het glas, al sinds de zomer, zegt hij. # plek: kantoor
{moment == "vrijdag":Gisteravond moest hij bij de pinautomaat ook zijn laatste geld opnemen en afgeven.}{moment == "week_later":Maandagavond heeft hij bij de snackbar zijn pas, zijn pincode en zijn inlogcodes afgegeven aan de jongen met de scooter.}
Hij kijkt je niet aan. Drie keer achter elkaar zegt hij dat hij zo dom is geweest, dat iedereen het gaat zien en dat hij nooit meer naar school kan. # signaal: schaamte # waarom: Schaamte en zelfverwijt houden slachtoffers van afpersing met beelden stil, jongens extra. Wie zichzelf de schuld geeft, zoekt geen hulp. # bron: Tip 4; Tip 2
Wat zeg je als eerste? # gespreksvraag: John zegt dat hij dom is geweest. Wat heeft hij nu als eerste van je nodig, en wat maakt het voor een jongen extra moeilijk om dit te vertellen? # beleidsvraag: Tip 9: Hoe horen wij jongens zoals John, en ervaringsdeskundigen, over wat hen had geholpen om eerder te praten? Zitten zij aan tafel als ons beleid wordt getoetst?
+ [Ik zeg: "Je bent niet dom. Iemand heeft wekenlang gedaan alsof ze te vertrouwen was, en misbruikt dat nu. Dat heet afpersing, en het is niet jouw schuld. Je bent ook echt niet de enige." #geen_schuld: +3 #belang: +1 #feedback: Je legt de schuld waar die hoort: bij wie hem afperst. Schaamte is bij afpersing met beelden, zeker voor jongens, de grootste drempel om hulp te zoeken. Door dit hardop te zeggen, maak je de volgende stap mogelijk. #bron: Helpwanted; Gids hoofdstuk 2; VRK art. 34]
    ~ vertrouwen += 2
    Het blijft lang stil. Dan veegt John met zijn mouw langs zijn ogen en knikt.
+ [Ik zeg: "Goed dat je het me laat zien. We kijken nu samen rustig wat er vóór maandag moet gebeuren, en je hoeft dat niet meer alleen te doen." #belang: +2 #feedback: Je biedt rust en houvast, en je laat hem niet alleen: dat heeft hij nodig. Maar op wat hij drie keer zei, dat hij dom is geweest, ga je niet in. Zolang niemand zegt dat het niet zijn schuld is, blijft die schaamte hem stil houden. Zeg het hardop. #bron: Tip 6; Gids hoofdstuk 2]
    ~ vertrouwen += 1
    John knikt, maar hij blijft naar de tafel kijken. "Iedereen gaat zeggen dat ik het zelf heb gedaan," mompelt hij.
+ [Ik vraag: "Hoe kon je haar zo vertrouwen? Je kende haar alleen van internet." #geen_schuld: -3 #belang: -1 #feedback: Je vraag is begrijpelijk, maar zo leg je de verantwoordelijkheid bij John in plaats van bij de afperser. Vragen naar het hoe en waarom versterken schaamte en schuld, en maken het moeilijker om hulp te zoeken. Iemand vertrouwen geeft niemand het recht je te chanteren. #bron: Gids hoofdstuk 2; Helpwanted; VRK art. 34]
    ~ vertrouwen -= 2
    John trekt zijn capuchon verder over zijn hoofd. "Weet ik ook wel," mompelt hij. Daarna zegt hij een hele tijd niets.
- -> bewijs_bewaren

=== bewijs_bewaren ===
Wat moet ik nou doen? Moet ik alles gewoon verwijderen? # spreker: John
Op tafel trilt zijn telefoon weer. Hij kijkt je aan alsof jij het antwoord moet weten. # gespreksvraag: Wat doe je bij afpersing met beelden met de berichten en de telefoon, en wie houdt daarbij de regie?
+ [Ik zeg: "Niet verwijderen. We maken samen screenshots, met de accountnaam en de datums. Daarna blokkeer je het account, en je betaalt en stuurt niets meer." #belang: +2 #verwijzing: +1 #feedback: Dit is het advies bij sextortion: niet ingaan op de eisen en niet betalen, bewijs bewaren, blokkeren, met een volwassene praten en aangifte doen. John houdt zelf de regie over zijn telefoon, en jij bekijkt of bewaart geen beelden. #bron: Helpwanted; VRK art. 12]
    Samen maken jullie de screenshots. Daarna blokkeert John het account.
    Je vertelt hem over Helpwanted: daar kan hij anoniem chatten over online misbruik, en ze kunnen helpen om beelden van platforms te laten verwijderen als die ergens opduiken. Wil hij met iemand anders praten zonder zijn naam te noemen, dan kan dat bij Chat met Fier of de Kindertelefoon.
    John zet de namen in zijn notities. "Dus ik ben niet de enige," zegt hij zacht.
+ [Ik zeg: "Je reageert nergens meer op en je betaalt niks. Zullen we nu samen Helpwanted bellen? Zij helpen elke dag jongeren met precies dit." #belang: +1 #verwijzing: +1 #feedback: Je geeft het goede advies, niet reageren en niet betalen, en je brengt hem bij de specialisten van Helpwanted. Dat is een goede stap. Alleen laat je de vraag over verwijderen even open, terwijl John op het punt staat dat te doen. Zeg eerst zelf: niets wissen, eerst screenshots. #bron: Helpwanted; Tip 8]
    Samen bellen jullie Helpwanted. De medewerker vraagt als eerste of John de berichten nog heeft. Gelukkig wel: hij had nog niets gewist. Samen maken jullie screenshots, daarna blokkeert hij het account.
    Ze zegt ook dat het niet zijn schuld is en dat ze kunnen helpen beelden te laten verwijderen als die ergens opduiken. John schrijft het nummer op.
+ [Ik zeg: "Verwijder die chat maar en blokkeer dat account. Wat er niet meer staat, kan niemand meer tegen je gebruiken, en dan heb je vannacht tenminste rust in je hoofd." #belang: -2 #feedback: Begrijpelijk, maar zo verdwijnt het bewijs dat de politie nodig heeft, terwijl de afperser de beelden gewoon houdt. Het advies bij sextortion is: eerst screenshots maken met de accountnaam en de datums, dan pas blokkeren. Afpersers duiken vaak op met een nieuw account. #bron: Helpwanted; VRK art. 34]
    ~ bewijs = false
    John verwijdert de chat en blokkeert het account. Even lijkt hij opgelucht.
    Een kwartier later trilt zijn telefoon weer.
    Dacht je dat blokkeren hielp? We hebben alles nog. # plek: telefoon # spreker: Onbekend
    {pas_afgegeven:Je rekening blijft van ons.|Maandag 20.00 uur. Niet vergeten.} # spreker: Onbekend
    Het bericht komt van een nieuw account, zonder profielfoto. De oude berichten zijn weg. # plek: kantoor # signaal: nieuw_account # waarom: Een nieuw account zonder profielfoto dat meteen dreigt: de afperser houdt vol en is georganiseerd. Een blokkade stopt afpersing zelden. # bron: Tip 4; Helpwanted
- -> geheimhouding

=== geheimhouding ===
John draait zijn telefoon rond in zijn handen.
Beloof je dat je het aan niemand vertelt? Niet aan mijn ouders, niet aan de politie. Anders zetten ze alles online. # spreker: John
Hij kijkt je nu wel aan. # gespreksvraag: John vraagt om geheimhouding. Wat kun je hem eerlijk beloven, en wat niet?
+ [Ik zeg: "Dat kan ik niet beloven. Wel dit: ik doe niets achter je rug om. Je hoort eerst van mij wat ik ga doen, en je denkt mee over hoe." #belang: +2 #verwijzing: +1 #feedback: Je neemt zijn angst serieus en bent eerlijk over wat je gaat doen. Zonder zijn toestemming is niet hetzelfde als zonder zijn medeweten: hij blijft betrokken, en jij kunt doen wat nodig is om hem te beschermen. #bron: VRK art. 12; VRK art. 3; Tip 6]
    John zucht diep. "Oké. Maar ik wil het wel eerst weten." Je spreekt af dat je hem bij elke stap op de hoogte houdt.
+ [Ik zeg: "Je ouders en de politie hoeven het nu nog niet te weten. Ik overleg eerst zonder je naam met iemand die hier verstand van heeft." #belang: +1 #verwijzing: +1 #feedback: Overleggen zonder naam is een goede eerste stap (Meldcode stap 2), en je houdt John erbij. Maar "nu nog niet" is een belofte die snel breekt: bij een jongen van veertien horen zijn ouders erbij, en vóór maandagavond moet de politie het weten. Zeg liever eerlijk wat je niet kunt beloven. #bron: Meldcode stap 2; VRK art. 12; Tip 6]
    John knikt langzaam. "Oké. Als het maar niet meteen de politie is."
+ [Ik zeg: "Ik beloof het. Dit blijft tussen ons. Je hebt al genoeg te verduren, en jij bepaalt wie het mag weten. Als je me nodig hebt, ben ik er, dag en nacht." #belang: -2 #verwijzing: -2 #feedback: Je wilt zijn vertrouwen houden, maar dit is een belofte die je niet kunt nakomen. Of je breekt haar later, of je laat John alleen met een afperser. Leg liever uit wat je wel en niet kunt beloven. #bron: Tip 6; Meldcode stap 5]
    ~ belofte = "geheim"
    John ontspant zichtbaar. "Echt? Dank je."
- -> dader_of_slachtoffer

=== dader_of_slachtoffer ===
{pas_afgegeven:
    Ik heb die pas gewoon gegeven. Er gaat nu geld over mijn rekening van mensen die ik niet eens ken. Ben ik nu zelf strafbaar? # spreker: John
- else:
    Maar als ik die pas maandag niet geef, zetten ze alles online. En als ik hem wel geef, doe ik toch ook iets wat niet mag? # spreker: John
}
Hij wacht op je antwoord. # gespreksvraag: Is John hier dader of slachtoffer? Wat doet jouw antwoord met zijn bereidheid om hulp te zoeken?
+ {not pas_afgegeven} [Ik zeg: "Jij wordt afgeperst. Wat iemand je onder dwang laat doen, maakt jou niet de schuldige. Die pas geef je niet af, en vóór maandag weten de juiste mensen het." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt de dwang en haalt de schuld bij hem weg. Iemand onder dreiging zijn rekening laten afstaan kan criminele uitbuiting zijn, een vorm van mensenhandel (art. 273f Sr). Volgens de Aanwijzing mensenhandel worden slachtoffers beschermd tegen vervolging voor wat ze gedwongen moesten doen; of dat voor John geldt, beoordeelt het OM. Zo blijft hij hulp zoeken in plaats van zich te verstoppen. #bron: Aanwijzing mensenhandel; art. 273f Sr; VRK art. 19]
    John zegt niets, maar zijn schouders zakken een stukje. Voor het eerst kijkt hij niet meer steeds naar de deur.
+ {pas_afgegeven} [Ik zeg: "Jij bent afgeperst en gedwongen. Dat maakt jou niet de schuldige. Die rekening moet wel zo snel mogelijk dicht, en dat regelen we samen." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt de dwang en haalt de schuld bij hem weg, en je pakt door: de rekening moet snel dicht. Iemand onder dreiging zijn rekening laten afstaan kan criminele uitbuiting zijn (art. 273f Sr). Volgens de Aanwijzing mensenhandel worden slachtoffers beschermd tegen vervolging voor wat ze gedwongen moesten doen; of dat voor John geldt, beoordeelt het OM. #bron: Aanwijzing mensenhandel; art. 273f Sr; VRK art. 19]
    John zegt niets, maar zijn schouders zakken een stukje. Voor het eerst kijkt hij niet meer steeds naar de deur.
+ [Ik zeg eerlijk: "Hoe de politie dat precies bekijkt, weet ik niet. Wel weet ik dat jij onder druk wordt gezet, en dat er regels zijn om mensen te beschermen die tot iets gedwongen worden. Dat zoeken we samen uit met iemand die het wel precies weet." #belang: +1 #geen_schuld: +1 #verwijzing: +1 #feedback: Je bent eerlijk over wat je niet weet en belooft niets wat je niet kunt waarmaken, en je wijst naar hulp. Dat is sterk. Wat John nu het hardst nodig heeft, is de zin dat hij niet de schuldige is; die mag je zonder twijfel zeggen. Of het OM hem als slachtoffer beschermt, beoordeelt het OM (Aanwijzing mensenhandel), maar dat hij gedwongen wordt, zie jij nu al. #bron: Aanwijzing mensenhandel; Tip 6; VRK art. 12]
    John knikt langzaam. "Dus het kan nog steeds dat ik zelf iets krijg." Je zegt dat je bij hem blijft, wat er ook komt.
+ {not pas_afgegeven} [Ik zeg: "Als je die pas afgeeft, ben je een geldezel, ook al word je gedwongen. Dus die geef je niet af, wat er ook gebeurt. Beloof me dat, dan weet ik dat het goed komt." #geen_schuld: -2 #belang: -1 #feedback: Je wilt hem tegenhouden, en dat doel klopt. Maar je maakt hem verantwoordelijk voor wat anderen hem opleggen, en je legt een last op een jongen van veertien die met beelden wordt gechanteerd. Wie onder dreiging zijn rekening moet afstaan, kan slachtoffer van uitbuiting zijn (art. 273f Sr). #bron: art. 273f Sr; Gids hoofdstuk 2; Tip 2]
    ~ vertrouwen -= 2
    John knikt langzaam, alsof hij dat zelf ook al dacht.
+ {pas_afgegeven} [Ik zeg: "Je hebt die pas wel zelf afgegeven, dus daar zul je je voor moeten verantwoorden, ook bij de politie. Maar ik help je daarbij, dat beloof ik." #geen_schuld: -2 #belang: -1 #feedback: Je biedt hulp, maar je maakt hem verantwoordelijk voor wat anderen hem opleggen. Hij gaf de pas onder dreiging. Wie zo wordt gedwongen, kan slachtoffer van uitbuiting zijn (art. 273f Sr), en de Aanwijzing mensenhandel beschermt slachtoffers tegen vervolging voor wat ze gedwongen deden. #bron: art. 273f Sr; Aanwijzing mensenhandel; Gids hoofdstuk 2]
    ~ vertrouwen -= 2
    John knikt langzaam, alsof hij dat zelf ook al dacht.
- -> melden

=== melden ===
{
- moment == "week_later":
    Woensdagochtend zit je vroeg aan je bureau. # plek: kantoor # tijd: Woensdag, 8.45 uur
- moment == "vrijdag":
    John is naar huis. Het is vrijdagmiddag en het weekend staat voor de deur. # plek: kantoor # tijd: Vrijdag, 16.15 uur
- else:
    Vrijdagochtend zit je vroeg aan je bureau. Buiten wordt de container geleegd. # plek: kantoor # tijd: Vrijdag, 8.45 uur
}
{pas_afgegeven:Zijn pas is al afgegeven, en er loopt geld via zijn rekening.|Maandagavond om acht uur wil "Lisa" zijn pas.}
{belofte == "geheim":Je hebt John beloofd dat het tussen jullie blijft. Die belofte zit je dwars.}
Je weet wat je hebt gezien: afpersing met beelden, en een eis om zijn rekening. Jullie organisatie werkt met de meldcode. # gespreksvraag: Met wie deel je dit nu, en hoe houd je John daarbij betrokken? Weten jullie wie de zorgcoördinator mensenhandel in jullie regio is? # beleidsvraag: Tip 3: Weten alle eerstelijnsprofessionals in onze gemeente dat afpersing met beelden kan overgaan in criminele uitbuiting, en wat ze dan moeten doen?
+ [Ik vertel John wat ik ga doen. Daarna overleg ik met Ingrid, onze aandachtsfunctionaris, en bellen we samen de zorgcoördinator mensenhandel van de regio. Met haar bespreken we ook de melding bij Veilig Thuis. #verwijzing: +3 #belang: +1 #feedback: Je brengt het signaal op de juiste plek en houdt het niet bij jezelf. De zorgcoördinator mensenhandel kent de route bij uitbuiting, adviseert en kan politie en hulp met elkaar verbinden; de meldcode leidt daarnaast naar Veilig Thuis. En John hoort eerst van jou wat er gaat gebeuren. #bron: Meldcode stap 2; Tip 8; Tip 3]
    ~ route = "zc"
    {belofte == "geheim":
        ~ vertrouwen -= 1
        Als je John belt om het te vertellen, is het even stil. "Je had het beloofd," zegt hij dan. Je legt uit waarom je die belofte niet kunt houden. Hij hangt op zonder gedag te zeggen.
    - else:
        John vindt het eng, maar hij wist dat het zou komen. "Als jij erbij blijft," zegt hij.
    }
    ~ belofte = "geen"
    -> zorgcoordinator
+ [Ik bel Veilig Thuis en doe een melding: een jongen van veertien wordt afgeperst en moet maandag zijn bankrekening afgeven. Ik vraag wie hier de zorgcoördinator mensenhandel is. #verwijzing: +2 #belang: +1 #feedback: Een goede route: een melding bij Veilig Thuis volgt de meldcode, en je vraagt meteen naar de zorgcoördinator mensenhandel, die de route bij uitbuiting kent. Twee dingen kunnen beter: overleg eerst met je aandachtsfunctionaris, en vertel John vooraf wat je meldt. Zonder zijn toestemming mag, zonder zijn medeweten liever niet. #bron: Meldcode stap 5; Tip 8; VRK art. 12]
    ~ route = "vt"
    ~ belofte = "geen"
    De medewerker van Veilig Thuis neemt de melding op en geeft je het nummer van de zorgcoördinator mensenhandel. "Bel haar vandaag nog," zegt ze. "Het gaat om maandag." # route: veilig_thuis
    -> zorgcoordinator
+ {belofte != "geheim"} [Ik bel de wijkagent, die ik goed ken: "Een jongen uit ons centrum gaat maandag zijn bankpas uitlenen aan een oudere jongen. Kunnen jullie daar iets mee?" #verwijzing: -1 #geen_schuld: -2 #belang: -1 #feedback: De politie moet dit weten, maar zo meld je dat John iets gaat doen, en niet dat hij wordt afgeperst. Dan ziet de politie eerst een verdachte. Vertel wat hem wordt aangedaan, en schakel de zorgcoördinator mensenhandel in: dan komt de uitbuiting voorop te staan. #bron: Aanwijzing mensenhandel; Tip 8; Meldcode stap 2]
    ~ route = "politie"
    -> politie_route
+ {belofte == "geheim"} [Ik houd me aan mijn belofte. Ik stuur John de namen van Helpwanted, Chat met Fier en de Kindertelefoon, waar hij anoniem terechtkan, en zeg dat hij altijd bij mij mag komen. #verwijzing: -2 #belang: -1 #feedback: Anonieme hulp is waardevol en goed om te noemen, en je laat hem niet los. Maar het is een aanvulling, geen vervanging van wat jij moet doen. Een kind van veertien dat wordt afgeperst en uitgebuit, kan dit niet alleen oplossen: het signaal moet naar de zorgcoördinator mensenhandel of Veilig Thuis. #bron: Tip 8; Meldcode stap 5; VRK art. 19]
    ~ route = "anoniem"
    John stuurt een duimpje terug. Verder hoor je niets van hem.
    -> ouders_betrekken

=== zorgcoordinator ===
{systeem_faalt:
    -> zc_onbereikbaar_knoop
}
De zorgcoördinator mensenhandel neemt meteen de tijd. # route: zorgcoordinator
Goed dat je belt. Dit lijkt op afpersing met beelden die overgaat in criminele uitbuiting: ze willen zijn rekening gebruiken om geld door te sluizen. Ik schakel de mensenhandelrechercheurs van de politie in, zodat John als slachtoffer wordt gehoord. # spreker: Zorgcoördinator
{pas_afgegeven:Zijn rekening moet zo snel mogelijk worden geblokkeerd.|Maandagavond gaat John niet naar die snackbar. De politie weet ervan.} # spreker: Zorgcoördinator
{route == "zc":Doe ook samen met jullie aandachtsfunctionaris een melding bij Veilig Thuis; dat hoort bij de meldcode, en dan kijken zij mee naar de veiligheid thuis.|Fijn dat Veilig Thuis het al weet. Ik stem met hen af.} # spreker: Zorgcoördinator # route: veilig_thuis
Hij is veertien, dus zijn ouders moeten het weten, tenzij ze zelf bij de uitbuiting betrokken zijn. Is daar iets over bekend? # spreker: Zorgcoördinator
Je vertelt wat je weet: niets wijst erop dat zijn ouders erbij betrokken zijn. Wel is John bang voor hun reactie.
-> ouders_betrekken

=== zc_onbereikbaar_knoop ===
~ zc_onbereikbaar = true
Je belt het nummer van de zorgcoördinator mensenhandel voor jullie regio. Je krijgt een voicemail: ze is bereikbaar op werkdagen tot vier uur, en tot maandag afwezig. Een vervanger wordt niet genoemd. # route: zorgcoordinator
Ingrid zoekt het na. Sinds een reorganisatie is niet duidelijk wie de taak waarneemt. "Dit had op de routekaart moeten staan," zegt ze. # route: aandachtsfunctionaris
{pas_afgegeven:Via de rekening van John loopt intussen nog steeds geld.|Maandagavond om acht uur staat er iemand bij de snackbar te wachten op de pas van John.}
Wat doe je nu? # gespreksvraag: De zorgcoördinator is onbereikbaar en de tijd dringt. Wie kan dit nu oppakken, en hoe zorg je dat John als slachtoffer in beeld komt? # beleidsvraag: Tip 8: Wie neemt in onze regio de taak van de zorgcoördinator mensenhandel waar als zij onbereikbaar is, ook op vrijdagmiddag, en staat dat op onze routekaart?
+ [Ik spreek de voicemail in. Daarna bel ik met Ingrid de politie op 0900-8844 en vraag naar de mensenhandelrechercheurs: John wordt afgeperst om zijn bankrekening. #verwijzing: +2 #belang: +2 #feedback: Als de zorgcoördinator onbereikbaar is, laat je het signaal niet liggen. Je zoekt de mensenhandelexperts van de politie zelf op en vertelt wat John wordt aangedaan, zodat hij als slachtoffer in beeld komt. Dat je de voicemail inspreekt, houdt de zorgcoördinator op de hoogte. #bron: Tip 8; VRK art. 19; Aanwijzing mensenhandel]
    De agent van 0900-8844 zet je door. Een rechercheur belt binnen het uur terug en noteert alles. # route: politie
    {pas_afgegeven:"We laten zijn rekening vandaag nog blokkeren," zegt ze.|"Maandagavond zijn wij er," zegt ze.}
    Maandagochtend belt de zorgcoördinator terug. Ze is blij dat het signaal niet is blijven liggen en neemt het over. Zijn ouders moeten het nu weten, zegt ze. # route: zorgcoordinator
+ [Ik bel met Ingrid de landelijke helpdesk van CoMensha voor advies, en doe een melding bij Veilig Thuis. Zo ligt het bij twee organisaties die verstand hebben van uitbuiting en van de veiligheid van kinderen. #verwijzing: +2 #belang: +1 #feedback: Een verdedigbare route: CoMensha geeft ook advies over minderjarigen, en de melding bij Veilig Thuis volgt de meldcode. Maar geen van beide zet vóór maandag zelf de politie in. Bij een dreiging met een datum en een plek moet de politie het ook weten; vraag daar expliciet naar. #bron: Tip 8; Meldcode stap 5; VRK art. 19]
    De helpdesk denkt mee en zegt dat hulp voor een Nederlandse minderjarige via jeugdhulp en Veilig Thuis loopt. Voor maandag adviseren ze de politie te bellen. Veilig Thuis neemt de melding op; de veiligheidsbeoordeling volgt binnen vijf werkdagen. # route: veilig_thuis
    Pas om zes uur heb je een rechercheur aan de lijn. Ze noteert alles. # route: politie
    {pas_afgegeven:"We laten zijn rekening nog vanavond blokkeren," zegt ze.|"Maandagavond zijn wij er," zegt ze.}
    Maandagochtend belt de zorgcoördinator terug. Ze is blij dat het signaal niet is blijven liggen en neemt het over. Zijn ouders moeten het nu weten, zegt ze. # route: zorgcoordinator
+ [Ik spreek de voicemail in en wacht tot de zorgcoördinator terugbelt. Zij is de expert, en dit wil ik niet half doen. #verwijzing: -1 #belang: -2 #feedback: Je wilt het via de juiste persoon doen, en dat is begrijpelijk. Maar een signaal met een datum en een plek mag niet een weekend blijven liggen omdat één persoon afwezig is. Bij een vermoeden van uitbuiting kun je ook Veilig Thuis of de politie inschakelen. #bron: Tip 8; VRK art. 3; VRK art. 19]
    ~ wacht += 1
    ~ zc_laat = true
    De zorgcoördinator belt pas dinsdagochtend terug; maandag zat ze de hele dag in een zitting. Ze schakelt meteen de recherche in, en zegt dat zijn ouders het nu moeten weten. # route: zorgcoordinator
    {pas_afgegeven:Intussen is er al die dagen geld via zijn rekening gegaan.|Maandagavond om acht uur stond John toch bij de snackbar. Hij durfde niet anders: niemand had hem gezegd dat de politie er zou zijn. Zijn pas en zijn codes is hij kwijt.}
    ~ pas_afgegeven = true
- Aan de zorgcoördinator vertel je wat je weet: niets wijst erop dat de ouders van John bij de uitbuiting betrokken zijn. Wel is John bang voor hun reactie.
-> ouders_betrekken

=== ouders_betrekken ===
{
- zc_laat:
    Dinsdag aan het eind van de middag belt de moeder van John naar het centrum. # plek: kantoor # tijd: Dinsdag, 16.30 uur
- zc_onbereikbaar:
    Maandag aan het eind van de middag belt de moeder van John naar het centrum. # plek: kantoor # tijd: Maandag, 16.30 uur
- else:
    Later die dag belt de moeder van John naar het centrum. # plek: kantoor # tijd: Later die dag
}
Ik maak me zorgen. Hij slaapt slecht, zit tot diep in de nacht op zijn telefoon en wil niet meer naar voetbal. Weet jij wat er is? # spreker: Moeder van John # signaal: slaapt_slecht # waarom: Slecht slapen en tot diep in de nacht op de telefoon: bij afpersing via internet gaan de berichten en eisen vaak 's nachts door. Ouders zien het, maar weten niet wat het is. # bron: Tip 4
John heeft je gevraagd zijn ouders erbuiten te houden.{route == "zc" || route == "vt": De zorgcoördinator zei dat ze het moeten weten.} # gespreksvraag: Hoe betrek je de ouders zo dat het John helpt en hem niet extra beschadigt?
+ [Ik zeg dat ik haar graag spreek, maar eerst met John praat. Vanavond vertellen we het samen, John en ik, en wat er nu gebeurt. #belang: +2 #verwijzing: +1 #feedback: Je betrekt zijn ouders, want zij zijn als eersten verantwoordelijk voor hem en niets wijst erop dat ze bij de uitbuiting betrokken zijn. Door het samen met John voor te bereiden, houdt hij regie over zijn eigen verhaal, en vang jij een eerste geschrokken reactie op. #bron: VRK art. 5; VRK art. 18; VRK art. 12]
    ~ ouders = 1
    Die avond zit je met John en zijn ouders aan de keukentafel. John vertelt het begin; jij vertelt de rest. # plek: thuis # tijd: Die avond # aanwezig: John, Moeder van John, Vader van John, tafel
    Hoe haal je het in je hoofd om zulke foto's te sturen? # spreker: Vader van John
    Je zegt rustig dat John niets verkeerd heeft gedaan. Iemand heeft wekenlang gedaan alsof ze te vertrouwen was, en perst hem nu af. De vraag is niet waarom hij die foto's stuurde, maar hoe jullie hem nu beschermen.
    Zijn vader zwijgt. Dan legt hij een hand op de schouder van John. Zijn moeder vraagt wat ze kunnen doen.
+ [Ik zeg: "Goed dat u belt. Er speelt iets, en u hoort het vandaag nog, het liefst van John zelf." Daarna vraag ik John hoe hij het thuis wil vertellen. #belang: +1 #verwijzing: +1 #feedback: Je neemt de zorg van zijn moeder serieus en laat John zelf bepalen hoe hij het vertelt: dat geeft hem een stem. Maar een jongen van veertien die zich zo schaamt, staat er aan de keukentafel dan wel alleen voor. Bied aan erbij te zijn, zodat jij een eerste boze of geschrokken reactie kunt opvangen. #bron: VRK art. 12; VRK art. 18; Tip 6]
    ~ ouders = 2
    John vertelt het die avond zelf. Hij appt je om elf uur: "mijn vader was eerst heel boos. nu gaat het wel. ze willen jou morgen spreken."
+ [Ik vertel het haar meteen, rustig en zonder oordeel: dat John wordt afgeperst, dat het niet zijn schuld is en dat er hulp komt. Ze is zijn moeder, ze maakt zich zorgen, en het moet toch gebeuren. #belang: -2 #verwijzing: +1 #feedback: Zijn ouders moeten het weten, en je kiest je woorden goed. Maar zo horen ze het buiten John om, terwijl je hem had beloofd niets achter zijn rug om te doen. Hij verliest de regie over zijn eigen verhaal, en daarmee een stuk vertrouwen. Vertel het samen met hem. #bron: VRK art. 12; VRK art. 18; Tip 6]
    ~ ouders = -1
    ~ vertrouwen -= 2
    Als John die avond thuiskomt, weten zijn ouders het al. Er wordt geschreeuwd, en zijn vader neemt zijn telefoon in. Via Milan krijg je één bericht van John: "je zou het eerst tegen mij zeggen."
- {pas_afgegeven:Samen met zijn ouders laat John zijn rekening blokkeren.|Samen met zijn ouders laat John zijn pas blokkeren.}
{
- route == "zc" || route == "vt":
    -> aangifte
- else:
    -> afloop
}

=== aangifte ===
~ temp op_zijn_hoede = false
{
- moment == "week_later":
    In een spreekkamer op het politiebureau zit je met de zorgcoördinator, een mensenhandelrechercheur en de wijkagent van de wijk van John. Over een halfuur komt John. # plek: spreekkamer # tijd: Donderdag, 10.30 uur # route: politie # aanwezig: Zorgcoördinator, Rechercheur, Wijkagent, tafel
- zc_laat:
    In een spreekkamer op het politiebureau zit je met de zorgcoördinator, een mensenhandelrechercheur en de wijkagent van de wijk van John. Over een halfuur komt John. # plek: spreekkamer # tijd: Woensdag, 10.30 uur # route: politie # aanwezig: Zorgcoördinator, Rechercheur, Wijkagent, tafel
- else:
    In een spreekkamer op het politiebureau zit je met de zorgcoördinator, een mensenhandelrechercheur en de wijkagent van de wijk van John. Over een halfuur komt John. # plek: spreekkamer # tijd: Dinsdag, 10.30 uur # route: politie # aanwezig: Zorgcoördinator, Rechercheur, Wijkagent, tafel
}
Op tafel staat een schaal met koekjes die niemand aanraakt.
Even voor mijn beeld: er gaat dus kinderporno van die jongen rond, en hij heeft zijn rekening zelf uitgeleend? # spreker: Wijkagent
De anderen kijken jou aan. Jij kent John het best. # gespreksvraag: Hoe je iets noemt, bepaalt hoe je ernaar kijkt. Wat zeg je hier, en waarom doet dat ertoe voor John? # beleidsvraag: Tip 5: Registreren wij in onze gemeente signalen van criminele uitbuiting van minderjarigen, en weten we hoe vaak jongeren als John eerst als verdachte in beeld komen?
+ [Ik zeg: "Laten we het seksueel misbruikmateriaal van een kind noemen; het is geen porno. En hij heeft niks uitgeleend: hij werd afgeperst." #geen_schuld: +2 #belang: +1 #feedback: Woorden doen ertoe. Het woord van de wijkagent laat het klinken alsof er sprake is van instemming; het gaat om misbruikmateriaal van een kind. Door de dwang te benoemen, help je voorkomen dat John als verdachte wordt gezien. #bron: Terminologiegids; VRK art. 34; Aanwijzing mensenhandel]
    De wijkagent knikt. "Terecht. Zo had ik het niet bekeken."
+ [Ik zeg: "John is bang dat hij zelf de schuld krijgt. Het zou helpen als hij vandaag als eerste van jullie hoort dat hij hier als slachtoffer zit. En als hij dat wil, mag er iemand die hij vertrouwt naast hem zitten." #belang: +2 #feedback: Je brengt de stem en de angst van John in, en vraagt om een gesprek waarin hij zich veilig voelt. Dat is precies wat hij nodig heeft. Het woord van de wijkagent laat je wel staan; het gaat om seksueel misbruikmateriaal van een kind, en wie dat zo noemt, kijkt anders naar John. #bron: VRK art. 12; Terminologiegids; Tip 6]
    ~ op_zijn_hoede = true
    De rechercheur knikt. "Dat zeggen we hem meteen." De wijkagent maakt een aantekening. Het woord dat hij gebruikte, blijft in de kamer hangen.
+ [Ik laat het woord passeren. De wijkagent bedoelt het niet kwaad, en het gaat nu om wat John straks gaat vertellen, niet om onze woorden. #geen_schuld: -1 #feedback: Je wilt de samenwerking niet verstoren, en dat is begrijpelijk. Maar woorden sturen hoe je naar een kind kijkt. Het gaat om seksueel misbruikmateriaal van een kind, en John leende niets uit: hij werd afgeperst. Wie dat niet rechtzet, laat ruimte om hem als verdachte te horen. #bron: Terminologiegids; Gids hoofdstuk 2; VRK art. 34]
    Laten we het seksueel misbruikmateriaal van een kind noemen. En John is hier slachtoffer: wat hij deed, deed hij onder dwang. Als wij dat zelf niet zo zien, gaat hij zich in het gesprek verdedigen in plaats van vertellen. # spreker: Zorgcoördinator
    ~ op_zijn_hoede = true
    De wijkagent kijkt van jou naar de zorgcoördinator en maakt een aantekening.
- {
  - ouders == 1 || ouders == 2:
    John komt binnen met zijn moeder. Ze blijft naast hem zitten.
  - else:
    John komt binnen met zijn vader, die nauwelijks iets zegt. John ontwijkt je blik.
  }
John doet aangifte van afpersing. De rechercheur hoort hem als slachtoffer, in een rustige kamer, en neemt de tijd.
{op_zijn_hoede:Toch merk je dat John op zijn hoede is. Hij kijkt steeds naar de wijkagent.}
{bewijs:De screenshots die jullie maakten, geven de rechercheur een begin: het account, de datums, de eisen.|Omdat de berichten zijn verwijderd, moet de rechercheur het vooral doen met wat John zich herinnert.}
De zorgcoördinator adviseert en stemt af. Het wijkteam regelt via de gemeente de jeugdhulp voor John, en de zorgcoördinator zorgt dat daar iemand zit die verstand heeft van uitbuiting. Hoe dat precies loopt, verschilt per regio. # route: wijkteam
-> afloop

=== politie_route ===
De wijkagent noteert je melding. Hij vraagt naar de naam van John, zijn adres en zijn bank. Naar een afperser vraagt hij niet; daar heb jij het ook niet over gehad. # route: politie
Een paar dagen later staan er twee agenten bij John thuis. Zijn ouders horen van hen dat hun zoon in beeld is bij een onderzoek naar witwassen. # plek: thuis # tijd: Een paar dagen later
Pas als zijn moeder blijft doorvragen, vertelt John over de foto's. De bank blokkeert zijn rekening.
Een week later belt zijn moeder je op. De politie wil John verhoren als verdachte. # plek: kantoor # tijd: Een week later
Waarom heeft u niet eerst met ons gepraat? En met hem? Hij wordt afgeperst, en nu is hij de verdachte. # spreker: Moeder van John
Ze wacht op je antwoord. # gespreksvraag: John wordt als verdachte gezien. Wat kun je nu nog doen om de afpersing en de uitbuiting in beeld te krijgen?
+ [Ik erken dat ik het anders had moeten doen. Met medeweten van John en zijn ouders bel ik de zorgcoördinator mensenhandel, zodat de afpersing alsnog op tafel komt. #verwijzing: +2 #belang: +2 #geen_schuld: +1 #feedback: Je herstelt de route. Via de zorgcoördinator komt de uitbuiting in beeld, en daarmee de Aanwijzing mensenhandel: slachtoffers worden beschermd tegen vervolging voor wat ze gedwongen moesten doen. Of dat voor John geldt, beoordeelt het OM. Een fout erkennen en herstellen hoort bij niet loslaten. #bron: Aanwijzing mensenhandel; Tip 8; Tip 6]
    ~ route = "politie_hersteld"
    De zorgcoördinator belt dezelfde middag met de recherche. "Goed dat je het alsnog meldt," zegt ze. "Maar het verhoor is al gepland. Dat kan ik niet meer terugdraaien." # route: zorgcoordinator
+ [Ik leg uit wat ik heb gemeld en waarom, en zeg dat het me spijt. Ik bied aan mee te gaan naar het verhoor en daar te vertellen dat John werd afgeperst en onder druk stond. #belang: +2 #geen_schuld: +1 #feedback: Je erkent wat er misging en je laat John niet los: dat telt. Maar in een verhoor als verdachte heeft jouw verhaal weinig gewicht. De zorgcoördinator mensenhandel kan met de recherche bespreken dat John slachtoffer van uitbuiting lijkt te zijn; dat brengt de Aanwijzing mensenhandel in beeld. #bron: Tip 8; Aanwijzing mensenhandel; Tip 6]
    ~ route = "politie_hersteld"
    Je gaat mee. De rechercheur luistert naar je en schrijft het op. Pas twee weken later schuift er iemand aan die verstand heeft van uitbuiting.
+ [Ik zeg dat het nu bij de politie ligt, en dat zij zorgvuldig uitzoeken wat er is gebeurd. Als John niets verkeerds heeft gedaan, komt dat vanzelf boven. #belang: -2 #verwijzing: -1 #feedback: Je vertrouwt op de politie, maar zo laat je John los op het moment dat hij het hardst iemand nodig heeft. Zonder iemand die de afpersing en de dwang inbrengt, wordt hij als verdachte gehoord. Het is nog niet te laat om de zorgcoördinator mensenhandel in te schakelen. #bron: Tip 7; Tip 8; Aanwijzing mensenhandel]
    Zijn moeder hangt op.
- -> afloop

=== afloop ===
{
- route == "politie" || route == "politie_hersteld":
    -> einde_verdachte
- route == "anoniem":
    -> einde_uit_beeld
- vertrouwen >= 3 && bewijs && not confrontatie && not pas_afgegeven && ouders >= 1 && wacht < 2:
    -> einde_beschermd
- else:
    -> einde_deels
}

=== einde_beschermd ===
Maandagavond om acht uur ging John niet naar de snackbar. Hij zat thuis, bij zijn ouders. De politie wist ervan, en zijn pas was geblokkeerd. # plek: jongerencentrum # tijd: Drie maanden later
Nog dagenlang kwamen er dreigberichten, van steeds nieuwe accounts. John reageerde niet en bewaarde alles voor de rechercheur.
Voor zover bekend zijn de foto's nergens opgedoken. John weet dat hij bij Helpwanted terechtkan als dat ooit toch gebeurt. De angst gaat niet zomaar weg.
Dankzij de bewaarde berichten kwam de politie uit bij een jongen uit de buurt die voor "Lisa" passen ophaalde. Wie er achter het account zit, weet de politie nog niet.
Via het wijkteam praat John met een hulpverlener die verstand heeft van trauma na uitbuiting. Hij slaapt beter, al is het nog niet goed.
{zc_onbereikbaar:Dat de zorgcoördinator dat weekend niet bereikbaar was, staat nu op de agenda van het regionale overleg. Het scheelde weinig.}
Sinds een paar weken speelt hij weer mee in het FIFA-toernooi. Soms blijft hij na sluitingstijd nog even hangen, gewoon om te praten.
John werd als slachtoffer gezien en op tijd beschermd. Het is niet voorbij: hij leert leven met wat er is gebeurd, de dader achter het account is niet gevonden, en jij laat hem niet los. # einde: beschermd
-> END

=== einde_deels ===
John heeft hulp gekregen, maar niet alles is goed gegaan. # plek: jongerencentrum # tijd: Drie maanden later
Via het wijkteam praat hij met een hulpverlener die verstand heeft van trauma na uitbuiting. Dat helpt, langzaam.
{pas_afgegeven:
    Via de rekening van John is geld doorgesluisd, geld van mensen die zelf zijn opgelicht. De bank heeft zijn rekening gesloten. Het kost maanden en veel gesprekken om duidelijk te maken dat hij werd gedwongen.
}
{zc_onbereikbaar:
    Dat weekend was de zorgcoördinator niet bereikbaar, en niemand wist wie haar taak waarnam. In het regionale overleg is afgesproken dat dat nu op de routekaart komt.
}
{not bewijs:
    Omdat de berichten waren verwijderd, had de rechercheur weinig om mee te werken. Het onderzoek naar "Lisa" liep snel vast.
}
{confrontatie:
    De foto bij een klasgenoot is via school en politie verwijderd, maar de klas weet ervan. John is twee weken niet naar school geweest.
}
{wacht >= 2:
    Er ging veel tijd verloren voordat iemand doorvroeg. In die weken raakte John zijn spaargeld en zijn slaap kwijt, en de mensen achter "Lisa" merkten hoe bang hij was.
}
{vertrouwen < 3:
    Met jou praat hij nauwelijks nog. Hij komt zelden meer naar het centrum.
}
{ouders == -1:
    Zijn ouders hoorden het van jou, zonder hem erbij. Het duurde weken voordat John thuis weer iets durfde te vertellen.
}
John wordt als slachtoffer gezien en krijgt hulp, maar een deel van de schade had voorkomen kunnen worden. # einde: deels_beschermd
-> END

=== einde_verdachte ===
{
- route == "politie_hersteld":
    Toen de zorgcoördinator erbij kwam, ging de recherche ook de afpersing onderzoeken. Maar John had toen al een verhoor als verdachte achter de rug, en zijn rekening was gesloten. # plek: jongerencentrum # tijd: Drie maanden later
    Het duurde weken voordat duidelijk werd dat hij als slachtoffer wordt gezien. Hij heeft nu hulp via het wijkteam, maar volwassenen vertrouwt hij niet snel meer.
    Soms komt hij nog naar het centrum. Tegen jou is hij beleefd, meer niet.
- else:
    Na zijn verhoor als verdachte kwam John niet meer naar het centrum. Niemand onderzocht de afpersing. # plek: jongerencentrum # tijd: Drie maanden later
    Van Milan hoor je dat John nu zelf klasgenoten vraagt of ze hun bankpas willen uitlenen. Iemand dwingt hem daartoe, maar wie, weet niemand.
}
{confrontatie:
    De foto die naar een klasgenoot ging, is via school verwijderd. Op school wordt nog steeds over John gepraat.
}
John werd behandeld als verdachte in plaats van als slachtoffer van afpersing en uitbuiting, en het signaal kwam pas laat of nooit op de juiste plek. # einde: als_verdachte_gezien
-> END

=== einde_uit_beeld ===
John heeft één keer met de Kindertelefoon gepraat, vertelt Milan later. Dat hielp even. Maar niemand bracht zijn verhaal naar de plek waar iemand de afpersing en de uitbuiting kon stoppen. # plek: jongerencentrum # tijd: Drie maanden later
{ouders >= 1:
    Zijn ouders lieten zijn {pas_afgegeven:rekening|pas} blokkeren en deden zelf aangifte van afpersing. Dat John ook werd uitgebuit, kwam daarbij niet in beeld, en gespecialiseerde hulp kreeg hij niet.
- else:
    Zijn ouders lieten zijn {pas_afgegeven:rekening|pas} blokkeren. Daarna werd er thuis niet meer over gepraat.
}
{confrontatie:
    De foto die naar een klasgenoot ging, deed op school de ronde. Hij is weer verwijderd, maar iedereen op school weet ervan.
}
Na een paar weken kwam hij niet meer naar het centrum. Zijn ouders zeggen dat hij zich schaamt.
Het signaal is nooit bij de zorgcoördinator mensenhandel of Veilig Thuis aangekomen. Zijn ouders doen wat ze kunnen, maar voor de hulpverlening is John uit beeld geraakt. # einde: uit_beeld
-> END
