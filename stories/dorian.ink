# titel: Dorian
# kind: Dorian, 17 jaar
# leeftijd: 17
# thema: Dader en slachtoffer tegelijk: onder dwang meisjes ronselen voor seksuele uitbuiting
# rol: Jongerenwerker in een jongerencentrum
# duur: 25
# volgorde: 4
# kaartbeeld: straat_avond
# inhoud: Deze casus gaat over Dorian, een jongen van 17 die onder bedreiging meisjes ronselt voor uitbuiters die hen seksueel uitbuiten. Dorian is dader en tegelijk zelf slachtoffer. Er wordt niets expliciet getoond, maar dreiging, geweld en seksuele uitbuiting van kinderen komen ter sprake. Je kunt op elk moment pauzeren of stoppen. Aan het eind lees je waar je terechtkunt als dit iets bij je oproept.
# persoon: Dorian, 17, Dorian
# persoon: Moeder van Dorian, 46, Dorian
# persoon: Roos, 12, Dorian
# persoon: Lina, 15
# persoon: Mila, 14
# persoon: Samira, 34
# persoon: Esther, 50
# persoon: Marloes, 45
# persoon: Wijkagent Kramer, 41
# persoon: Rechercheur De Wit, 44
# persoon: Medewerker Veilig Thuis, 38

// Niet Pluis, casus Dorian. Alle personen en plaatsen zijn verzonnen.
// Het verhaal gebruikt alleen variabelen en + keuzes (geen bezoektellingen van knopen), zodat de
// verkenner snel blijft.
//   vertrouwen       hoeveel Dorian de speler is gaan vertrouwen
//   gewacht          hoe vaak de speler afwachtte terwijl handelen nodig was
//   overhaast        hoe vaak de speler overhaast of waar anderen bij waren optrad
//   dader_alleen     Dorian alleen als dader behandeld (door de speler)
//   mila_meegenomen  Mila (14) is zaterdag naar de uitbuiter gebracht
//   publiek          de speler sprak Dorian dinsdag aan waar de meiden bij zaten
//   verbod           Dorian kreeg een pandverbod
//   lina             hoe het gesprek met Lina ging ("serieus", "samen", "dicht")
//   gesprek          hoe het gesprek met Dorian ging ("eerlijk", "veilig", "belofte")
//   zusje            Dorian vertelde over zijn zusje Roos
//   zaterdag_uit     hoe zaterdagavond afliep ("112_dorian", "wacht_dorian", "112_mila", "wacht_mila")
//   tussen           Dorian wacht thuis op een plek (alleen als het systeem faalt)
//   terug_naar_vos   Dorian ging terug naar zijn uitbuiter toen de hulp uitbleef
//   dag_kwijt        de speler belde donderdag niemand
//   systeem_faalt    schakelaar voor de trainer (workshop)

VAR vertrouwen = 0
VAR gewacht = 0
VAR overhaast = 0
VAR dader_alleen = false
VAR mila_meegenomen = false
VAR publiek = false
VAR verbod = false
VAR lina = "serieus"
VAR gesprek = "eerlijk"
VAR zusje = false
VAR zaterdag_uit = ""
VAR tussen = false
VAR terug_naar_vos = false
VAR dag_kwijt = false
VAR systeem_faalt = false

-> dinsdag

