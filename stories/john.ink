# titel: John
# kind: John, 14 jaar
# leeftijd: 14
# thema: Sextortion die overgaat in criminele uitbuiting: afgeperst om zijn bankrekening uit te lenen
# rol: Jongerenwerker in een jongerencentrum
# duur: 25
# inhoud: Deze casus gaat over John, een jongen van 14. Iemand die hij vertrouwde, perst hem af met naaktfoto's die hij heeft gestuurd, en eist nu zijn bankrekening. Je ziet geen beelden en niets expliciets, wel dreigberichten op zijn telefoon, zijn schaamte en zijn angst. Je kunt op elk moment pauzeren of stoppen. Raakt dit onderwerp je persoonlijk, neem dan de tijd. Aan het eind lees je waar je terechtkunt.

// Hoe de casus bijhoudt wat er gebeurt:
// vertrouwen: hoeveel John jou (nog) vertrouwt
// wacht: hoeveel tijd er verloren ging doordat niemand doorvroeg
// pas_afgegeven: John heeft zijn pas en codes al afgegeven
// bewijs: de berichten zijn bewaard (niet verwijderd)
// confrontatie: iemand heeft de afperser of zijn loopjongen uitgedaagd
// route: waar het signaal terechtkwam ("geen", "zc", "politie", "politie_hersteld", "anoniem")
// ouders: 1 = samen met John verteld, -1 = achter zijn rug om, 0 = buiten gehouden
// moment: wanneer John het vertelt ("donderdag", "vrijdag" of "week_later")
// scooter_gezien: je zag John dinsdag buiten bij de jongen met de scooter
// belofte: wat je John beloofde ("geen", "geheim" of "foto")
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

-> dinsdag