// ---------------------------------------------------------------------------
// Beslissing 1: wat je ziet op dinsdagavond
// ---------------------------------------------------------------------------
=== dinsdag ===
Het is dinsdagavond in jongerencentrum De Loods. Je werkt hier al zes jaar als jongerenwerker. # plek: jongerencentrum # tijd: Dinsdag, 19.30 uur
Dorian is zeventien en komt hier sinds zijn twaalfde. Vroeger won hij elk pooltoernooi en hielp hij bij de kookavond. Zijn naam staat nog bovenaan het krijtbord bij de pooltafel.
In de keuken bakken twee jongens pannenkoeken voor de kookavond van morgen; het hele centrum ruikt ernaar.
Dorian zit niet bij de jongens van zijn leeftijd, maar op de bank bij een groepje meiden uit de derde klas. Hij trakteert op cola en chips en maakt ze aan het lachen. Lina, vijftien, zit het dichtst bij hem. Haar vriendin Mila, veertien, zit op de leuning. # signaal: aandacht_jonge_meiden # waarom: Een oudere jongen die jongere meiden trakteert en aandacht geeft: zo begint ronselen vaak. Cadeaus en aandacht maken een meisje afhankelijk. # bron: Tip 4
Mila laat de anderen een filmpje zien van haar konijn dat over de bank springt. Iedereen moet lachen.
Dorian heeft twee telefoons. De ene ligt op tafel, de andere houdt hij steeds in zijn hand. Die zoemt voortdurend, en elke keer kijkt hij meteen. # signaal: twee_telefoons # waarom: Meer dan één telefoon hebben en altijd bereikbaar moeten zijn, is een bekend signaal van uitbuiting: iemand anders bepaalt wanneer hij moet komen. # bron: Tip 4
Na een paar minuten loopt hij met die tweede telefoon aan zijn oor naar buiten.
Wat doe je? # gespreksvraag: Wat zie je hier: een puber die flirt, of iets anders? Waar baseer je dat op, en wat doe je met dat gevoel?
+ [Ik pak de vuilniszak achter de bar en loop ook naar buiten, om te zien met wie hij praat. #belang: +1 #verwijzing: +1 #feedback: Je neemt je niet-pluisgevoel serieus zonder iemand aan te spreken of te beschuldigen. Zo verzamel je signalen die je later met anderen kunt delen: de eerste stap van de Meldcode. #bron: Tip 4; Meldcode stap 1]
    -> dinsdag_buiten
+ [Ik ga bij de meiden op de bank zitten en praat mee over school en het filmpje van het konijn. Zo ben ik erbij als Dorian terugkomt, en hoor ik wat hij ze vertelt. #belang: +1 #feedback: Je zorgt dat er een volwassene bij de meiden is, zonder iemand iets te verwijten: dat beschermt ze op dit moment. Wat Dorian buiten doet en met wie hij belt, zie je zo niet. Noteer wat je ziet, zodat je het later kunt delen. #bron: Tip 4; VRK art. 19]
    -> dinsdag_groep
+ [Ik zeg tegen de meiden, terwijl Dorian naar buiten loopt: "Dames, kijk een beetje uit met wie jullie omgaan, hè. Niet alles wat gratis is, is gratis." #belang: -1 #geen_schuld: -2 #feedback: Je wilt de meiden waarschuwen, maar je legt de verantwoordelijkheid bij hen en zet Dorian waar iedereen bij is weg als probleem. Dorian weet nu dat je oplet, en wie hem aanstuurt straks misschien ook. Verzamel signalen eerst rustig; een gesprek voer je apart. #bron: Tip 4; Gids hoofdstuk 2; VRK art. 16]
    ~ overhaast += 1
    ~ publiek = true
    -> dinsdag_publiek

=== dinsdag_buiten ===
Buiten staat een witte auto met draaiende motor. Achter het stuur zit een man van een jaar of dertig. Dorian buigt zich naar het open raam en knikt steeds, met opgetrokken schouders. # signaal: auto_voor_de_deur # waarom: Een veel oudere man die hem bij het centrum komt opzoeken, en een jongen die alleen maar knikt: dat past bij iemand die hem aanstuurt, niet bij een gelijkwaardige vriend. # bron: Tip 4
Als hij jou ziet, doet hij een stap achteruit. De auto rijdt langzaam weg.
Gewoon een vriend. # spreker: Dorian
Je zegt alleen dat hij je weet te vinden als er iets is, en gooit de vuilniszak in de container. Hij kijkt je even aan, langer dan anders.
~ vertrouwen += 1
-> sluitingstijd

=== dinsdag_groep ===
De meiden praten over een toets Frans en over wie er vrijdag jarig is. Lina vertelt dat Dorian altijd alles betaalt. "Hij is echt aardig," zegt ze.
Door het raam zie je Dorian bij een witte auto staan, voorovergebogen naar het open raampje. Hij knikt steeds, met opgetrokken schouders. # signaal: auto_gezien_door_raam # waarom: Een oudere man in een auto die hem bij het centrum opzoekt, en een jongen die alleen maar knikt: dat past bij iemand die hem aanstuurt. # bron: Tip 4
Als hij terugkomt, gaat hij niet meer bij de meiden zitten. Hij knikt naar je en blijft bij de bar.
-> sluitingstijd

=== dinsdag_publiek ===
Het wordt stil op de bank. Lina kijkt naar de grond, een van haar vriendinnen giechelt ongemakkelijk.
Door het raam zie je Dorian instappen bij een witte auto die al een tijd met draaiende motor voor de deur stond. # signaal: stapt_in_witte_auto # waarom: Een oudere man die hem met de auto komt halen terwijl hij al zenuwachtig aan de telefoon hing: iemand anders bepaalt waar hij naartoe gaat. # bron: Tip 4
Kort daarna gaan ook de meiden weg. Lina zegt je geen gedag.
-> sluitingstijd

// ---------------------------------------------------------------------------
// Beslissing 2: Dorian wil niet naar huis
// ---------------------------------------------------------------------------
=== sluitingstijd ===
{ publiek:
    Om kwart over tien doe je de lichten uit. Iedereen is weg. Dan gaat de deur nog één keer open: Dorian is teruggekomen. # tijd: Dinsdag, 22.15 uur
- else:
    Om kwart over tien doe je de lichten uit. Iedereen is weg, behalve Dorian. # tijd: Dinsdag, 22.15 uur
}
Hij vraagt of hij vannacht op de bank in het kantoortje mag slapen. Thuis is gedoe, zegt hij. # signaal: slaapt_niet_thuis # waarom: Niet thuis willen of durven slapen kan betekenen dat hij thuis niet veilig is, of dat iemand weet waar hij woont. # bron: Tip 4
Onder de lamp in de gang zie je een verse blauwe plek op zijn jukbeen. Hij trekt snel zijn capuchon op. # signaal: blauwe_plek # waarom: Letsel dat hij verbergt en niet uitlegt, is een teken van geweld. Uitbuiters houden jongeren met geweld en dreiging in hun macht. # bron: Tip 4; Tip 2
{ publiek:
    Was dat nou nodig, net? Waar iedereen bij stond? # spreker: Dorian
}
Wat zeg je? # gespreksvraag: Dorian vraagt om een slaapplek en verbergt een blauwe plek. Wat wil je met dit korte gesprek bereiken?
+ [Ik zeg: "Slapen kan hier niet, maar ik laat je niet zomaar de straat op. Ik zie die plek op je wang. Je hoeft niks uit te leggen, maar ik maak me zorgen om je. Zullen we even zitten?" #belang: +2 #geen_schuld: +1 #feedback: Je laat Dorian merken dat je hem ziet, zonder te oordelen of hem uit te horen. Zulk echt, laagdrempelig contact is vaak waar een jongere later op terugvalt als het misgaat. #bron: Tip 6; VRK art. 19]
    ~ vertrouwen += 1
    -> sluitingstijd_zitten
+ [Ik zeg: "Hier slapen mag niet. Zal ik je moeder bellen of je thuis kunt slapen? Of weet je iemand anders?" #belang: +1 #feedback: Je zoekt praktisch naar een veilige plek voor vannacht, en dat is goed. Maar de blauwe plek laat je liggen, terwijl hij die net verstopte. Benoem wat je ziet, zonder te oordelen: dan weet hij dat hij erover kan beginnen. #bron: Tip 6; VRK art. 19]
    -> sluitingstijd_praktisch
+ [Ik vraag: "Hoe kom je aan die blauwe plek? Heb je weer ruzie gezocht?" #belang: -1 #geen_schuld: -2 #feedback: Je vraag gaat ervan uit dat hij die blauwe plek aan zichzelf te danken heeft. Een jongen die bedreigd wordt, hoort dan dat volwassenen hem als probleem zien en niet als iemand die gevaar loopt. Dan zwijgt hij. #bron: Tip 4; Gids hoofdstuk 2; VRK art. 19]
    -> sluitingstijd_verwijt

=== sluitingstijd_zitten ===
Hij ploft op de bank. Een tijd zegt hij niets. Dan zegt hij dat hij met de scooter is gevallen.
Ik moet gewoon wat dingen regelen. Als dat gelukt is, is het klaar. # spreker: Dorian
Zijn telefoon zoemt. Op het scherm staat maar één letter: V. Dorian wordt bleek, leest het bericht en staat op. # signaal: bang_voor_berichten # waarom: Bleek worden van één bericht en meteen opstaan: iemand heeft macht over hem. Angst voor de afzender is een teken van dwang. # bron: Tip 4; Tip 2
Samen met hem bel je zijn moeder. Ze werkt nachtdiensten en klinkt moe. Hij kan gewoon thuiskomen, zegt ze. En of jij weet dat school heeft gebeld: hij is al drie weken niet geweest. # signaal: schoolverzuim # waarom: Weken niet naar school gaan zonder dat iemand weet waar hij is: verzuim komt vaak samen met uitbuiting voor. # bron: Tip 4
Dorian fietst weg, de capuchon diep over zijn hoofd. Voor je naar huis gaat, schrijf je op wat je vanavond hebt gezien.
-> woensdag

=== sluitingstijd_praktisch ===
Je belt zijn moeder. Ze werkt nachtdiensten en klinkt moe. Hij kan gewoon thuiskomen, zegt ze. En of jij weet dat school heeft gebeld: hij is al drie weken niet geweest. # signaal: schoolverzuim # waarom: Weken niet naar school gaan zonder dat iemand weet waar hij is: verzuim komt vaak samen met uitbuiting voor. # bron: Tip 4
Dorian luistert mee en zegt niets. Hij fietst weg, de capuchon diep over zijn hoofd.
-> woensdag

=== sluitingstijd_verwijt ===
Laat maar. # spreker: Dorian
Hij schiet langs je heen naar buiten. Op de hoek van de straat staat hij te bellen, met zijn rug naar De Loods. Waar hij vannacht slaapt, weet je niet.
-> woensdag

// ---------------------------------------------------------------------------
// Beslissing 3: teamoverleg, Marloes wil de meiden beschermen met een pandverbod
// ---------------------------------------------------------------------------
=== woensdag ===
Woensdagochtend is er teamoverleg. Eerst gaat het over de kookavond en een kapotte verwarming. Dan vertel je wat je gisteren hebt gezien. # plek: kantoor # tijd: Woensdag, 10.15 uur # aanwezig: Marloes, tafel
Marloes doet hier het meidenwerk. Ze kent Lina en Mila al sinds de brugklas.
Ik heb het ook gezien. Hij zit elke avond bij die meiden en deelt dingen uit. Ik wil dat hij hier voorlopig niet meer komt, tot we weten wat er speelt. Die meiden moeten hier veilig zijn, en ik kan niet elke avond naast die bank staan. # spreker: Marloes
Iedereen kijkt naar jou. # gespreksvraag: Marloes wil de meiden beschermen. Wat levert een pandverbod de meiden op, en wat kost het Dorian?
+ [Ik zeg: "De meiden gaan voor, daar ben ik het mee eens. Maar als hij niet meer mag komen, zien wij hem niet meer, en de meiden ziet hij gewoon op straat. Laten we Samira erbij halen." #belang: +2 #geen_schuld: +1 #verwijzing: +1 #feedback: Je houdt beide kinderen in beeld: de meiden die gevaar lopen, en Dorian, die dader en slachtoffer tegelijk kan zijn. Met de aandachtsfunctionaris erbij zet je de tweede stap van de Meldcode, in plaats van hem uit het zicht te sturen. #bron: Tip 7; Meldcode stap 2; VRK art. 3]
    -> woensdag_samira
+ [Ik zeg: "Laten we hem niet wegsturen, maar afspreken dat er steeds een van ons bij de meiden zit als hij er is. Over een week kijken we verder." #belang: +1 #feedback: Je kiest voor toezicht in plaats van wegsturen, en zo houd je allebei in het oog. Dat is verdedigbaar. Maar het ronselen gebeurt vooral buiten De Loods, en een week is lang als er iemand achter hem staat. Bij een vermoeden van uitbuiting hoort overleg met de aandachtsfunctionaris of de zorgcoördinator erbij. #bron: Meldcode stap 2; Tip 8; Tip 4]
    ~ gewacht += 1
    -> woensdag_toezicht
+ [Ik zeg: "Je hebt gelijk. Eerst de meiden. Een pandverbod, dan is het hier tenminste veilig." #belang: -2 #verwijzing: -1 #feedback: Een pandverbod voelt als bescherming, maar de meiden blijven gewoon bereikbaar voor Dorian, alleen niet meer onder jullie ogen. En Dorian verliest misschien de laatste plek waar volwassenen hem zien. Zo duw je een jongen die zelf onder druk staat verder richting wie hem aanstuurt. #bron: Tip 7; Tip 2; VRK art. 3]
    ~ overhaast += 1
    ~ verbod = true
    -> woensdag_verbod

=== woensdag_samira ===
Samira, de aandachtsfunctionaris van jullie organisatie, schuift aan. Ze luistert, leest je aantekeningen en zegt dan: # route: aandachtsfunctionaris
Dit is een vermoeden van uitbuiting. Van de meiden, en misschien ook van Dorian. Bel de zorgcoördinator mensenhandel; voor advies kan dat ook zonder namen. En duikt er een datum of een adres op, dan moet dat meteen naar de politie. # spreker: Samira # route: zorgcoordinator
Dus wij moeten hem óók nog helpen? Hij haalt die meiden binnen. # spreker: Marloes
Allebei. Dat Dorian iets ernstigs doet, betekent niet dat hij zelf geen slachtoffer is: misschien wordt hij net zo goed uitgebuit. Het een sluit het ander niet uit. # spreker: Samira
Marloes knikt langzaam. "Als de meiden maar voorgaan."
-> donderdag

=== woensdag_toezicht ===
Marloes vindt het goed, voor een week. Ze maakt een rooster voor wie er 's avonds bij de bank zit.
Na afloop houdt Samira, de aandachtsfunctionaris, je staande bij de koffieautomaat. # route: aandachtsfunctionaris
Toezicht is goed, maar dit moet ook naar buiten. Bel de zorgcoördinator mensenhandel, desnoods zonder namen. En duikt er een datum of een adres op, dan meteen naar de politie. # spreker: Samira # route: zorgcoordinator
Je knikt. Het is een drukke week.
-> donderdag

=== woensdag_verbod ===
Marloes belt Dorian die middag: hij komt er voorlopig niet meer in. Dorian antwoordt met één woord: prima.
Samira, de aandachtsfunctionaris, hoort het later en fronst. # route: aandachtsfunctionaris
Nu zien wij hem niet meer, en de meiden ziet hij gewoon op straat. Een jongen van zeventien die meiden ronselt, staat vaak zelf onder dwang van iemand die hem uitbuit. Bel de zorgcoördinator mensenhandel. # spreker: Samira # route: zorgcoordinator
-> donderdag

// ---------------------------------------------------------------------------
// Beslissing 4: Lina vertelt over het feestje
// ---------------------------------------------------------------------------
=== donderdag ===
Donderdagmiddag blijft Lina hangen als haar vriendinnen naar huis gaan. Ze trekt aan haar mouwen. # plek: jongerencentrum # tijd: Donderdag, 16.15 uur
{ verbod:
    Dorian mag er niet meer in, vertelt ze. Nu wacht hij haar elke dag na school op bij de snackbar om de hoek. # signaal: opgewacht_bij_snackbar # waarom: Opgewacht worden na school door een oudere jongen: zo houdt iemand contact en controle, nu het centrum dicht is. # bron: Tip 4
}
Ze heeft een nieuwe tas van school bij zich, met stickers van haar hockeyclub erop. En nieuwe sneakers, duurder dan iemand hier kan betalen. Van Dorian, zegt ze. # signaal: cadeaus_voor_lina # waarom: Dure cadeaus van een oudere jongen maken een meisje afhankelijk en schuldig; uitbuiters gebruiken ze om haar later iets terug te laten doen. # bron: Tip 4; Tip 2
Dorian zegt dat ik zaterdag mee mag naar een feestje. Met oudere vrienden van hem, in een flat aan de Parkweg. Als ik meega, krijg ik een nieuwe telefoon. # spreker: Lina # signaal: uitnodiging_feestje # waarom: Een feestje met veel oudere mannen op een adres dat ze niet kent, met een cadeau als lokkertje: een bekend patroon bij seksuele uitbuiting, en er ligt nu een datum en een plek. # bron: Tip 4; Tip 3
{ gewacht >= 1:
    Mila heeft ook berichtjes van hem gekregen. Of zij zaterdag ook mee wil. Ze is pas veertien. # spreker: Lina # signaal: mila_benaderd # waarom: Een tweede, nog jonger meisje wordt benaderd: het ronselen gaat door, en snel. # bron: Tip 4
}
{ publiek:
    Hij zegt dat jij hem niet mag. Dat volwassenen het toch nooit snappen. # spreker: Lina
}
Zeg het alsjeblieft niet tegen mijn ouders. Dan mag ik nooit meer weg. En Dorian is gewoon aardig. # spreker: Lina
Lina kijkt je afwachtend aan. # gespreksvraag: Lina vraagt je niets te zeggen. Hoe neem je haar serieus en zorg je tegelijk dat ze zaterdag veilig is?
+ [Ik zeg: "Goed dat je het vertelt. Als iemand je cadeaus geeft om je mee te krijgen, ligt het bij hem, niet bij jou. Geheimhouden kan ik niet, maar ik vertel je wat ik doe." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je neemt Lina serieus, legt de verantwoordelijkheid bij wie haar wil uitbuiten en belooft niets wat je niet kunt waarmaken. Je handelt straks misschien zonder haar toestemming, maar niet buiten haar medeweten. #bron: VRK art. 12; VRK art. 34; Tip 6]
    ~ lina = "serieus"
    -> donderdag_serieus
+ [Ik zeg: "Ik snap dat je bang bent voor je ouders. Zullen we samen bedenken hoe je het hun vertelt? Jij kiest hoe, en ik ben erbij als je dat wilt. Maar zaterdag ga je niet naar dat feestje, dat spreken we nu af." #belang: +1 #geen_schuld: +1 #feedback: Je geeft Lina een stem en betrekt haar ouders op een manier die zij kan dragen: dat is waardevol. Maar er ligt een datum en een adres, en dit is groter dan haar ouders alleen. Zeg er eerlijk bij dat jij het ook met mensen die hier verstand van hebben gaat delen. #bron: VRK art. 12; VRK art. 5; Tip 8]
    ~ lina = "samen"
    -> donderdag_samen
+ [Ik zeg: "Waarom zou je met hem meegaan? Een nieuwe telefoon voor een feestje met oudere mannen, dat is toch wel erg naïef. Je bent slimmer dan dat, Lina." #belang: -1 #geen_schuld: -3 #feedback: Met 'naïef' leg je de schuld bij Lina, terwijl die ligt bij wie haar wil inpalmen en uitbuiten. Wie zo'n reactie krijgt, vertelt de volgende keer niets meer, en daar rekent een uitbuiter nu juist op. #bron: Gids hoofdstuk 2; Tip 6; VRK art. 34]
    ~ lina = "dicht"
    -> donderdag_dicht

=== donderdag_serieus ===
Lina knikt langzaam. Wat ga je dan doen, vraagt ze.
Je legt het uit: je overlegt vandaag nog met iemand die hier verstand van heeft, en je belt haar morgen. Je vertelt ook over Chat met Fier, waar ze anoniem kan praten als ze dat liever wil.
Ze stopt haar telefoon weg en staat op.
Niet te boos worden op Dorian, hè. Volgens mij is hij zelf ook bang. # spreker: Lina # signaal: lina_ziet_angst # waarom: Wie dicht bij hem staat, ziet angst. Jongeren die ronselen, doen dat vaak onder druk van iemand anders. # bron: Tip 4; Tip 7
-> donderdag_bellen

=== donderdag_samen ===
Lina denkt na. Dan zegt ze dat haar moeder het beter opneemt dan haar vader. Morgenmiddag, na school, wil ze het vertellen, met jou erbij.
Niet te boos worden op Dorian, hè. Volgens mij is hij zelf ook bang. # spreker: Lina # signaal: lina_ziet_angst # waarom: Wie dicht bij hem staat, ziet angst. Jongeren die ronselen, doen dat vaak onder druk van iemand anders. # bron: Tip 4; Tip 7
-> donderdag_bellen

=== donderdag_dicht ===
Lina's gezicht klapt dicht.
Laat maar. Het is gewoon een feestje. # spreker: Lina
Ze pakt haar tas en gaat.
-> donderdag_bellen

// ---------------------------------------------------------------------------
// Beslissing 5: wie bel je?
// ---------------------------------------------------------------------------
=== donderdag_bellen ===
Je gaat in het kantoortje zitten met je telefoon. Het feestje is overmorgen. # plek: telefoon # tijd: Donderdag, 17.10 uur
Wie bel je? # gespreksvraag: Er ligt een datum en een plek. Wie moet wat weten, en hoe snel? Is die route in jullie organisatie bekend? # beleidsvraag: Tip 8: Staat op onze routekaart wie je belt als er een datum en een adres zijn: de politie, de zorgcoördinator mensenhandel, of allebei, en in welke volgorde?
+ [Ik bel de zorgcoördinator mensenhandel van de regio en vertel alles: over Lina, over het feestje van zaterdag en over Dorian. #belang: +2 #verwijzing: +2 #feedback: De zorgcoördinator mensenhandel is de spil bij een vermoeden van uitbuiting. Zij kan adviseren, politie en zorg met elkaar verbinden en naar beide kinderen kijken. Met een datum en een adres moet het ook naar de politie; dat laat je nu aan haar over, en dat kost een paar uur. #bron: Tip 8; Tip 3; VRK art. 35]
    -> bellen_zorgcoordinator
+ [Ik bel de politie, 0900-8844, en vraag naar de mensenhandelrechercheurs: zaterdag wordt een meisje van vijftien naar een flat aan de Parkweg gebracht. Daarna bel ik de zorgcoördinator mensenhandel. #belang: +2 #verwijzing: +3 #feedback: Er ligt een datum en een adres, en dan moet het meteen naar de politie, zoals Samira al zei. Door daarna de zorgcoördinator mensenhandel te bellen, wordt er ook gekeken naar zorg en bescherming, voor Lina en voor Dorian. #bron: Tip 8; VRK art. 34; VRK art. 35]
    -> bellen_politie
+ [Ik bel nog niemand. Eerst wil ik Dorian zelf spreken: ik ken hem al vijf jaar, en als ik hoor wat er echt speelt, kan ik het straks veel beter uitleggen. Ik app hem dat ik hem morgen na school wil zien, bij de snackbar. #belang: -2 #verwijzing: -2 #feedback: Je wilt het zeker weten, en je kent Dorian goed. Maar bewijs verzamelen is niet jouw taak, en er ligt een datum: dit signaal hoort nu bij de politie en de zorgcoördinator. Een gesprek met Dorian voordat er een plan is, kan hem en Lina bovendien in gevaar brengen als zijn uitbuiter ervan hoort. #bron: Meldcode stap 3; Tip 8; VRK art. 19]
    ~ gewacht += 1
    ~ dag_kwijt = true
    -> bellen_niemand

=== bellen_zorgcoordinator ===
De zorgcoördinator heet Esther. Ze luistert zonder je te onderbreken. # route: zorgcoordinator # telefoon: bellen, Esther
Dat feestje moet vandaag nog naar de politie. Ik bel de mensenhandelrechercheurs van de AVIM. Morgenochtend zitten we met elkaar om tafel, en dan kijken we naar Lina én naar Dorian. # spreker: Esther # route: politie
-> vrijdag

=== bellen_politie ===
De agent aan de telefoon noteert het adres en de tijd en zet het door naar de AVIM, de afdeling met rechercheurs die gespecialiseerd zijn in mensenhandel. # route: politie # telefoon: bellen, Politie
Daarna bel je Esther, de zorgcoördinator mensenhandel. Ze is blij dat de politie het al weet. # route: zorgcoordinator # telefoon: bellen, Esther
Morgenochtend is er overleg. Dan kijken we ook naar Dorian. Hij is zeventien; ook hij is een kind. # spreker: Esther
-> vrijdag

=== bellen_niemand ===
Dorian leest je appje meteen. Hij antwoordt niet. # telefoon: chat, Dorian
De volgende ochtend vraagt Samira hoe het met Dorian gaat. Als je over het feestje vertelt, pakt ze direct de telefoon en belt de zorgcoördinator mensenhandel, die meteen de politie inschakelt. # route: aandachtsfunctionaris # plek: kantoor # aanwezig: Samira
We zijn een dag kwijt. Bij zoiets telt elke dag. # spreker: Samira
-> vrijdag

// ---------------------------------------------------------------------------
// Beslissing 6: casusoverleg, de wijkagent ziet alleen een verdachte
// ---------------------------------------------------------------------------
=== vrijdag ===
{ dag_kwijt:
    Pas vrijdagmiddag zit je met Samira aan tafel, samen met Esther, de zorgcoördinator mensenhandel, rechercheur De Wit van de AVIM en wijkagent Kramer. # plek: kantoor # tijd: Vrijdag, 13.30 uur # aanwezig: Samira, Esther, Rechercheur De Wit, Wijkagent Kramer, tafel
- else:
    Vrijdagochtend zit je met Samira aan tafel, samen met Esther, de zorgcoördinator mensenhandel, rechercheur De Wit van de AVIM en wijkagent Kramer. # plek: kantoor # tijd: Vrijdag, 9.30 uur # aanwezig: Samira, Esther, Rechercheur De Wit, Wijkagent Kramer, tafel
}
Kramer heeft broodjes meegenomen van de bakker op de hoek. De Wit vertelt dat de politie morgenavond het adres in de gaten houdt.
Ik ken die Dorian. Zo'n loverboy in wording. Wie meiden ronselt, is voor mij verdachte van mensenhandel, of hij nu zeventien is of dertig. Zien we hem zaterdag, dan nemen we hem mee. # spreker: Wijkagent Kramer
Kramer kijkt jou aan: jij kent Dorian het best. # gespreksvraag: Dorian ronselt meiden en wordt zelf bedreigd. Hoe breng je allebei in, zonder het een weg te poetsen met het ander? # beleidsvraag: Tip 1: Krijgt in onze gemeente een kind dat zelf anderen heeft geronseld dezelfde bescherming als elk ander kind, of maken we in beleid en praktijk onderscheid?
+ [Ik zeg: "Wat hij doet, is ernstig, en de meiden gaan voor. Maar hij is zeventien, had een verse blauwe plek en iemand stuurt hem aan. Ik denk dat hij zelf ook wordt uitgebuit." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je brengt het hele beeld in: de meiden moeten beschermd worden, en Dorian kan tegelijk dader en slachtoffer zijn. Dat praat niet goed wat hij doet, maar het is wel de enige manier om de cirkel te doorbreken. #bron: Tip 7; VRK art. 3; VRK art. 1]
    -> vrijdag_beide
+ [Ik zeg: "Als jullie hem zaterdag meenemen, denk dan ook aan zijn eigen veiligheid. Hij is bang voor iemand, dat zie ik al weken. Kunnen we afspreken dat iemand hem daarna niet zomaar terugstuurt naar huis?" #belang: +2 #feedback: Je vraagt aandacht voor de veiligheid van Dorian, en dat is terecht: ook een verdachte van zeventien is een kind dat bescherming nodig heeft. Maar je laat het beeld van de wijkagent staan. Zeg ook hardop dat hij zelf slachtoffer van uitbuiting kan zijn; dat bepaalt hoe iedereen aan tafel naar hem kijkt. #bron: VRK art. 19; Tip 7; VRK art. 3]
    -> vrijdag_veiligheid
+ [Ik zeg: "Ik ken hem al jaren en ik vind het moeilijk, maar u hebt gelijk: wat hij doet, is mensenhandel. Dan is hij verdachte, en daar moet ik als jongerenwerker niet omheen draaien." #belang: -1 #geen_schuld: -2 #feedback: Je bent eerlijk over wat Dorian doet, en dat is nodig. Maar zo wordt hij alleen nog als dader gezien. Wat hem wordt aangedaan, en door wie, verdwijnt uit beeld, en daarmee de kans om hem te beschermen en het ronselen echt te stoppen. Ook een jongen die ronselt, kan zelf slachtoffer van mensenhandel zijn. #bron: Tip 7; art. 273f Sr; Aanwijzing mensenhandel]
    ~ dader_alleen = true
    -> vrijdag_dader

=== vrijdag_beide ===
Als hij onder dwang staat, willen we dat weten. Dan is hij ook een belangrijke getuige. # spreker: Rechercheur De Wit
-> vrijdag_esther

=== vrijdag_veiligheid ===
De Wit knikt. "Als we hem meenemen, kijken we ook naar waar hij daarna veilig is."
-> vrijdag_esther

=== vrijdag_dader ===
Kramer knikt tevreden. Esther niet.
-> vrijdag_esther

=== vrijdag_esther ===
Ik wil één ding rechtzetten. Loverboy is een veel te mooi woord: er is geen liefde, het is mensenhandel. En Dorian is zeventien. Ook hij kan worden uitgebuit: iemand dwingen tot strafbare feiten valt sinds 2013 onder mensenhandel. Volgens de Aanwijzing mensenhandel van het OM worden slachtoffers beschermd tegen vervolging voor strafbare feiten waartoe ze gedwongen zijn. Of dat voor Dorian geldt, beoordeelt het OM. Dat maakt het voor de meiden niet minder erg. Het betekent dat we hier twee kinderen moeten beschermen. # spreker: Esther
Esther maakt afspraken. De politie houdt morgen het adres in de gaten. Zij regelt met Veilig Thuis dat er vandaag nog iemand met Lina en haar ouders praat, met een plan voor het weekend. # route: veilig_thuis
{ lina == "samen":
    Lina wilde het haar ouders vanmiddag zelf vertellen, met jou erbij. Esther vindt dat goed: Veilig Thuis sluit daarna aan.
}
Jij bent voor Dorian het aanspreekpunt. Praat met hem. Wees eerlijk over je zorgen en over wat je meldt. Over wat de politie gaat doen, zeg je niets: dat kan hem en Lina in gevaar brengen. # spreker: Esther
-> vrijdag_melding

// ---------------------------------------------------------------------------
// Beslissing 7: de melding bij Veilig Thuis
// ---------------------------------------------------------------------------
=== vrijdag_melding ===
Na het overleg doe je, zoals afgesproken, een melding bij Veilig Thuis. De medewerker vraagt over wie de melding gaat. # plek: telefoon # route: veilig_thuis # telefoon: bellen, Veilig Thuis
Over wie meld je? # gespreksvraag: Hoort een jongen die verdacht wordt van ronselen in een melding bij Veilig Thuis? Wat kan Veilig Thuis voor hem en zijn gezin betekenen?
+ [Ik meld Lina, en ook Dorian: een jongen van zeventien die bedreigd wordt, waarschijnlijk zelf wordt uitgebuit, een blauwe plek had en niet thuis durft te slapen. #belang: +2 #verwijzing: +2 #feedback: Dorian is ook een kind dat niet veilig is. Door hem mee te melden, kan Veilig Thuis ook zijn veiligheid en die van zijn gezin beoordelen. De Meldcode geldt voor elk kind, ook voor een kind dat iets ernstigs doet. #bron: Meldcode stap 5; VRK art. 19; VRK art. 2]
    -> melding_beide
+ [Ik meld Lina en Dorian, en vraag Veilig Thuis met Esther af te stemmen wanneer ze het gezin van Dorian benaderen, zodat niets de politie van zaterdag doorkruist en Dorian niet extra in gevaar komt. #belang: +2 #verwijzing: +3 #feedback: Je meldt beide kinderen en je denkt mee over de volgorde. Als het gezin van Dorian te vroeg hoort wat er speelt, kan dat bij zijn uitbuiter terechtkomen. Afstemmen tussen Veilig Thuis en de zorgcoördinator maakt de hulp veiliger voor iedereen. #bron: Meldcode stap 5; Tip 8; VRK art. 19]
    -> melding_beide
+ [Ik meld alleen Lina. Dorian ligt nu bij de politie. #belang: -2 #verwijzing: -1 #feedback: Lina is nu goed in beeld, maar Dorian valt buiten de hulp: alleen de politie kijkt naar hem, als verdachte. Dat hij zelf bedreigd wordt, en zijn gezin misschien ook, ziet dan niemand. Ook een kind dat iets strafbaars doet, heeft recht op bescherming. #bron: VRK art. 2; VRK art. 19; Tip 7]
    ~ dader_alleen = true
    -> melding_lina

=== melding_beide ===
De medewerker van Veilig Thuis noteert alles. Ze vraagt of Dorian broertjes of zusjes heeft. Dat weet je niet.
Probeer daarachter te komen. Als hij bedreigd wordt, lopen zij misschien ook gevaar. # spreker: Medewerker Veilig Thuis
-> vrijdagavond

=== melding_lina ===
De medewerker vraagt of er nog andere kinderen bij betrokken zijn. Je zegt dat de rest bij de politie ligt.
-> vrijdagavond

// ---------------------------------------------------------------------------
// Beslissing 8: het gesprek met Dorian
// ---------------------------------------------------------------------------
=== vrijdagavond ===
~ temp open = vertrouwen - overhaast
{ verbod:
    Dorian komt niet meer in De Loods. Je vindt hem 's avonds bij de snackbar en vraagt of hij een rondje met je wil lopen. Hij twijfelt lang, en loopt dan toch mee. # plek: straat_avond # tijd: Vrijdag, 20.15 uur
- else:
    Dorian komt De Loods binnen, haalt een cola en gaat niet bij de meiden zitten. Je vraagt of hij een rondje met je wil lopen. Hij haalt zijn schouders op en loopt mee naar buiten. # plek: straat_avond # tijd: Vrijdag, 20.15 uur
}
Jullie lopen langs het water. Een man laat zijn hond uit; verderop wordt een boot aangelegd. Dorian is magerder geworden. Een hele tijd zegt hij niets. Dan vertelt hij, zonder je aan te kijken, over Vos: een man van in de dertig, voor wie hij meiden moet meenemen. Wat er daarna met die meiden gebeurt, zegt hij niet. Dat hoeft ook niet.
Als ik geen meiden meeneem, ben ik er geweest. Snap je? Dan ben ik er gewoon geweest. # spreker: Dorian # signaal: doodsangst # waarom: Doodsangst voor wie hem aanstuurt: Dorian ronselt omdat hij bedreigd wordt. Dat maakt hem ook tot slachtoffer, hoe ernstig wat hij doet ook is. # bron: Tip 2; Tip 7
{ open >= 1:
    -> zusje_onthuld ->
}
{ open >= 2:
    -> eerder_onthuld ->
}
Hij blijft staan.
Je zegt hier toch niks over, hè? Tegen niemand. # spreker: Dorian
Hij wacht op je antwoord. # gespreksvraag: Dorian vraagt je om geheimhouding. Wat kun je hem eerlijk beloven, en wat niet?
+ [Ik zeg: "Dat kan ik niet beloven. Ik wil dat jij veilig bent, en die meiden ook. Wat je voor Vos doet, is ernstig. Tegelijk word jij bedreigd en gebruikt, en daar is hulp voor." #belang: +2 #geen_schuld: +2 #verwijzing: +1 #feedback: Je benoemt wat Dorian wordt aangedaan, zonder weg te poetsen wat hij doet. Je belooft niets wat je niet kunt waarmaken en bent eerlijk dat je hulp inschakelt: zonder zijn toestemming, maar niet buiten hem om. #bron: Tip 7; Tip 6; VRK art. 12]
    ~ vertrouwen += 1
    ~ gesprek = "eerlijk"
    -> gesprek_eerlijk
+ [Ik zeg: "Ik heb al met mensen gepraat die jou en de meiden kunnen helpen. Als het misgaat, bel je mij of 112, wat er ook is." #belang: +2 #verwijzing: +1 #feedback: Je bent eerlijk dat je anderen hebt ingeschakeld, en je geeft hem een veiligheidsafspraak. Dat is veel waard. Wat je niet zegt, is dat hij niet alleen dader is: dat hij bedreigd wordt en hulp verdient. Juist dat maakt het voor hem mogelijk om die hulp aan te nemen. #bron: Tip 6; Tip 7; VRK art. 19]
    ~ gesprek = "veilig"
    -> gesprek_veilig
+ [Ik zeg: "Ik beloof het. Dit blijft tussen ons, Dorian. Je hebt al genoeg mensen tegen je, en ik wil niet ook nog een van hen zijn. Je kunt me altijd bellen, dag en nacht, wat er ook is." #belang: -2 #verwijzing: -2 #feedback: Dorian heeft iemand nodig die hij kan vertrouwen, maar deze belofte kun je niet houden: er is al een melding gedaan en de politie weet van het feestje. Als hij daarachter komt, voelt hij zich verraden door de volwassene die hij nog vertrouwde. #bron: Tip 6; VRK art. 12; VRK art. 3]
    ~ gesprek = "belofte"
    -> gesprek_belofte

=== zusje_onthuld ===
~ zusje = true
Ze weten waar mijn zusje op school zit. Roos. Ze is twaalf. # spreker: Dorian # signaal: dreiging_zusje # waarom: Dreigen met een broertje of zusje houdt jongeren stil en gehoorzaam. Het betekent ook dat Roos gevaar loopt. # bron: Tip 2
->->

=== eerder_onthuld ===
Ik was veertien toen het begon. Eerst pakketjes rondbrengen voor Vos. Toen zei hij dat ik hem geld schuldig was, en dat ik dat moest terugbetalen. Zo ging dat. # spreker: Dorian # signaal: eerder_uitgebuit # waarom: Eerst zelf uitgebuit, met een verzonnen schuld als drukmiddel, en pas daarna ronselen: veel jonge daders waren eerst slachtoffer. # bron: Tip 7; Tip 4
->->

=== gesprek_eerlijk ===
Dorian zegt lang niets.
Wat voor hulp dan? Niemand kan tegen Vos op. # spreker: Dorian
Je vertelt over Esther, over een veilige plek als dat nodig is, en over mensen die weten dat jongens zoals hij vaak zelf klem zitten. Over de politie zeg je niets. Je noemt ook Chat met Fier, voor als hij eerst anoniem wil praten.
Hij slaat je nummer op onder een andere naam. Voor het geval dat, zegt hij.
-> zaterdag

=== gesprek_veilig ===
Dorian kijkt je aan. "Met wie dan?" Je zegt dat je dat niet allemaal kunt vertellen, maar dat er mensen zijn die naar hem kijken, niet alleen naar wat hij doet.
Hij haalt zijn schouders op. Toch slaat hij je nummer op.
-> zaterdag

=== gesprek_belofte ===
Dorian knikt. Voor het eerst deze avond lacht hij even. Bij de brug neemt hij afscheid.
Op weg naar huis bedenk je dat de melding al gedaan is.
-> zaterdag

// ---------------------------------------------------------------------------
// Beslissing 9: zaterdagavond, acuut gevaar
// ---------------------------------------------------------------------------
=== zaterdag ===
{ gewacht >= 2:
    ~ mila_meegenomen = true
    Zaterdagavond zit je thuis. De politie houdt het adres van het feestje in de gaten, maar daar komt niemand. Mila, die al dagen berichtjes van Dorian kreeg, is vanavond ergens anders naartoe gebracht. Niemand had haar op tijd in beeld. # plek: thuis # tijd: Zaterdag, 21.30 uur
- else:
    Zaterdagavond zit je thuis. De politie houdt het adres van het feestje in de gaten. Er komt niemand. # plek: thuis # tijd: Zaterdag, 21.30 uur
}
{ lina == "dicht":
    Lina is thuis. Esther en Veilig Thuis hebben gisteren met haar en haar ouders een plan gemaakt, maar op jouw appjes reageert ze niet meer.
- else:
    Lina is thuis. Esther en Veilig Thuis hebben gisteren met haar en haar ouders een plan gemaakt voor het weekend.
}
{ gesprek != "belofte" && vertrouwen > overhaast:
    -> zaterdag_dorian_belt
- else:
    -> zaterdag_lina_appt
}

=== zaterdag_dorian_belt ===
Om tien voor tien gaat je telefoon. Het is Dorian. Je hoort wind en zijn adem. Hij fluistert. # plek: telefoon # tijd: Zaterdag, 21.50 uur # telefoon: bellen, Dorian
{ mila_meegenomen:
    Ik heb Mila vanavond naar ze toe gebracht, naar een flat in de gemeente hiernaast. Ik kon niet anders, Vos stond erbij. Ze is daar nog. En nu denken ze dat ik gepraat heb. # spreker: Dorian
- else:
    Ik moest vanavond Mila ophalen. Ik heb het niet gedaan. Nu zoeken ze me. # spreker: Dorian
}
Ik zit achter de garageboxen bij het station. Er rijdt steeds een witte auto langs. # spreker: Dorian # signaal: witte_auto_bij_station # waarom: Dezelfde witte auto die rondrijdt waar hij zich verstopt: zijn uitbuiter zoekt hem. Dat is acuut gevaar. # bron: Tip 4; Tip 8
Wat doe je? # gespreksvraag: Dorian is verdachte en op dit moment in gevaar. Verandert het eerste iets aan wat je nu moet doen?
+ [Ik zeg: "Blijf waar je bent. Ik bel nu 112 en bel je meteen terug." Dan bel ik 112. #belang: +3 #verwijzing: +2 #feedback: Dorian is in acuut gevaar, en misschien een meisje ook. Dan bel je 112, ook al is hij verdachte: hij is ook een kind dat bescherming nodig heeft. Dat hij jou belde, laat zien wat een eerlijk gesprek waard is. #bron: Tip 8; VRK art. 19; VRK art. 35]
    ~ zaterdag_uit = "112_dorian"
    -> zaterdag_112_dorian
+ [Ik zeg: "Loop naar de hal van het station, waar mensen zijn, en bel daar zelf 112. Ik bel intussen Esther en de politie." #belang: +1 #verwijzing: +1 #feedback: Je zoekt hulp en denkt aan zijn veiligheid, en dat is goed. Maar je vraagt een doodsbange jongen die zichzelf verdachte voelt om zelf de politie te bellen, en over een plein te lopen waar een auto naar hem zoekt. Bel zelf 112 en houd hem aan de lijn. #bron: Tip 8; VRK art. 19]
    ~ zaterdag_uit = "112_dorian"
    -> zaterdag_zelf_bellen
+ [Ik zeg: "Ga niet naar huis, daar zoeken ze je als eerste. Kun je bij een vriend slapen, iemand die ze niet kennen? Dan bel je me morgenvroeg, en dan zoeken we het samen uit." #belang: -2 #verwijzing: -2 #feedback: Je denkt mee over een plek waar hij vannacht niet gevonden wordt, en dat komt uit zorg. Maar hij is nu in gevaar, niet morgen. Bij acuut gevaar bel je 112. Als je wacht, blijft hij alleen met de mensen die hem zoeken. #bron: Tip 8; VRK art. 19]
    ~ gewacht += 1
    ~ zaterdag_uit = "wacht_dorian"
    -> zaterdag_wacht_dorian

=== zaterdag_112_dorian ===
Binnen tien minuten staat er een politieauto bij het station. Dorian wordt meegenomen naar een veilige plek voor de nacht. # route: politie
-> zaterdag_dorian_veilig

=== zaterdag_zelf_bellen ===
Dorian hangt op. Je belt zelf ook 112. Twintig minuten later vindt de politie hem in de stationshal, zonder jas, met een kapotte lip. Hij wordt meegenomen naar een veilige plek voor de nacht. # route: politie
-> zaterdag_dorian_veilig

=== zaterdag_dorian_veilig ===
{ mila_meegenomen:
    Een uur later haalt de politie Mila weg uit de flat in de gemeente hiernaast. Ze wordt naar het Centrum Seksueel Geweld gebracht; daar krijgt ze nog die nacht medische en psychosociale hulp, en haar ouders komen naar haar toe. # route: csg
}
Om drie uur 's nachts appt Dorian: ze zijn aardig hier. best raar.
-> twee_weken_later

=== zaterdag_wacht_dorian ===
Oké, zegt Dorian zacht, en hij hangt op.
Zondagochtend belt zijn moeder. Dorian is die nacht bij het station in elkaar geslagen. Hij ligt in het ziekenhuis.
{ mila_meegenomen:
    Mila is zondagochtend thuisgekomen. Tegen niemand zegt ze wat er is gebeurd.
}
-> twee_weken_later

=== zaterdag_lina_appt ===
Om half elf krijg je een appje van Lina{ lina == "dicht":, het eerste sinds donderdag}. # plek: telefoon # tijd: Zaterdag, 22.30 uur # telefoon: chat, Lina
{ mila_meegenomen:
    Mila is al sinds acht uur weg, met Dorian, naar een hotel. Ze neemt niet op. Ik ben zo bang. # spreker: Lina # signaal: mila_naar_hotel # waarom: Een meisje van veertien dat 's avonds met een oudere jongen naar een hotel gaat en niet meer opneemt: dit is acuut gevaar, geen signaal meer om af te wegen. # bron: Tip 4; Tip 8
- else:
    Mila is net met Dorian mee, naar een hotel. Ze neemt niet op. Ik ben zo bang. # spreker: Lina # signaal: mila_naar_hotel # waarom: Een meisje van veertien dat 's avonds met een oudere jongen naar een hotel gaat en niet meer opneemt: dit is acuut gevaar, geen signaal meer om af te wegen. # bron: Tip 4; Tip 8
}
{ not mila_meegenomen:
    Bij de flat aan de Parkweg kwam niemand, maar blijkbaar is er iets anders geregeld.
}
{ gesprek == "belofte":
    Je belt Dorian. Hij neemt niet op. Na een minuut komt er één bericht: jij zou niks zeggen.
- else:
    Dorian heeft je nummer, maar hij heeft niet gebeld. Na deze week vertrouwt hij geen volwassene meer genoeg.
}
Wat doe je? # gespreksvraag: Is dit een zaak voor 112, of kan het wachten tot maandag? Wat weegt zwaarder dan je twijfel?
+ [Ik bel 112: een meisje van veertien is met een oudere jongen mee naar een hotel, en daar wacht mogelijk een uitbuiter. #belang: +3 #verwijzing: +2 #feedback: Een meisje van veertien dat op dit moment naar een plek wordt gebracht waar ze kan worden uitgebuit: dat is acuut gevaar, dus 112. Ook Dorian loopt daar gevaar. Door meteen te bellen, kan de politie beide kinderen nog bereiken. #bron: Tip 8; VRK art. 34; VRK art. 35]
    ~ zaterdag_uit = "112_mila"
    -> zaterdag_112_mila
+ [Ik bel Lina terug om te vragen welk hotel het is en hoe laat ze weggingen, en daarna bel ik meteen 112 met alles wat ik weet. #belang: +1 #verwijzing: +2 #feedback: Je belt 112, en de informatie die je verzamelt, helpt de politie. Maar elke minuut telt, en de meldkamer stelt die vragen zelf ook. Bel eerst 112; Lina kan daarna nog gebeld worden. #bron: Tip 8; VRK art. 34]
    ~ zaterdag_uit = "112_mila"
    -> zaterdag_112_mila_later
+ [Ik app Mila en Dorian dat ze meteen naar huis moeten gaan, en bel Lina om haar gerust te stellen. Maandagochtend bespreek ik alles met Esther. Ik wil niet voor niets de politie op een hotel afsturen. #belang: -2 #verwijzing: -2 #feedback: Je wilt niet overdrijven, maar een appje is te weinig als een meisje van veertien op dit moment in gevaar is, en maandag is te laat. Bij acuut gevaar bel je 112. Dat geldt voor Mila, en ook voor Dorian. #bron: Tip 8; VRK art. 34; VRK art. 19]
    ~ gewacht += 1
    ~ zaterdag_uit = "wacht_mila"
    -> zaterdag_wacht_mila

=== zaterdag_112_mila ===
De politie vindt Mila binnen het uur, in een hotel net over de gemeentegrens. { mila_meegenomen: Ze was daar al uren. | Ze zijn net op tijd. } # route: politie
-> zaterdag_mila_gevonden

=== zaterdag_112_mila_later ===
Lina weet de naam van het hotel. Tien minuten later heb je de meldkamer aan de lijn. De politie vindt Mila in een hotel net over de gemeentegrens. { mila_meegenomen: Ze was daar al uren. | Het was krap. } # route: politie
-> zaterdag_mila_gevonden

=== zaterdag_mila_gevonden ===
Ze wordt naar het Centrum Seksueel Geweld gebracht, waar ze nog die nacht medische en psychosociale hulp krijgt. Haar ouders komen naar haar toe. # route: csg
Dorian wordt in de lobby aangehouden. Van Vos geen spoor.
-> twee_weken_later

=== zaterdag_wacht_mila ===
~ mila_meegenomen = true
Niemand antwoordt. Zondagochtend komt Mila thuis. Tegen niemand zegt ze wat er is gebeurd.
Maandag hoort Esther het via Lina. Ze belt met Veilig Thuis en de ouders van Mila, en legt uit dat Mila binnen een week na wat er gebeurde nog bij het Centrum Seksueel Geweld terechtkan, ook voor medische hulp. # route: csg
Dorian is verdwenen. Zijn moeder meldt hem als vermist. Vier dagen later vindt de politie hem aan de andere kant van de stad, in elkaar geslagen.
-> twee_weken_later

// ---------------------------------------------------------------------------
// Beslissing 10: wat heeft Dorian nodig?
// ---------------------------------------------------------------------------
=== twee_weken_later ===
Twee weken later is er een casusoverleg bij het wijkteam. Esther is er, een medewerker van Veilig Thuis, rechercheur De Wit, en de moeder van Dorian, met haar jas nog aan. # plek: wijkteam # tijd: Twee weken later # route: wijkteam # aanwezig: Esther, Medewerker Veilig Thuis, Rechercheur De Wit, Moeder van Dorian, tafel # gezicht: Moeder van Dorian, bezorgd
{
- zaterdag_uit == "112_dorian":
    Dorian zit op een beschermde plek buiten de stad. Hij heeft de politie over Vos verteld. Hij is nog steeds verdachte, en tegelijk een belangrijke getuige.
- zaterdag_uit == "wacht_dorian":
    Dorian is na drie dagen uit het ziekenhuis gekomen. Hij zit thuis en durft de deur niet meer uit.
- zaterdag_uit == "112_mila":
    Dorian is na zijn aanhouding heengezonden, in afwachting van zijn zaak. Hij woont weer thuis en zegt tegen niemand iets.
- else:
    Dorian ligt nog in het ziekenhuis. Tegen de politie zegt hij niets.
}
{ zusje:
    Veilig Thuis praat met zijn moeder over de veiligheid van Roos. Op haar school weten ze inmiddels wie haar wel en niet mag ophalen.
- else:
    Pas nu hoor je dat Dorian een zusje heeft: Roos, twaalf. Zijn moeder vertelt dat er vorige week een man bij haar school stond te wachten. # signaal: man_bij_school_zusje # waarom: Een onbekende man bij de school van zijn zusje: de dreiging reikt tot in het gezin. Ook Roos heeft nu bescherming nodig. # bron: Tip 2; Tip 4
}
Hij was altijd zo'n lieve jongen. Ik werkte alleen maar. Ik heb niks gezien. # spreker: Moeder van Dorian
Dorian zelf is er niet. Niemand heeft hem gevraagd te komen.
Esther draait zich naar jou. Wat heeft Dorian volgens jou nodig? # gespreksvraag: Wat heeft een jonge dader nodig die zelf ook slachtoffer is? Wie beslist dat, en waar is zijn eigen stem? # beleidsvraag: Tip 7: Welke hulp is er in onze regio voor minderjarige daders die zelf slachtoffer zijn, met grenzen én perspectief, en wie betaalt die, ook na hun achttiende?
+ [Ik zeg: "Dat moeten we Dorian zelf vragen. Hij is zeventien en weet als geen ander wat Vos kan. Laten we hem uitnodigen, met iemand die hij vertrouwt erbij, en pas daarna beslissen." #belang: +2 #geen_schuld: +1 #verwijzing: +2 #feedback: Je geeft Dorian een stem in een besluit over zijn eigen leven. Het belang van een kind is niet te bepalen zonder het kind te horen, en hulp die hij zelf mee heeft gekozen, neemt hij eerder aan. Bescherming, hulp bij wat hem is aangedaan en grenzen aan wat hij deed, horen er daarna allemaal bij. #bron: VRK art. 12; VRK art. 3; Tip 7]
    -> advies_stem
+ [Ik zeg: "Bescherming tegen Vos, een veilige plek en hulp bij wat hem is aangedaan. En iemand die met hem onder ogen ziet wat hij de meiden heeft aangedaan, met grenzen en met perspectief: school, werk, een toekomst. Ik blijf zijn aanspreekpunt, ook na zijn achttiende." #belang: +2 #geen_schuld: +1 #verwijzing: +1 #feedback: Je vraagt om bescherming en hulp voor Dorian, zonder weg te kijken van wat hij deed; veel jonge daders waren eerst zelf slachtoffer. Eén ding ontbreekt: Dorian zelf. Er wordt over hem beslist zonder dat iemand hem heeft gevraagd wat hij nodig heeft. #bron: Tip 7; VRK art. 39; VRK art. 12]
    -> advies_beide
+ [Ik zeg: "Eerst moet hij zich verantwoorden voor wat hij de meiden heeft aangedaan. Dat zijn we Lina en Mila verschuldigd. Hulp komt daarna." #belang: -2 #geen_schuld: -2 #feedback: Verantwoording hoort erbij, maar zonder bescherming en hulp keert Dorian terug naar de enige die hem nog 'beschermt': zijn uitbuiter. Straf zonder hulp doorbreekt de cirkel niet. De Aanwijzing mensenhandel vraagt juist om slachtoffers niet te vervolgen voor wat ze gedwongen deden; of dat voor Dorian geldt, beoordeelt het OM. #bron: Tip 7; VRK art. 39; Aanwijzing mensenhandel]
    ~ dader_alleen = true
    -> advies_straf

=== advies_stem ===
Esther knikt. "Goed. Volgende week zit hij hier zelf, met jou ernaast als hij dat wil." De moeder van Dorian veegt haar ogen droog.
Een week later zit Dorian aan tafel. Hij zegt weinig, maar wel wat hij wil: weg uit de stad, naar school, en Roos blijven zien. Esther schrijft het op. Ze vraagt hem ook of hij wil dat ze hem bij CoMensha aanmeldt voor de registratie van slachtoffers van mensenhandel; ze vraagt zijn toestemming. Hij wil erover nadenken. # route: zorgcoordinator # aanwezig: Dorian, Esther, tafel
-> plek

=== advies_beide ===
Esther knikt en schrijft mee. Ze gaat het bespreken met de jeugdhulp en met het OM. De moeder van Dorian veegt haar ogen droog.
Achteraf vraag je je af of iemand Dorian zelf heeft gevraagd wat hij wil.
-> plek

=== advies_straf ===
De rechercheur knikt. Esther zegt dat ze het anders ziet, maar het overleg loopt uit en de volgende casus wacht.
-> afloop

// ---------------------------------------------------------------------------
// Beslissing 11 (alleen als het systeem faalt): geen plek, en twee gemeenten die naar elkaar wijzen
// ---------------------------------------------------------------------------
=== plek ===
{ not systeem_faalt:
    -> afloop
}
Drie dagen later belt Esther. De gespecialiseerde plek voor Dorian heeft een wachtlijst van zes weken. # plek: telefoon # tijd: Drie dagen later # route: zorgcoordinator # telefoon: bellen, Esther
Dorian woont bij zijn moeder, net over de gemeentegrens. Het wijkteam daar zegt dat de uitbuiting in jullie gemeente gebeurde, dus dat jullie gemeente aan zet is. Jullie gemeente zegt dat de hulp bij zijn woongemeente hoort. Ondertussen beslist niemand. # route: gemeente
{ zaterdag_uit == "112_dorian": De crisisplek waar hij nu zit, loopt deze week af. }
Tot die tijd zit hij thuis, drie straten van waar Vos hem kan vinden. # spreker: Esther
Wat doe je? # gespreksvraag: Jij hebt gedaan wat je moest doen, en het systeem laat Dorian wachten. Wat kun je nu nog doen, en wat moet de gemeente regelen? # beleidsvraag: Tip 8: Welke gemeente is aan zet als een kind in de ene gemeente woont en in een andere wordt uitgebuit, en is dat vastgelegd voordat het nodig is?
+ [Ik vraag Esther dit vandaag nog op de regionale tafel te leggen, zodat de gemeente beslist wie betaalt. Tot er een plek is, zie ik Dorian elke dag, met de wijkagent als achtervang. #belang: +2 #verwijzing: +2 #feedback: Je laat niet los en je legt het probleem waar het hoort: bij de gemeenten, die samen moeten regelen dat een kind niet tussen twee loketten valt. Ondertussen organiseer je wat je zelf kunt, met de politie erbij. Mensenhandel houdt zich niet aan gemeentegrenzen; de aanpak moet dat ook niet doen. #bron: Tip 8; Tip 6; VRK art. 3]
    Een week later beslist de gemeente dat ze de plek voorlopig betaalt en het later met de buurgemeente verrekent. # route: gemeente
+ [Ik ga akkoord met de tussenoplossing: Dorian blijft thuis, met begeleiding van het wijkteam hier, tot er een plek is. Iets is beter dan niets, en zo hoeft hij niet nog een keer te verhuizen. #belang: +1 #feedback: Begeleiding thuis is beter dan niets, en je regelt het snel. Maar het wijkteam heeft geen ervaring met uitbuiting, en Dorian woont dicht bij wie hem zoekt. Leg ook het probleem zelf op tafel: twee gemeenten die naar elkaar wijzen, terwijl een kind wacht. #bron: Tip 6; Tip 8]
    ~ tussen = true
+ [Ik laat het aan de gemeenten. Wie de hulp betaalt, is hun zaak; als jongerenwerker ga ik daar niet over. #belang: -2 #verwijzing: -1 #feedback: Het is waar dat de gemeenten dit moeten regelen. Maar Dorian wacht intussen thuis, dicht bij zijn uitbuiter, en niemand trekt aan de bel. Jij kent hem het best: laat het signaal niet liggen, en vraag de zorgcoördinator om het op te schalen. #bron: Tip 8; Tip 6; VRK art. 3]
    ~ terug_naar_vos = true
- -> afloop

// ---------------------------------------------------------------------------
// Afloop
// ---------------------------------------------------------------------------
=== afloop ===
{
- mila_meegenomen || zaterdag_uit == "wacht_dorian" || gewacht >= 3:
    -> einde_te_laat
- terug_naar_vos || (overhaast >= 2 && zaterdag_uit != "112_dorian"):
    -> einde_uit_beeld
- dader_alleen:
    -> einde_alleen_dader
- else:
    -> einde_beschermd
}

=== einde_te_laat ===
Drie maanden later loop je op een woensdagmiddag door De Loods. # plek: jongerencentrum # tijd: Drie maanden later
{ mila_meegenomen:
    Mila komt niet meer. Ze krijgt hulp van een gespecialiseerd team, maar het gaat langzaam. Lina voelt zich schuldig, ook al weet ze dat het niet haar schuld is.
}
{
- zaterdag_uit == "wacht_dorian" || zaterdag_uit == "wacht_mila":
    De verwondingen van Dorian zijn genezen, zijn angst niet. Hij gaat na donker de deur niet meer uit en zegt tegen de politie niets over Vos.
- zaterdag_uit == "112_dorian":
    Dorian is veilig, voor nu, op een beschermde plek. Elke week vraagt hij zijn begeleider hoe het met Mila gaat.
- else:
    Dorian is heengezonden en woont weer thuis. Hij zegt tegen niemand iets, ook niet tegen jou.
}
{ tussen:
    Op een plek moest hij zes weken wachten, omdat twee gemeenten het niet eens werden over wie betaalde.
}
De signalen waren er al sinds die dinsdagavond.
{ zaterdag_uit == "112_dorian": Dankzij de verklaring van Dorian loopt er een onderzoek tegen Vos. | Tegen Vos loopt een onderzoek, maar zonder getuigen komt het maar langzaam op gang. }
Er is te lang gewacht. De signalen waren er op tijd, maar de hulp kwam pas toen een kind al iets was aangedaan. Nu komt er hulp op gang, met meer schade dan nodig was. # einde: te_laat
-> END

=== einde_uit_beeld ===
Drie maanden later sta je 's avonds bij de snackbar waar Dorian altijd stond. Hij is er niet. # plek: straat_avond # tijd: Drie maanden later
{ terug_naar_vos:
    Terwijl hij thuis wachtte op een plek, stond de witte auto twee keer voor de flat van zijn moeder. De derde keer stapte hij in. Zijn moeder meldde hem als vermist. De twee gemeenten zijn het nog steeds niet eens.
- else:
    Een week na het overleg was Dorian verdwenen. Zijn moeder meldde hem als vermist. Hij was heengezonden, en voordat de hulp rond was, liep hij terug naar de enige die op hem wachtte: Vos.
}
{ verbod:
    Het pandverbod is allang opgeheven. Hij is nooit meer teruggekomen.
}
Via Esther hoor je dat in een stad verderop een jongen meiden aanspreekt bij het station. De beschrijving past bij Dorian.
Lina en Mila krijgen hulp. Met jou, of met wie dan ook uit De Loods, wil Dorian niets meer te maken hebben.
Dorian is uit beeld. De signalen liggen bij de politie en de zorgcoördinator, maar er is geen volwassene meer die hij vertrouwt, en het ronselen gaat elders door. # einde: uit_beeld
-> END

=== einde_alleen_dader ===
Drie maanden later hangt er in De Loods een nieuwe poster over uitbuiting bij de bar. # plek: jongerencentrum # tijd: Drie maanden later
Lina is veilig en krijgt hulp. { zaterdag_uit == "112_mila": Mila ook: de politie vond haar op tijd. }
De zaak van Dorian ligt bij het OM. In zijn dossier staat hij vooral als verdachte van mensenhandel. Dat hij zelf werd bedreigd en gedwongen, staat er maar half in.
{ zaterdag_uit == "112_dorian":
    Na een paar weken op de beschermde plek moest hij terug naar huis: voor hem als slachtoffer was niets geregeld. Sindsdien zegt hij niets meer over Vos.
- else:
    Dorian zwijgt. Wie alleen als dader wordt gezien, heeft weinig reden om over zijn uitbuiter te praten.
}
Het onderzoek naar Vos loopt vast.
In de wijk zeggen ze dat er een nieuwe jongen is die meiden aanspreekt. Hij is vijftien.
De meiden zijn beschermd, maar Dorian is alleen als dader behandeld. Wat hem is aangedaan, bleef buiten beeld, en Vos heeft al een nieuwe jongen gevonden. # einde: alleen_dader
-> END

=== einde_beschermd ===
Drie maanden later komt Lina weer naar De Loods. # plek: jongerencentrum # tijd: Drie maanden later
Ze praat elke week met een hulpverlener die verstand heeft van uitbuiting. Ze is boos op Dorian, en soms ook op jou. Dat mag.
{ zaterdag_uit == "112_mila":
    Mila krijgt ook hulp. De politie vond haar die zaterdagnacht op tijd, maar ze slaapt nog slecht.
}
Tegen Vos loopt een onderzoek van de AVIM. { zaterdag_uit == "112_dorian": Dorian heeft een verklaring afgelegd. Dat was zwaar. | Dorian twijfelt nog of hij een verklaring durft af te leggen. }
{
- tussen:
    Zes weken wachtte Dorian thuis op een plek, omdat twee gemeenten het niet eens werden over wie betaalde. Twee keer stond er een witte auto voor de flat. Hij belde jou, en jij de wijkagent. Nu woont hij op een beschermde plek buiten de regio.
- systeem_faalt:
    Een week zat hij thuis, terwijl twee gemeenten overlegden wie betaalde. Jij zag hem elke dag. Nu woont hij op een beschermde plek buiten de regio.
- else:
    Dorian woont sinds een maand op een beschermde plek buiten de regio.
}
Zijn begeleiding loopt door na zijn achttiende. Hij mist zijn moeder en Roos, en hij heeft al twee keer gezegd dat hij wil stoppen. Zijn begeleider blijft. Over zijn eigen rol beslist het OM nog; Esther heeft gezorgd dat de dwang waaronder hij stond in het dossier staat.
{ gesprek == "belofte":
    Met jou wil hij voorlopig geen contact. Zijn begeleider zegt dat dat nog kan veranderen.
- else:
    Af en toe stuurt hij je een appje. Gisteren een foto van een pooltafel: ik win nog steeds.
}
Twee kinderen in beeld: de meiden zijn beschermd tegen de uitbuiter, en Dorian krijgt bescherming en hulp, als dader én als slachtoffer. Het is niet voorbij en het is niet makkelijk, maar de cirkel kan nu doorbroken worden. # einde: twee_kinderen_beschermd
-> END