=== dinsdag ===
Dinsdagavond in jongerencentrum De Schakel. Bij de pooltafel wordt gelachen en op het grote scherm loopt het wekelijkse FIFA-toernooi. # plek: jongerencentrum # tijd: Dinsdag, 19.15 uur
Je werkt hier als jongerenwerker. John is veertien en komt al twee jaar drie avonden per week. Meestal is hij degene die het hardst juicht als hij scoort.
Vanavond zit hij in zijn eentje op de bank bij het raam, met zijn capuchon op, terwijl zijn vrienden bij de pooltafel staan. # signaal: alleen_op_de_bank
Zijn telefoon trilt steeds. Elke keer schrikt hij, kijkt kort naar het scherm en legt het toestel weer met de voorkant naar beneden. # signaal: schrikt_van_telefoon
Er klopt iets niet. Wat doe je? # gespreksvraag: Wat zie je hier, en wanneer is stil gedrag van een puber een reden om iets te doen?
+ [Je pakt twee blikjes cola en gaat naast hem zitten: "Je hoeft niks te vertellen. Ik kom gewoon even zitten." #belang: +2 #feedback: Je maakt contact zonder druk en laat merken dat je er bent. Zo verlaag je de drempel om later wél iets te vertellen: jongeren praten eerder met iemand die echt aandacht heeft en niet oordeelt. #bron: Tip 4; Tip 6]
    ~ vertrouwen += 1
    -> dinsdag_naast
+ [Je roept vanachter de bar: "Hé John, niet zo chagrijnig! Kom meedoen, je team staat achter." #belang: -1 #feedback: Je bedoelt het luchtig, maar je zet hem voor iedereen in de schijnwerpers. Wie zich ineens terugtrekt, heeft eerder een rustig moment één op één nodig. Zijn gedrag is een signaal, geen humeur om weg te grappen. #bron: Tip 4; VRK art. 3]
    -> dinsdag_roepen
+ [Je laat hem met rust. Pubers hebben weleens een slechte dag; dat waait wel over. #belang: -1 #feedback: Ruimte geven kan goed zijn, maar zo leg je je niet-pluisgevoel naast je neer. Terugtrekken en schrikken van de telefoon kunnen signalen zijn; even naast hem gaan zitten kost weinig en kan veel opleveren. #bron: Tip 4; VRK art. 3]
    ~ wacht += 1
    ~ scooter_gezien = true
    -> dinsdag_rust

=== dinsdag_naast ===
Een tijdje zitten jullie zwijgend naast elkaar. Op het scherm wint Milan, zijn beste vriend, met 3-1.
Gaat wel. Gewoon moe. # spreker: John
Even later vertelt hij, zonder dat je ernaar vraagt, dat hij al twee weken niet naar voetbaltraining gaat. Vorig seizoen was hij nog aanvoerder. # signaal: niet_naar_training
Als hij om negen uur opstaat, blijft hij even staan. "Bedankt voor de cola," zegt hij. Het klinkt alsof hij nog iets wilde zeggen.
-> donderdag

=== dinsdag_roepen ===
Een paar jongens lachen. John schudt zijn hoofd, pakt zijn jas en gaat een uur eerder weg dan anders.
Later die avond komt Milan, zijn beste vriend, bij de bar staan.
Hij doet al een week raar. Hij zei dat hij iemand geld schuldig is, maar hij wil niet zeggen wie. # spreker: Milan # signaal: geld_schuldig
Voordat je iets kunt vragen, staat Milan alweer bij de pooltafel.
-> donderdag

=== dinsdag_rust ===
Je gaat verder met de bar. Tegen negen uur zie je door het raam dat John buiten staat bij een jongen van een jaar of twintig op een scooter. De jongen praat op hem in en houdt zijn telefoon omhoog; John kijkt naar de grond en knikt. # signaal: opgewacht_scooter
Als je even later weer kijkt, zijn ze allebei weg.
-> donderdag

=== donderdag ===
Donderdagmiddag is het rustig in het centrum. John komt binnen, loopt meteen door naar de bar en bestelt niets. # plek: jongerencentrum # tijd: Donderdag, 16.40 uur
{vertrouwen > 0:Hij wacht tot er niemand anders in de buurt is.|Hij kijkt eerst een paar keer om zich heen.}
Zeg, wat gebeurt er eigenlijk als je je bankpas aan iemand uitleent? Voor een vriend, bedoel ik. # spreker: John
Terwijl hij het vraagt, draait hij zijn eigen bankpas rond tussen zijn vingers. Hij kijkt je niet aan. # signaal: vraag_bankpas
Wat zeg je? # gespreksvraag: John vraagt iets 'voor een vriend'. Hoe open je het gesprek zonder dat hij dichtklapt?
+ [Je zegt rustig: "Goeie vraag, en fijn dat je hem aan mij stelt. Zullen we even in mijn kantoortje gaan zitten? Dan hoor ik wat er speelt, ook als het over jou zelf gaat. Je krijgt van mij geen preek." #belang: +2 #geen_schuld: +1 #feedback: Je neemt zijn vraag serieus, biedt een rustige plek en laat ruimte voor het echte verhaal. Door meteen te zeggen dat hij geen preek krijgt, neem je zijn angst weg dat hij zelf de schuldige is. #bron: Tip 6; VRK art. 12]
    ~ vertrouwen += 1
    Je neemt hem mee naar je kantoortje en doet de deur dicht. John gaat op het puntje van de stoel zitten. # plek: kantoor
    Het is geen vriend. Het gaat over mij. # spreker: John
    -> onthulling
+ [Je zegt streng: "Dat moet je nooit doen. Dan ben je een geldezel. Dat is witwassen, en daar krijg je een strafblad van." #belang: -1 #geen_schuld: -1 #feedback: De risico's die je noemt kloppen, maar zo klinkt het als een beschuldiging, terwijl hij misschien onder druk staat. Wie bang is zelf de schuldige te zijn, vertelt niet dat hij wordt gedwongen. Vraag eerst wat er speelt. #bron: Tip 2; Tip 6]
    ~ vertrouwen -= 1
    Het was maar een vraag. # spreker: John
    Hij draait zich om en loopt naar buiten.
    -> donderdagavond
+ [Je lacht: "Aan mij mag je hem altijd uitlenen!" Daarna ga je verder met het bijvullen van de koelkast. #belang: -1 #feedback: Een vraag 'voor een vriend' gaat vaak over de vrager zelf. Met een grap sluit je de deur die John net op een kier zette, en verliest hij tijd die hij niet heeft. #bron: Tip 4; VRK art. 3]
    ~ wacht += 1
    John glimlacht flauwtjes. "Laat maar," zegt hij, en hij gaat weer weg.
    -> donderdagavond

=== donderdagavond ===
Donderdagavond, kwart voor elf. Na je avonddienst fiets je naar huis, langs de snackbar op het plein. # plek: straat_avond # tijd: Donderdag, 22.45 uur
Bij de pinautomaat naast de snackbar staat John. {scooter_gezien:De jongen met de scooter van dinsdag|Een jongen van een jaar of twintig met een scooter} staat vlak achter hem en kijkt mee op het schermpje. # signaal: pinautomaat_avond
John geeft hem een paar briefjes. Dan ziet hij jou, en hij kijkt snel weg.
~ scooter_gezien = false
Wat doe je? # gespreksvraag: Je ziet buiten je werktijd iets wat niet klopt. Wat is hier veilig, voor John en voor jou?
+ [Je stapt af en loopt naar John, niet naar de oudere jongen: "Hé John, ik moet jouw kant op. Zal ik even met je meelopen?" #belang: +2 #feedback: Je biedt John een veilige uitweg zonder de confrontatie te zoeken met iemand die gevaarlijk kan zijn. Je richt je op het kind, niet op de dader, en je laat merken dat je er bent. #bron: VRK art. 19; Tip 6]
    ~ vertrouwen += 1
    De oudere jongen start zijn scooter en rijdt zonder een woord weg. John loopt zwijgend naast je mee.
    Bij zijn voordeur blijft hij staan.
    Ben jij morgen in het centrum? Ik moet je iets laten zien. # spreker: John
    ~ moment = "vrijdag"
    -> vrijdag
+ [Je loopt naar de oudere jongen: "Wat moet jij met hem? Laat hem met rust, of ik bel de politie." #belang: -2 #feedback: Je wilt John beschermen, maar wie iemand uit de omgeving van een afperser aanspreekt, brengt het kind in gevaar: John kan ervoor boeten dat hij zou hebben gepraat. Schakel bij acuut gevaar de politie in en laat het contact met daders aan hen over. #bron: VRK art. 19; Tip 8]
    ~ confrontatie = true
    ~ vertrouwen -= 1
    De jongen lacht, zegt iets tegen John wat je niet verstaat en rijdt weg.
    Ben je gek geworden? Nu denken ze dat ik het heb verteld. # spreker: John
    Hij rent weg. De volgende ochtend krijg je een bericht van hem: "ik moet je spreken. het is echt heel erg."
    ~ moment = "vrijdag"
    -> vrijdag
+ [Je doet alsof je hem niet ziet en fietst door. Het is je vrije avond, en misschien haalt hij gewoon geld voor patat. #belang: -2 #feedback: Een jongen van veertien die 's avonds laat geld opneemt terwijl een oudere jongen meekijkt: dat is precies het soort moment waarop iemand had kunnen ingrijpen. Door weg te kijken, blijft John er alleen voor staan. #bron: Tip 4; VRK art. 3; VRK art. 19]
    ~ wacht += 1
    ~ pas_afgegeven = true
    ~ moment = "week_later"
    Je fietst door. Achter je hoor je een scooter starten.
    -> week_later

=== vrijdag ===
Vrijdagmiddag staat John al bij de deur als je het centrum openmaakt. Je neemt hem mee naar je kantoortje en doet de deur dicht. # plek: kantoor # tijd: Vrijdag, 13.45 uur
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
Die 150 was niks. Nu ga je je bankrekening aan ons lenen. # spreker: Lisa # signaal: eist_rekening
Je pas, je pincode en je inlogcodes. Maandag 20.00 uur bij de snackbar. Er komt iemand. # spreker: Lisa
Vertel je het aan iemand, dan krijgt je moeder ze als eerste. # spreker: Lisa
ik ben 14. ik doe alles maar dit niet # spreker: John
Dan weet je wat er gebeurt. # spreker: Lisa
{confrontatie:
    Wie was die man bij de pinautomaat? Als je hebt gepraat, weet je wat er gebeurt. # spreker: Lisa
}
{pas_afgegeven:
    Goed zo. Deze week komt er meer geld op. Niet aankomen. # spreker: Lisa
    Bijschrijving € 2.350,00 # spreker: Bankapp
    Geldopname € 1.000,00 # spreker: Bankapp
    Overboeking € 1.300,00 # spreker: Bankapp
}
John pakt de telefoon terug en legt hem op tafel, met het scherm naar beneden. # plek: kantoor
{pas_afgegeven:
    Maandagavond heeft hij zijn pas, zijn pincode en zijn inlogcodes afgegeven aan de jongen met de scooter. Sindsdien gaat er geld van onbekenden in en uit via zijn rekening. # signaal: geld_over_rekening
}
Hij heeft al 150 euro van zijn spaargeld overgemaakt.{moment == "vrijdag": Gisteravond moest hij bij de pinautomaat ook zijn laatste geld opnemen en afgeven.}{moment == "week_later": Vorige week donderdag moest hij bij de pinautomaat ook zijn laatste geld opnemen en afgeven.} # signaal: spaargeld_weg
Hij kijkt je niet aan. Drie keer achter elkaar zegt hij dat hij zo dom is geweest, dat iedereen het gaat zien en dat hij nooit meer naar school kan. # signaal: schaamte
Wat zeg je als eerste? # gespreksvraag: John zegt dat hij dom is geweest. Wat heeft hij nu als eerste van je nodig, en wat maakt het voor een jongen extra moeilijk om dit te vertellen?
+ [Je zegt: "Je bent niet dom. Iemand heeft wekenlang gedaan alsof ze te vertrouwen was, en misbruikt dat nu. Dit is afpersing, en dat is niet jouw schuld. Vanaf nu sta je er niet meer alleen voor." #geen_schuld: +3 #belang: +1 #feedback: Je legt de schuld waar die hoort: bij wie hem afperst. Schaamte is bij afpersing met beelden, zeker voor jongens, de grootste drempel om hulp te zoeken. Door dit hardop te zeggen, maak je de volgende stap mogelijk. #bron: Tip 6; VRK art. 19; VRK art. 34]
    ~ vertrouwen += 2
    Het blijft lang stil. Dan veegt John met zijn mouw langs zijn ogen en knikt.
+ [Je zegt: "Tja. Dan had je die foto's maar niet moeten sturen." #geen_schuld: -3 #belang: -1 #feedback: Zo leg je de verantwoordelijkheid bij John in plaats van bij de afperser. Het bevestigt precies wat de afperser wil dat hij denkt, en maakt de kans kleiner dat hij je nog iets vertelt. Een foto sturen aan iemand die je vertrouwt, geeft niemand het recht je te chanteren. #bron: Tip 6; VRK art. 34]
    ~ vertrouwen -= 2
    John trekt zijn capuchon verder over zijn hoofd. "Weet ik ook wel," mompelt hij. Daarna zegt hij een hele tijd niets.
+ [Je zegt: "Kom op, je bent een vent. Jongens kunnen toch van zich afbijten? Zeg gewoon dat ze kunnen oprotten." #geen_schuld: -2 #belang: -1 #feedback: Jongens worden net zo goed slachtoffer en hebben recht op dezelfde bescherming. Het idee dat een jongen zich maar moet verweren, vergroot zijn schaamte; tegen iemand die zijn foto's heeft, kan hij niet even van zich afbijten. #bron: VRK art. 2; Tip 2; Tip 6]
    ~ vertrouwen -= 2
    "Ja, lekker makkelijk," zegt John zacht. "Zij hebben die foto's, niet ik." Hij schuift zijn stoel naar achteren, alsof hij wil gaan.
- -> bewijs_bewaren

=== bewijs_bewaren ===
Wat moet ik nou doen? Moet ik alles gewoon verwijderen? # spreker: John
Op tafel trilt zijn telefoon weer. Hij kijkt je aan alsof jij het antwoord moet weten. # gespreksvraag: Wat doe je bij afpersing met beelden met de berichten en de telefoon, en wie houdt daarbij de regie?
+ [Je zegt: "Niet verwijderen. We maken samen screenshots van de berichten, met de naam van het account en de datums erbij. Je reageert niet meer, en je betaalt en geeft niets meer: toegeven maakt het niet klaar. Je telefoon blijft van jou, en de foto's zelf hoef ik niet te zien." #belang: +2 #verwijzing: +1 #feedback: Dit is het advies bij sextortion: niet ingaan op de eisen, bewijs bewaren, met een volwassene praten en aangifte doen. John houdt zelf de regie over zijn telefoon, en jij bekijkt of bewaart geen beelden. #bron: VRK art. 34; VRK art. 12; Tip 3]
    Samen maken jullie de screenshots. Daarna vertel je hem over Helpwanted: daar kan hij anoniem chatten over online misbruik, en ze kunnen helpen om beelden van platforms te laten verwijderen als die ergens opduiken. Wil hij met iemand anders praten zonder zijn naam te noemen, dan kan dat bij Chat met Fier of de Kindertelefoon.
    John zet de namen in zijn notities. "Dus ik ben niet de enige," zegt hij zacht.
    -> geheimhouding
+ [Je zegt: "Verwijder alles en blokkeer dat account. Dan ben je er vanaf." #belang: -2 #feedback: Begrijpelijk, maar zo verdwijnt het bewijs dat de politie nodig heeft, terwijl de afperser de beelden gewoon houdt. Afpersers duiken vaak op met een nieuw account. Maak eerst samen screenshots; blokkeren kan daarna. #bron: Tip 3; VRK art. 34]
    ~ bewijs = false
    John verwijdert de chat en blokkeert het account. Even lijkt hij opgelucht.
    Een kwartier later trilt zijn telefoon weer.
    Dacht je dat blokkeren hielp? We hebben alles nog. # plek: telefoon # spreker: Onbekend
    {pas_afgegeven:Je rekening blijft van ons.|Maandag 20.00 uur. Niet vergeten.} # spreker: Onbekend
    Het bericht komt van een nieuw account, zonder profielfoto. De oude berichten zijn weg. # plek: kantoor # signaal: nieuw_account
    -> geheimhouding
+ [Je neemt zijn telefoon van hem over en typt naar het account: "Met de begeleider van John. Stop hiermee, of ik ga naar de politie." #belang: -2 #feedback: Je wilt hem beschermen, maar je neemt de regie over zijn telefoon van hem over en daagt de afperser uit. Dat kan de dreiging verergeren, en John voelt zich nog machtelozer. Ga niet zelf in gesprek met een dader; dat is aan de politie. #bron: VRK art. 12; VRK art. 19; Tip 8]
    ~ confrontatie = true
    ~ vertrouwen -= 1
    John wil de telefoon terugpakken, maar het bericht is al weg. Binnen een minuut komt er antwoord.
    Leuk geprobeerd. Eén foto staat nu bij een klasgenoot van je. De rest volgt. # plek: telefoon # spreker: Lisa
    Waarom deed je dat nou? # plek: kantoor # spreker: John
    -> geheimhouding

=== geheimhouding ===
John draait zijn telefoon rond in zijn handen.
Beloof je dat je het aan niemand vertelt? Niet aan mijn ouders, niet aan de politie. Anders zetten ze alles online. # spreker: John
Hij kijkt je nu wel aan. # gespreksvraag: John vraagt om geheimhouding. Wat kun je hem eerlijk beloven, en wat niet?
+ [Je zegt: "Dat kan ik je niet beloven, want dan kan ik je niet beschermen. Wel beloof ik je dit: ik doe niets achter je rug om. Je hoort eerst van mij wat ik ga doen en met wie ik praat, en je mag meedenken over hoe." #belang: +2 #verwijzing: +1 #feedback: Je neemt zijn angst serieus en bent eerlijk over wat je gaat doen. Zonder zijn toestemming is niet hetzelfde als zonder zijn medeweten: hij blijft betrokken, en jij kunt doen wat nodig is om hem te beschermen. #bron: VRK art. 12; VRK art. 3; Tip 6]
    John zucht diep. "Oké. Maar ik wil het wel eerst weten." Je spreekt af dat je hem bij elke stap op de hoogte houdt.
+ [Je zegt: "Ik beloof het. Dit blijft tussen ons." #belang: -2 #verwijzing: -2 #feedback: Je wilt zijn vertrouwen houden, maar dit is een belofte die je niet kunt nakomen. Of je breekt haar later, of je laat John alleen met een afperser. Leg liever uit wat je wel en niet kunt beloven. #bron: Tip 6; Meldcode stap 5]
    ~ belofte = "geheim"
    John ontspant zichtbaar. "Echt? Dank je."
+ [Je zegt: "Maak je geen zorgen. Ik zorg ervoor dat die foto's nooit online komen, dat beloof ik je." #belang: -2 #feedback: Je wilt hem geruststellen, maar dat kan niemand garanderen. Als het toch gebeurt, verliest hij ook zijn vertrouwen in jou. Beloof alleen wat je kunt waarmaken, bijvoorbeeld dat je hem niet loslaat. #bron: Tip 6]
    // alleen van belang als er al een foto is rondgestuurd (zie einde_deels)
    {confrontatie:
        ~ belofte = "foto"
    }
    John kijkt je aan alsof hij je graag wil geloven.
- -> dader_of_slachtoffer

=== dader_of_slachtoffer ===
{pas_afgegeven:
    Ik heb die pas gewoon gegeven. Er gaat nu geld over mijn rekening van mensen die ik niet eens ken. Ben ik nu een crimineel? # spreker: John
- else:
    Maar als ik die pas maandag niet geef, zetten ze alles online. En als ik hem wel geef, ben ik toch ook een crimineel? # spreker: John
}
Hij wacht op je antwoord. # gespreksvraag: Is John hier dader of slachtoffer? Wat doet jouw antwoord met zijn bereidheid om hulp te zoeken?
+ {not pas_afgegeven} [Je zegt: "Nee. Jij wordt afgeperst en gedwongen. Wat iemand je onder dwang laat doen, maakt jou niet de schuldige; dit heet uitbuiting, en jij bent het slachtoffer. Je hoeft die pas niet af te geven. We zorgen samen dat de mensen die je kunnen beschermen het zo snel mogelijk weten." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt de dwang en haalt de schuld bij hem weg. Iemand dwingen zijn rekening af te staan is criminele uitbuiting, een vorm van mensenhandel (art. 273f Sr); slachtoffers horen niet gestraft te worden voor wat ze onder dwang moesten doen. Zo blijft hij hulp zoeken in plaats van zich te verstoppen. #bron: art. 273f Sr; VRK art. 35; VRK art. 19]
    John zegt niets, maar zijn schouders zakken een stukje. Voor het eerst kijkt hij niet meer steeds naar de deur.
+ {not pas_afgegeven} [Je zegt: "Eerlijk is eerlijk: als je die pas afgeeft, ben je een geldezel. Dan ben je zelf verantwoordelijk voor wat er met die rekening gebeurt." #geen_schuld: -3 #belang: -1 #feedback: Je maakt hem verantwoordelijk voor wat anderen hem opleggen. Daarmee zie je de dwang niet, en leert John dat hij beter kan zwijgen. Wie onder dreiging zijn rekening moet afstaan, is slachtoffer van uitbuiting (art. 273f Sr). #bron: art. 273f Sr; Tip 6]
    ~ vertrouwen -= 2
    John knikt langzaam, alsof hij dat zelf ook al dacht.
+ {not pas_afgegeven} [Je zegt: "Geef hem die pas maar. Dan is het klaar en blijven die foto's offline." #belang: -3 #feedback: Toegeven maakt het niet klaar: afpersers komen terug met nieuwe eisen. Via zijn rekening gaat straks crimineel geld, met kans op een gesloten rekening en een onderzoek naar hem. Zo laat je hem dieper in de uitbuiting zakken. #bron: VRK art. 3; VRK art. 35; art. 273f Sr]
    ~ pas_afgegeven = true
    John knikt opgelucht. Nog diezelfde avond stuurt hij je een bericht: de jongen die de pas kwam ophalen, wilde hem meteen hebben. John heeft hem gegeven, met zijn pincode en zijn inlogcodes.
+ {pas_afgegeven} [Je zegt: "Nee. Jij bent afgeperst en gedwongen. Wat iemand je onder dwang laat doen, maakt jou niet de schuldige; dit is uitbuiting, en jij bent het slachtoffer. Die rekening moet zo snel mogelijk dicht, en dat regelen we niet achter je rug om." #belang: +2 #geen_schuld: +2 #feedback: Je benoemt de dwang en haalt de schuld bij hem weg. Wat hij deed, deed hij onder dreiging: dat is criminele uitbuiting, een vorm van mensenhandel (art. 273f Sr), en slachtoffers horen niet gestraft te worden voor wat ze gedwongen moesten doen. Tegelijk pak je door: de rekening moet snel dicht. #bron: art. 273f Sr; VRK art. 35; VRK art. 19]
    John zegt niets, maar zijn schouders zakken een stukje. Voor het eerst kijkt hij niet meer steeds naar de deur.
+ {pas_afgegeven} [Je zegt: "Tja, je hebt die pas wel zelf afgegeven. Dan ben je gewoon een geldezel, en daar ben je zelf verantwoordelijk voor." #geen_schuld: -3 #belang: -1 #feedback: Je maakt hem verantwoordelijk voor wat anderen hem opleggen. Daarmee zie je de dwang niet, en leert John dat hij beter kan zwijgen. Wie onder dreiging zijn rekening moet afstaan, is slachtoffer van uitbuiting (art. 273f Sr). #bron: art. 273f Sr; Tip 6]
    ~ vertrouwen -= 2
    John knikt langzaam, alsof hij dat zelf ook al dacht.
+ {pas_afgegeven} [Je zegt: "Laat het nu maar even zo. Als je meewerkt, laten ze je misschien met rust." #belang: -3 #feedback: Afwachten beschermt hem niet. Zolang zijn rekening openstaat, loopt er crimineel geld via zijn naam en groeit het risico dat hij zelf als verdachte wordt gezien. Uitbuiters laten iemand die meewerkt zelden met rust. #bron: VRK art. 3; VRK art. 35; art. 273f Sr]
    ~ wacht += 1
    John knikt. Hij lijkt niet opgelucht.
- -> melden

=== melden ===
{
- moment == "week_later":
    Woensdagochtend zit je vroeg aan je bureau. # plek: kantoor # tijd: Woensdag, 8.45 uur
- moment == "vrijdag":
    John is naar huis. Het is vrijdagmiddag en het weekend staat voor de deur. # plek: kantoor # tijd: Vrijdag, 16.15 uur
- else:
    Vrijdagochtend zit je vroeg aan je bureau. # plek: kantoor # tijd: Vrijdag, 8.45 uur
}
{pas_afgegeven:Zijn pas is al afgegeven, en er loopt geld via zijn rekening.|Maandagavond om acht uur wil "Lisa" zijn pas.}
{belofte == "geheim":Je hebt John beloofd dat het tussen jullie blijft. Die belofte zit je dwars.}
Je weet wat je hebt gezien: afpersing met beelden, en een eis om zijn rekening. Jullie organisatie werkt met de meldcode. # gespreksvraag: Met wie deel je dit nu, en hoe houd je John daarbij betrokken? Weten jullie wie de zorgcoördinator mensenhandel in jullie regio is?
+ [Je vertelt John eerst wat je gaat doen en waarom. Daarna overleg je met Ingrid, de aandachtsfunctionaris van je organisatie, en bellen jullie samen de zorgcoördinator mensenhandel van de regio. Volgens de meldcode melden jullie het ook bij Veilig Thuis. #verwijzing: +3 #belang: +1 #feedback: Je brengt het signaal op de juiste plek en houdt het niet bij jezelf. De zorgcoördinator mensenhandel kent de route bij uitbuiting en kan de politie en passende hulp inschakelen; de meldcode leidt naar Veilig Thuis. En John hoort eerst van jou wat er gaat gebeuren. #bron: Meldcode stap 2; Meldcode stap 5; Tip 8]
    ~ route = "zc"
    {belofte == "geheim":
        ~ vertrouwen -= 1
        Als je John belt om het te vertellen, is het even stil. "Je had het beloofd," zegt hij dan. Je legt uit waarom je die belofte niet kunt houden. Hij hangt op zonder gedag te zeggen.
    - else:
        John vindt het eng, maar hij wist dat het zou komen. "Als jij erbij blijft," zegt hij.
    }
    ~ belofte = "geen"
    -> zorgcoordinator
+ [Je belt de politie: "Een jongen uit ons centrum stelt zijn bankrekening beschikbaar aan criminelen. Dat wil ik melden." #verwijzing: -2 #geen_schuld: -2 #feedback: De politie moet dit weten, maar zo meld je John als verdachte van witwassen en niet als slachtoffer van afpersing en uitbuiting. Via de zorgcoördinator mensenhandel komt de uitbuiting voorop te staan en kan hij als slachtoffer worden gehoord. #bron: art. 273f Sr; Tip 8; Meldcode stap 2]
    ~ route = "politie"
    {belofte == "geheim":
        ~ belofte = "geen"
    }
    -> politie_route
+ [Je stuurt John de namen van de Kindertelefoon, Chat met Fier en Helpwanted, waar hij anoniem terechtkan. Verder laat je het aan hem: het is zijn verhaal. #verwijzing: -2 #belang: -1 #feedback: Anonieme hulp is waardevol en goed om te noemen, maar het is een aanvulling, geen vervanging van wat jij moet doen. Een kind van veertien dat wordt afgeperst en uitgebuit, kan dit niet alleen oplossen: jij moet het signaal op de juiste plek brengen. #bron: Tip 8; Meldcode stap 5; VRK art. 19]
    ~ route = "anoniem"
    {belofte == "geheim":
        ~ belofte = "geen"
    }
    John stuurt een duimpje terug. Verder hoor je niets van hem.
    -> ouders_betrekken

=== zorgcoordinator ===
De zorgcoördinator mensenhandel neemt meteen de tijd voor jullie.
Goed dat jullie bellen. Dit is afpersing met beelden die overgaat in criminele uitbuiting: ze willen zijn rekening gebruiken om geld door te sluizen. Ik schakel de mensenhandelrechercheurs van de politie in, zodat John als slachtoffer wordt gehoord. # spreker: Zorgcoördinator
{pas_afgegeven:Zijn rekening moet zo snel mogelijk worden geblokkeerd.|Maandagavond gaat John niet naar die snackbar. De politie weet ervan.} # spreker: Zorgcoördinator
Hij is veertien, dus zijn ouders moeten het weten, tenzij ze zelf bij de uitbuiting betrokken zijn. Is daar iets over bekend? # spreker: Zorgcoördinator
Je vertelt wat je weet: niets wijst erop dat zijn ouders erbij betrokken zijn. Wel is John bang voor hun reactie.
En wijs John op Helpwanted. Als er ergens beelden van hem opduiken, kunnen zij helpen om die te laten verwijderen. # spreker: Zorgcoördinator
-> ouders_betrekken

=== ouders_betrekken ===
Later die dag belt de moeder van John naar het centrum. # plek: kantoor # tijd: Later die dag
Ik maak me zorgen. Hij slaapt slecht, zit tot diep in de nacht op zijn telefoon en wil niet meer naar voetbal. Weet jij wat er is? # spreker: Moeder van John # signaal: slaapt_slecht
John heeft je gevraagd zijn ouders erbuiten te houden.{route == "zc": De zorgcoördinator zei dat ze het moeten weten.} # gespreksvraag: Hoe betrek je de ouders zo dat het John helpt en hem niet extra beschadigt?
+ [Je zegt dat je haar graag spreekt, maar dat je eerst met John praat. Samen met hem bereid je voor wat hij wil vertellen. Die avond vertellen jullie het zijn ouders samen, met jou erbij: dat hij wordt afgeperst, dat het niet zijn schuld is, en wat er nu gebeurt. #belang: +2 #verwijzing: +1 #feedback: Je betrekt zijn ouders, want zij zijn als eersten verantwoordelijk voor hem en niets wijst erop dat ze bij de uitbuiting betrokken zijn. Door het samen met John voor te bereiden, houdt hij regie over zijn eigen verhaal, en vang jij een eerste boze of geschrokken reactie op. #bron: VRK art. 5; VRK art. 18; VRK art. 12]
    ~ ouders = 1
    Die avond zit je met John en zijn ouders aan de keukentafel. John vertelt het begin; jij vertelt de rest. # plek: thuis # tijd: Die avond
    Hoe haal je het in je hoofd om zulke foto's te sturen? # spreker: Vader van John
    Je zegt rustig dat John niets verkeerd heeft gedaan. Iemand heeft wekenlang gedaan alsof ze te vertrouwen was, en perst hem nu af. De vraag is niet waarom hij die foto's stuurde, maar hoe jullie hem nu beschermen.
    Zijn vader zwijgt. Dan legt hij een hand op Johns schouder. Zijn moeder vraagt wat ze kunnen doen.
    Samen met zijn ouders laat John {pas_afgegeven:zijn rekening|zijn pas} blokkeren. {route == "zc":Je legt uit wat de zorgcoördinator en de politie nu gaan doen.|Zijn vader wil morgen zelf naar het politiebureau.}
+ [Je vertelt het haar meteen aan de telefoon, zonder dat John het weet: "Uw zoon heeft naaktfoto's van zichzelf verstuurd en zit nu flink in de problemen." #geen_schuld: -2 #belang: -2 #feedback: Zijn ouders moeten het weten, maar zo horen ze het zonder John, en in woorden die hem de schuld geven. John hoort thuis dat je het hebt doorverteld en raakt zijn vertrouwen in jou kwijt. Vertel het samen met hem, en begin bij wat hem is aangedaan. #bron: VRK art. 12; VRK art. 18; Tip 6]
    ~ ouders = -1
    ~ vertrouwen -= 2
    Als John die avond thuiskomt, weten zijn ouders het al. Er wordt geschreeuwd, en zijn vader neemt zijn telefoon in. Via Milan krijg je één bericht van John: "bedankt voor niks."
+ [Je houdt het vaag: "Pubers, hè. Dat komt vast goed." John wil niet dat zijn ouders het weten, en hij is veertien; dat respecteer je. #belang: -2 #verwijzing: -1 #feedback: Zijn privacy telt, maar zijn ouders zijn als eersten verantwoordelijk voor zijn bescherming, en niets wijst erop dat ze deel zijn van het gevaar. Zonder hen draagt John dit thuis alleen, en worden blokkeren, aangifte en hulp veel lastiger. Help hem liever om het te vertellen. #bron: VRK art. 5; VRK art. 18; VRK art. 16]
    ~ ouders = 0
    Zijn moeder bedankt je, maar ze klinkt niet gerustgesteld. Thuis blijft John er alleen mee zitten.
- {route == "zc":
    -> aangifte
- else:
    -> afloop
  }

=== aangifte ===
~ temp op_zijn_hoede = false
{moment == "week_later":
    In een spreekkamer op het politiebureau zit je met de zorgcoördinator, een mensenhandelrechercheur en de wijkagent van Johns wijk. Over een halfuur komt John. # plek: spreekkamer # tijd: Donderdag, 10.30 uur
- else:
    In een spreekkamer op het politiebureau zit je met de zorgcoördinator, een mensenhandelrechercheur en de wijkagent van Johns wijk. Over een halfuur komt John. # plek: spreekkamer # tijd: Maandag, 10.30 uur
}
Even voor mijn beeld: er gaat dus kinderporno van die jongen rond, en hij heeft zijn rekening zelf uitgeleend? # spreker: Wijkagent
De anderen kijken jou aan. Jij kent John het best. # gespreksvraag: Hoe je iets noemt, bepaalt hoe je ernaar kijkt. Wat zeg je hier, en waarom doet dat ertoe voor John?
+ [Je zegt: "Het gaat om seksueel misbruikmateriaal van een kind, dat een afperser tegen hem gebruikt. En John heeft zijn rekening niet uitgeleend: hij werd gedwongen. Ik wil dat hij als slachtoffer wordt gehoord, met iemand die hij vertrouwt erbij." #geen_schuld: +2 #belang: +2 #feedback: Woorden doen ertoe. Het woord van de wijkagent laat het klinken als porno, alsof er sprake is van instemming; het gaat om misbruikmateriaal van een kind. Door de dwang te benoemen, help je voorkomen dat John als verdachte wordt gezien. #bron: Terminologiegids; art. 273f Sr; VRK art. 34]
    De wijkagent knikt. "Terecht. Zo had ik het niet bekeken."
+ [Je knikt: "Zo zit het, ja. Al heeft hij die foto's natuurlijk wel zelf gestuurd, en die rekening is ook van hem." #geen_schuld: -3 #feedback: Je neemt een woord over dat de ernst verhult, en je legt de schuld weer bij John. Wie zo het gesprek ingaat, hoort hem eerder als verdachte dan als slachtoffer. Het gaat om seksueel misbruikmateriaal van een kind, gemaakt en gebruikt door een afperser. #bron: Terminologiegids; VRK art. 34; art. 273f Sr]
    ~ vertrouwen -= 2
    Laten we het seksueel misbruikmateriaal van een kind noemen. En John is hier slachtoffer: wat hij deed, deed hij onder dwang. Als wij dat zelf niet zo zien, gaat hij zich in het gesprek verdedigen in plaats van vertellen. # spreker: Zorgcoördinator
    ~ op_zijn_hoede = true
    De wijkagent kijkt van jou naar de zorgcoördinator en maakt een aantekening.
- {
  - ouders == 1:
    John komt binnen met zijn moeder. Ze blijft naast hem zitten.
  - ouders == -1:
    John komt binnen met zijn vader, die nauwelijks iets zegt. John ontwijkt je blik.
  - else:
    John komt alleen. De rechercheur vraagt waar zijn ouders zijn; ze wil hen er graag bij hebben. John kijkt naar de grond. Het gesprek thuis moet nu alsnog, onder druk.
  }
John doet aangifte van afpersing. De rechercheur hoort hem als slachtoffer, in een rustige kamer, en neemt de tijd.
{op_zijn_hoede:Toch merk je dat John op zijn hoede is, ook tegenover jou. Het gesprek was al begonnen voordat hij binnenkwam.}
{bewijs:De screenshots die jullie maakten, geven de rechercheur een begin: het account, de datums, de eisen.|Omdat de berichten zijn verwijderd, moet de rechercheur het vooral doen met wat John zich herinnert.}
De zorgcoördinator regelt gespecialiseerde hulp voor John en een vast aanspreekpunt voor zijn ouders.
-> afloop

=== politie_route ===
Een agent noteert je melding. Hij vraagt naar de naam van John, zijn adres en zijn bank. Naar de afperser vraagt hij niet; daar heb jij het ook niet over gehad.
Een paar dagen later staan er twee agenten bij John thuis. Zijn ouders horen van hen dat hun zoon als verdachte in beeld is bij een onderzoek naar witwassen. # plek: thuis # tijd: Een paar dagen later
Pas als zijn moeder blijft doorvragen, vertelt John over de foto's. De bank blokkeert zijn rekening.
Een week later belt zijn moeder je op. De politie wil John verhoren als verdachte. # plek: kantoor # tijd: Een week later
Waarom heeft u niet eerst met ons gepraat? En met hem? Hij wordt afgeperst, en nu is hij de verdachte. # spreker: Moeder van John
Ze wacht op je antwoord. # gespreksvraag: John wordt als verdachte gezien. Wat kun je nu nog doen om de afpersing en de uitbuiting in beeld te krijgen?
+ [Je erkent dat je het anders had moeten aanpakken. Daarna bel je, met medeweten van John en zijn ouders, alsnog de zorgcoördinator mensenhandel en vraag je haar met de politie te bespreken dat John wordt afgeperst en uitgebuit. #verwijzing: +2 #belang: +2 #geen_schuld: +1 #feedback: Je herstelt de route. Via de zorgcoördinator komt de uitbuiting in beeld, en daarmee het uitgangspunt dat slachtoffers niet gestraft horen te worden voor wat ze gedwongen moesten doen. Een fout erkennen en herstellen hoort bij niet loslaten. #bron: art. 273f Sr; Tip 8; Tip 6]
    ~ route = "politie_hersteld"
    De zorgcoördinator belt dezelfde middag met de recherche. "Goed dat je het alsnog meldt," zegt ze. "Maar het verhoor is al gepland. Dat kan ik niet meer terugdraaien."
+ [Je zegt: "Misschien is het goed dat hij merkt dat dit gevolgen heeft. Ik laat het verder aan de politie." #belang: -2 #geen_schuld: -2 #feedback: Zo laat je John los op het moment dat hij het hardst iemand nodig heeft, en klinkt het alsof hij de gevolgen van zijn uitbuiting verdient. Jonge slachtoffers die geen hulp krijgen, raken vaak dieper in de uitbuiting. Het is nog niet te laat om de zorgcoördinator mensenhandel in te schakelen. #bron: Tip 7; Tip 6; art. 273f Sr]
    Zijn moeder hangt op.
- -> afloop

=== afloop ===
{
- route == "politie" || route == "politie_hersteld":
    -> einde_verdachte
- route == "anoniem":
    -> einde_uit_beeld
- vertrouwen >= 3 && bewijs && not confrontatie && not pas_afgegeven && ouders == 1 && wacht < 2:
    -> einde_beschermd
- else:
    -> einde_deels
}

=== einde_beschermd ===
Maandagavond om acht uur ging John niet naar de snackbar. Hij zat thuis, bij zijn ouders. De politie wist ervan, en zijn pas was geblokkeerd. # plek: jongerencentrum # tijd: Drie maanden later
Nog dagenlang kwamen er dreigberichten, van steeds nieuwe accounts. John reageerde niet en bewaarde alles voor de rechercheur.
Voor zover bekend zijn de foto's nergens opgedoken. John weet dat hij bij Helpwanted terechtkan als dat ooit toch gebeurt. De angst gaat niet zomaar weg.
Dankzij de bewaarde berichten kwam de politie uit bij een jongen uit de buurt die voor "Lisa" passen ophaalde. Wie er achter het account zit, weet de politie nog niet.
Via de zorgcoördinator praat John met een hulpverlener die gespecialiseerd is in trauma na uitbuiting. Hij slaapt beter, al is het nog niet goed.
Sinds een paar weken speelt hij weer mee in het FIFA-toernooi. Soms blijft hij na sluitingstijd nog even hangen, gewoon om te praten.
John werd als slachtoffer gezien en op tijd beschermd. Het is niet voorbij: hij leert leven met wat er is gebeurd, de dader achter het account is niet gevonden, en jij laat hem niet los. # einde: beschermd
-> END

=== einde_deels ===
John heeft hulp gekregen, maar niet alles is goed gegaan. # plek: jongerencentrum # tijd: Drie maanden later
Via de zorgcoördinator praat hij met een hulpverlener die gespecialiseerd is in trauma na uitbuiting. Dat helpt, langzaam.
{pas_afgegeven:
    Via de rekening van John zijn duizenden euro's doorgesluisd, geld van mensen die zelf zijn opgelicht. De bank heeft zijn rekening gesloten. Het kost maanden en veel gesprekken om duidelijk te maken dat hij werd gedwongen.
}
{not bewijs:
    Omdat de berichten waren verwijderd, had de rechercheur weinig om mee te werken. Het onderzoek naar "Lisa" liep snel vast.
}
{confrontatie:
    De foto bij de klasgenoot is via school en politie verwijderd, maar de klas weet ervan. John is twee weken niet naar school geweest.
}
{confrontatie && belofte == "foto":
    Je had hem beloofd dat de foto's nooit online zouden komen. Daar komt hij in jullie gesprekken nog vaak op terug.
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
{ouders == 0:
    Zijn ouders hoorden het pas toen de politie naar hen vroeg. Thuis moest het gesprek alsnog, onder druk, en niemand was erop voorbereid.
}
John wordt als slachtoffer gezien en krijgt hulp, maar een deel van de schade had voorkomen kunnen worden. # einde: deels_beschermd
-> END

=== einde_verdachte ===
{
- route == "politie_hersteld":
    Toen de zorgcoördinator erbij kwam, ging de recherche ook de afpersing onderzoeken. Maar John had toen al een verhoor als verdachte achter de rug, en zijn rekening was gesloten. # plek: jongerencentrum # tijd: Drie maanden later
    Het duurde weken voordat duidelijk werd dat hij als slachtoffer wordt gezien. Hij heeft nu hulp via de zorgcoördinator, maar volwassenen vertrouwt hij niet snel meer.
    Soms komt hij nog naar het centrum. Tegen jou is hij beleefd, meer niet.
- else:
    Na zijn verhoor als verdachte kwam John niet meer naar het centrum. Niemand onderzocht de afpersing. # plek: jongerencentrum # tijd: Drie maanden later
    Van Milan hoor je dat John nu zelf klasgenoten vraagt of ze hun bankpas willen uitlenen, voor geld. Wie hem daartoe dwingt, weet niemand.
}
{confrontatie:
    De foto die naar een klasgenoot ging, is via school verwijderd. Op school wordt nog steeds over John gepraat.
}
John werd behandeld als verdachte in plaats van als slachtoffer van afpersing en uitbuiting, en het signaal kwam pas laat of nooit op de juiste plek. # einde: als_verdachte_gezien
-> END

=== einde_uit_beeld ===
John heeft één keer met de Kindertelefoon gepraat, vertelt Milan later. Dat hielp even. Maar niemand bracht zijn verhaal naar de plek waar iemand de afpersing en de uitbuiting kon stoppen. # plek: jongerencentrum # tijd: Drie maanden later
{ouders == 1:
    Zijn ouders lieten zijn {pas_afgegeven:rekening|pas} blokkeren en deden zelf aangifte van afpersing. Dat John ook werd uitgebuit, kwam daarbij niet in beeld, en gespecialiseerde hulp kreeg hij niet.
- else:
    {pas_afgegeven:Via zijn rekening liep nog wekenlang geld van onbekenden, tot de bank hem sloot.|Maandagavond ging John toch naar de snackbar. In zijn eentje durfde hij niet anders.}
}
{confrontatie:
    De foto die naar een klasgenoot ging, deed op school de ronde. Hij is weer verwijderd, maar iedereen op school weet ervan.
}
{ouders == 1:Na een paar weken kwam hij niet meer naar het centrum. Zijn ouders zeggen dat hij zich schaamt.|Na een paar weken kwam hij niet meer naar het centrum. Zijn nummer werkt niet meer.}
{ouders == 1:Het signaal is nooit bij de zorgcoördinator mensenhandel of Veilig Thuis aangekomen. Zijn ouders doen wat ze kunnen, maar voor de hulpverlening is John uit beeld geraakt.|Het signaal is nooit op de juiste plek aangekomen. John is uit beeld geraakt, en hoe het nu met hem gaat, weet niemand.} # einde: uit_beeld
-> END
