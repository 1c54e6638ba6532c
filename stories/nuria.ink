# titel: Nuria
# kind: Nuria, bijna 18 jaar
# leeftijd: 17
# thema: Seksuele uitbuiting, offline en online; dreiging tegen het gezin; hulp die na 18 doorloopt
# rol: Medewerker van het wijkteam
# duur: 25
# volgorde: 2
# kaartbeeld: thuis
# inhoud: Deze casus gaat over seksuele uitbuiting van een meisje van bijna 18, offline en online, en over bedreigingen tegen haar en haar ouders. Er wordt niets expliciets beschreven: je ziet en hoort alleen wat een medewerker van het wijkteam ziet en hoort. Je kunt op elk moment pauzeren of stoppen. Raakt het onderwerp je, praat er dan over met iemand die je vertrouwt.
# persoon: Nuria, 17, Nuria
# persoon: Nuria's moeder, 45, Nuria
# persoon: Nuria's vader, 49, Nuria
# persoon: Ilse, 44
# persoon: Sanne, 39
# persoon: Jolanda, 50
# persoon: De mentor, 41
# persoon: Rechercheur, 40

// Nuria, bijna 18. De speler werkt bij het wijkteam. De signalen staan tussen gewone dingen door;
// de speler merkt ze zelf op, de tag # signaal is de antwoordsleutel.
// Let op bij het bewerken:
// - Zet nooit een tijd als 14.05 of 8.00 direct na een komma: schrijf "14.15 uur".
// - De keuzes zijn '+' en het verhaal gebruikt geen tellers van knopen, zodat de verkenner snel blijft.
// - De les over berichten (ook in sylvia.ink): schrijf een jongere van wie de telefoon misschien
//   wordt meegelezen nooit je zorgen of je plannen. Een kort, neutraal bericht kan; de rest zeg je
//   in een gesprek, en je spreekt samen af hoe jullie veilig contact houden.
VAR systeem_faalt = false   // workshop: het systeem faalt (de verlengde jeugdhulp komt niet op tijd)
VAR vertrouwen = 0          // hoeveel Nuria jou durft te vertellen
VAR wacht = 0               // 1 = er is gewacht terwijl er gehandeld had moeten worden
VAR zc = false              // de zorgcoördinator mensenhandel is betrokken
VAR vt = false              // er is een melding bij Veilig Thuis
VAR specialist = false      // Nuria krijgt hulp van een landelijk gespecialiseerd centrum
VAR geheim = false          // je hebt Nuria geheimhouding beloofd
VAR ouders_roekeloos = false // de ouders zijn onvoorbereid of zonder plan betrokken
VAR veiligheidsplan = false // er is een veiligheidsplan voor het hele gezin
VAR app = false             // je stuurde Nuria een appje over je zorgen
VAR na18 = 0                // 0 = hulp stopt op 18, 1 = nieuwe intake elders, 2 = hulp loopt door
VAR overbrugd = false       // het systeem faalde rond 18 en de hulp moest worden overbrugd

-> begin

// ───────────────────────────── Week 1: kennismaking ─────────────────────────────
=== begin ===
Het is maandagmiddag. Je werkt bij het wijkteam en hebt zo een kennismakingsgesprek. # plek: wijkteam # tijd: Week 1, maandag 15.30 uur # route: wijkteam
De mbo-school van Nuria heeft haar bij het wijkteam aangemeld. Volgens de aanmelding verzuimt ze de laatste maanden steeds vaker en valt ze in de les in slaap. Haar mentor schrijft erbij: 'Vorig jaar was ze een van onze beste studenten.' # signaal: verzuim_mbo # waarom: Een goede student die in korte tijd steeds vaker verzuimt en in de les in slaap valt, is 's nachts misschien ergens anders. Het kan veel oorzaken hebben; uitbuiting is er een van. # bron: Tip 4
Onder aan het formulier staat haar geboortedatum. Over zeven weken wordt Nuria 18. Op zaterdag werkt ze bij de bakker in de wijk, staat er ook.
Ze komt tien minuten te laat binnen, een sporttas over haar schouder. Ze houdt haar jas aan en legt haar telefoon met het scherm naar beneden op tafel.
Terwijl jullie kennismaken, trilt de telefoon steeds opnieuw. Elke keer kijkt ze ernaar, alsof ze niet anders kan. # signaal: telefoon_trilt # waarom: Een telefoon die onophoudelijk trilt en die ze niet kan negeren, kan betekenen dat iemand haar controleert en wil dat ze altijd bereikbaar is. # bron: Tip 4
Ik weet eigenlijk niet waarom ik hier moet zijn. Ik ben gewoon moe. # spreker: Nuria
Wat zeg je? # gespreksvraag: Wat wil je dat Nuria na dit eerste gesprek over jou denkt, en wat is daarvoor nodig?
+ [Ik zeg: "Ik ben niet van school en ik kom je niet de les lezen. Je ziet er moe uit. Hoe gaat het echt met je?" #belang: +1 #geen_schuld: +1 #feedback: Je begint zonder oordeel en laat merken dat het je om haar gaat, niet om het verzuim. Zo verlaag je de drempel om later meer te vertellen. #bron: Tip 6; VRK art. 12]
    ~ vertrouwen += 1
    Nuria kijkt je een tijdje aan.
    Slecht. Ik slaap bijna niet. # spreker: Nuria
    Haar telefoon licht op. Voordat ze hem omdraait, lees je op het vergrendelscherm: 'Om 9 uur online. Niet weer te laat.' # signaal: bericht_om_negen # waarom: Een bericht dat haar op een vaste tijd opdraagt online te zijn, in de toon van een bevel, past bij iemand die over haar avonden beschikt. Online uitbuiting blijft vaak onzichtbaar. # bron: Tip 4; Tip 3
    Dat is voor mijn werk. # spreker: Nuria
    Wat voor werk, wil ze niet zeggen. Aan het eind spreken jullie af dat ze over twee weken terugkomt. Ze stopt je kaartje in haar jaszak.
    -> na_eerste_gesprek
+ [Ik zeg: "School maakt zich zorgen over je verzuim. Zullen we kijken hoe je je diploma toch haalt? Daar kan ik je bij helpen." #belang: +1 #feedback: Praktische hulp bij school is echte hulp, en je begint bij waarvoor ze is aangemeld. Maar zo gaat het gesprek over haar verzuim, niet over haar, en krijgt ze weinig ruimte om te laten merken wat er achter de vermoeidheid zit. Vraag ook hoe het met haar gaat. #bron: Tip 6; Tip 4]
    Nuria knikt. Ze geeft korte antwoorden over haar stage en haar rooster.
    -> vertrekt
+ [Ik zeg: "Ik ga er niet omheen draaien. Word je door iemand tot seks gedwongen? Het is niet erg als dat zo is, je kunt het gewoon zeggen, ook hier en nu." #belang: -2 #feedback: Je benoemt een zwaar vermoeden voordat er enig vertrouwen is, terwijl haar telefoon op tafel ligt. Eerlijk en direct zijn is goed, maar slachtoffers ontkennen dan vaak, uit angst of schaamte. Een onthulling komt meestal pas als je beschikbaar blijft en niet oordeelt. #bron: Tip 4; Tip 6]
    Nuria's gezicht verstrakt. Ze pakt haar telefoon van tafel.
    Nee. Waar heb je het over? # spreker: Nuria
    -> vertrekt

= vertrekt
Ze zegt dat ze weg moet, en staat op.
Door het raam zie je haar instappen in een donkere auto die met draaiende motor op de hoek wacht. De man achter het stuur is een stuk ouder dan zij. # signaal: auto_op_de_hoek # waarom: Opgehaald worden door een veel oudere man die buiten wacht, is een bekend signaal: zo houdt iemand haar in het oog en bepaalt hij waar ze heen gaat. # bron: Tip 4
-> na_eerste_gesprek

=== na_eerste_gesprek ===
Aan het eind van de middag werk je het gesprek uit. Er klopt iets niet, maar je kunt nog niet zeggen wat. # tijd: Week 1, maandag 17.15 uur
Wat doe je? # gespreksvraag: Wanneer is een niet-pluisgevoel genoeg om iets te doen, en wat is dan de eerste stap?
+ [Ik leg vast wat ik zag en bespreek het met Sanne, de aandachtsfunctionaris van ons team. Samen vragen we de zorgcoördinator mensenhandel anoniem om advies. #verwijzing: +2 #belang: +1 #feedback: Je brengt de signalen in kaart en overlegt, zoals de Meldcode vraagt. De zorgcoördinator mensenhandel kun je ook anoniem om advies vragen. Zo haal je deskundigheid erbij zonder dat Nuria's naam ergens rondgaat. #bron: Meldcode stap 1; Meldcode stap 2; Tip 8]
    ~ zc = true
    Sanne leest je aantekeningen en pakt de aanmelding van school erbij. # route: aandachtsfunctionaris
    Haar mentor belde vorige week nog. Nuria is een paar keer na school opgewacht door een oudere man. Dat staat nergens in de aanmelding. # spreker: Sanne # signaal: opgewacht_na_school # waarom: Opgewacht worden bij school door een veel oudere man hoort bij de bekende signalen. Dat het niet in de aanmelding stond, laat zien hoe fragmenten bij verschillende mensen blijven liggen. # bron: Tip 4; Tip 8
    Ilse, de zorgcoördinator mensenhandel van de regio, luistert en stelt een paar vragen. # route: zorgcoordinator
    Het kan passen bij uitbuiting: de vermoeidheid, een telefoon die altijd aan moet, een oudere man die haar opwacht. Het is geen bewijs, wel genoeg om alert te blijven. Houd contact en oordeel niet. En stuur haar geen berichten over je zorgen: je weet niet wie er meeleest. # spreker: Ilse
    Jullie spreken af dat je Ilse belt zodra er meer is.
    -> moeder
+ [Ik leg vast wat ik zag en bel haar mentor op school. Die kent Nuria al langer en weet misschien meer dan in de aanmelding staat. #verwijzing: +1 #belang: +1 #feedback: Fragmenten bij elkaar brengen en checken bij wie het kind kent, is precies wat nodig is. Maar de mentor weet niet meer van uitbuiting dan jij. Leg je niet-pluisgevoel ook voor aan de aandachtsfunctionaris, en vraag de zorgcoördinator mensenhandel om advies; dat kan anoniem. #bron: Tip 8; Meldcode stap 1]
    De mentor neemt meteen op. # plek: telefoon # telefoon: bellen, De mentor
    Fijn dat je belt. Nuria is een paar keer na school opgewacht door een man, een stuk ouder. Ze zei dat het haar neef was. Ik wist niet of ik dat moest melden. # spreker: De mentor # signaal: opgewacht_bij_school # waarom: Opgewacht worden bij school door een veel oudere man die een 'neef' heet, hoort bij de bekende signalen. Dat de mentor twijfelde of het iets was, is de drempel die de gids beschrijft. # bron: Tip 4; Tip 8
    Je schrijft het op en spreekt af dat jullie elkaar op de hoogte houden.
    -> moeder
+ [Ik stuur Nuria een appje: "Fijn dat je er was. Ik maak me wel zorgen om je. Als iemand je ergens toe dwingt, kun je me altijd bellen, dag en nacht." #belang: -2 #verwijzing: -1 #feedback: Je wilt laagdrempelig zijn, en dat is goed. Maar je weet niet wie er meeleest. Wie haar zo strak in de gaten houdt, kan ook haar telefoon controleren, en dan brengt dit bericht haar in gevaar. Zet je zorgen nooit in een bericht: zeg ze in een gesprek, en spreek samen af hoe jullie veilig contact houden. #bron: VRK art. 19; Tip 6; Meldcode stap 2]
    ~ vertrouwen -= 1
    ~ app = true
    Om 23.12 uur komt er een antwoord: 'Bemoei je er niet mee. Laat haar met rust.' Een minuut later is het bericht verwijderd. # plek: telefoon # tijd: Week 1, maandag 23.12 uur # signaal: bericht_verwijderd # waarom: Een antwoord dat over Nuria in de derde persoon praat en daarna verdwijnt, is waarschijnlijk niet van haar. Iemand anders heeft toegang tot haar telefoon. # bron: Tip 4; Tip 2 # telefoon: chat, Nuria
    Daarna reageert Nuria niet meer als je haar uitnodigt voor een afspraak.
    -> moeder

// ───────────────────────────── Week 2: de moeder ─────────────────────────────
=== moeder ===
Nuria's moeder belt het wijkteam. Ze wil je spreken, maar liever niet op kantoor. Je gaat bij het gezin op huisbezoek. # plek: thuis # tijd: Week 2, donderdag 10.00 uur
De woonkamer is netjes. Op de vensterbank staan schoolfoto's van Nuria: lachend, met een beugel. Een kat springt op de bank en weer af. Nuria's moeder zet koffie.
Ik weet niet meer wat ik moet doen. Elke avond rond negen uur gaat ze de deur uit. Dan staat er een auto voor de deur, steeds een andere. Pas midden in de nacht komt ze thuis. # spreker: Nuria's moeder # signaal: elke_avond_weg # waarom: Elke avond op een vaste tijd weg, opgehaald door steeds andere auto's, pas midden in de nacht thuis: iemand anders bepaalt haar avonden. # bron: Tip 4
Zaterdag gaat ze nog gewoon naar de bakker. Daar is ze altijd op tijd. # spreker: Nuria's moeder
En ze is zo bang. Niet voor zichzelf, voor ons. Ze controleert drie keer of de voordeur op slot zit. Toen mijn man laatst later thuiskwam van zijn werk, zat ze trillend op de trap. # spreker: Nuria's moeder # signaal: bang_om_ouders # waarom: Een jongere die vooral bang is dat haar ouders iets overkomt, wordt misschien bedreigd met geweld tegen haar familie. Zulke dreiging houdt kinderen stil. # bron: Tip 2
{ wacht > 0 or app:
    Vorige week waren de banden van onze auto lek gestoken. Nuria smeekte ons om niet naar de politie te gaan. # spreker: Nuria's moeder # signaal: autobanden_lek # waarom: Lekgestoken banden en een kind dat smeekt de politie erbuiten te laten, wijzen op een waarschuwing aan het gezin en op angst voor wat er gebeurt als iemand praat. # bron: Tip 2; Tip 4
}
~ app = false
Is er iets met haar? Zegt u het alstublieft. # spreker: Nuria's moeder
Wat zeg je? # gespreksvraag: Wat mag en moet je met ouders delen als je nog niet weet wat er speelt, en hoe weeg je hun rol?
+ [Ik zeg dat ik er werk van maak, maar niet deel wat Nuria mij vertelt. Ik vraag haar de mannen niet zelf aan te spreken en mij te bellen als er iets is. #belang: +2 #verwijzing: +1 #feedback: Je betrekt de moeder zonder Nuria's vertrouwen te schenden en zonder het gezin in gevaar te brengen. Ouders zijn een belangrijke bron van steun; hoe je hen betrekt, hangt af van hun rol. Hier wijst alles erop dat ze zelf bang zijn, niet dat zij de dreiging zijn. #bron: VRK art. 18; VRK art. 16; Tip 8]
    ~ vertrouwen += 1
    Nuria's moeder knikt langzaam. Het is niet het antwoord waarop ze hoopte, maar ze gelooft je.
    Twee dagen later belt ze terug. Ze heeft tegen Nuria gezegd dat jij iemand bent die luistert. Nuria wil je spreken.
    -> onthulling
+ [Ik zeg: "Ik denk dat er een loverboy achter zit. Houd haar 's avonds binnen en neem haar telefoon af, dan kan hij haar niet meer bereiken." #belang: -3 #geen_schuld: -2 #verwijzing: -1 #feedback: Dat woord maakt een mensenhandelaar mooier dan hij is en suggereert dat Nuria verliefd werd en verkeerd koos; zeg mensenhandelaar of uitbuiter. En wie haar binnenhoudt of haar telefoon afpakt, zet haar klem tussen haar ouders en mensen die met geweld dreigen: het gezin loopt dan meer gevaar, niet minder. Zo'n ingreep vraagt om een plan met specialisten en politie. #bron: Terminologiegids; Tip 8; VRK art. 19]
    ~ ouders_roekeloos = true
    ~ vertrouwen -= 1
    Later hoor je wat er die avond gebeurde. Nuria's ouders deden de voordeur op slot en namen haar telefoon in. Om half tien ging de bel, drie keer achter elkaar. Nuria schreeuwde dat ze het erger maakten, griste haar telefoon van tafel en ging toch.
    -> onthulling
+ [Ik zeg: "Nuria is bijna 18. Met wie ze omgaat, is haar eigen keuze. Geef haar wat ruimte; hoe harder u trekt, hoe verder ze weggaat. Dat zie ik bij veel jongeren." #belang: -2 #geen_schuld: -3 #feedback: Ruimte geven klinkt wijs bij een puber, maar 'haar eigen keuze' legt de verantwoordelijkheid bij Nuria: dat is victim blaming. Tot haar 18de is ze een kind met recht op bescherming, en 18 worden maakt niemand vrij van dwang. Zo stuur je een moeder weg die je juist belangrijke signalen komt brengen. #bron: Gids hoofdstuk 2; VRK art. 1; Tip 2]
    ~ wacht = 1
    Nuria's moeder kijkt je lang aan. Dan staat ze op om je uit te laten.
    -> onthulling

// ───────────────────────────── Week 3: het gesprek ─────────────────────────────
=== onthulling ===
{
- ouders_roekeloos:
    Nuria staat zonder afspraak bij de balie van het wijkteam. Ze is woedend. # plek: wijkteam # tijd: Week 3, woensdag 16.00 uur
    Wat heb je tegen mijn moeder gezegd? Weet je wel wat er gebeurt als zij merken dat jullie iets weten? # spreker: Nuria
- vertrouwen >= 1:
    Nuria staat zonder afspraak bij de balie van het wijkteam. # plek: wijkteam # tijd: Week 3, woensdag 16.00 uur
    Heb je even? # spreker: Nuria
- else:
    Nuria komt naar het wijkteam omdat haar mentor met haar meeloopt tot aan de deur. Ze gaat met haar armen over elkaar zitten. # plek: wijkteam # tijd: Week 3, woensdag 16.00 uur
}
{ ouders_roekeloos:
    Je laat haar uitrazen. Dan begint ze te praten, eerst in halve zinnen.
- else:
    Jullie zitten een tijdje zonder veel te zeggen. Ze draait een ring om haar vinger. Dan begint ze te praten, eerst in halve zinnen.
}
Het begon meer dan een jaar geleden. Nu moet ik elke avond doen wat ze zeggen. Soms moet ik ergens heen, soms moet ik online zijn, voor de camera. # spreker: Nuria # signaal: elke_avond_gedwongen # waarom: Nuria vertelt zelf dat ze elke avond moet doen wat anderen zeggen, offline en online. Een onthulling door een jongere zelf geldt als acute onveiligheid. # bron: Tip 3; Meldcode stap 5
Als ik stop, doen ze mijn ouders iets aan. Ze weten waar mijn vader werkt. # spreker: Nuria # signaal: dreiging_ouders # waarom: Dreigen met geweld tegen haar ouders is een bekend drukmiddel bij minderjarigen: het houdt haar stil en maakt weggaan onmogelijk. # bron: Tip 2
{ vertrouwen >= 1:
    Ze hebben beelden van me. Die sturen ze naar iedereen als ik niet luister. # spreker: Nuria # signaal: beelden_chantage # waarom: Chantage met beelden is een van de meest gebruikte manieren om een slachtoffer vast te houden; schaamte doet de rest. # bron: Tip 2; Tip 3
}
{ vertrouwen >= 2:
    Het is niet één iemand. Het zijn er meer. Ze brengen me naar andere steden, steeds naar een ander adres. # spreker: Nuria # signaal: netwerk_steden # waarom: Meer daders en steeds andere adressen in andere steden wijzen op een netwerk. Uitbuiting houdt zich niet aan gemeentegrenzen. # bron: Tip 8
}
Ze kijkt je recht aan.
Je mag dit aan niemand vertellen. Beloof het. Anders komen ze erachter. # spreker: Nuria
Wat zeg je? # gespreksvraag: Hoe blijf je eerlijk tegen Nuria als wat ze van je vraagt niet veilig is? # beleidsvraag: Tip 2: Houdt ons beleid er rekening mee dat een minderjarige die met geweld tegen haar ouders wordt bedreigd, niet zelf om hulp kan vragen? Waar kan ze in onze gemeente terecht zonder dat iemand het merkt?
+ [Ik zeg: "Dat kan ik niet beloven, want ik wil dat jij en je ouders veilig zijn. Maar ik doe niets achter je rug om." #belang: +3 #verwijzing: +1 #feedback: Je bent eerlijk over wat je wel en niet kunt, en je neemt haar angst serieus. Zonder toestemming handelen betekent niet zonder haar medeweten. Zo blijft het contact heel en kan er toch hulp komen. #bron: VRK art. 12; VRK art. 3; Tip 6]
    Nuria zegt een hele tijd niets. Dan knikt ze, heel klein.
    Maar niet de politie bij ons aan de deur. Dan weten ze het meteen. # spreker: Nuria
    Je schrijft het op. Dit is wat zij nodig heeft om je te kunnen vertrouwen.
    -> online
+ [Ik zeg: "Ik doe niets zonder dat jij het weet. Laten we eerst samen bedenken wat jij veilig vindt, en wie je erbij wilt hebben." #belang: +2 #verwijzing: -1 #feedback: Je betrekt Nuria bij wat er gebeurt, en je belooft geen geheimhouding. Dat is veel waard. Maar je zegt niet dat je hoe dan ook hulp gaat halen, en 'eerst samen bedenken' kan ze horen als: niets zonder mijn ja. Wees nu al eerlijk dat je anderen nodig hebt om haar en haar ouders te beschermen. #bron: VRK art. 12; Tip 6; Meldcode stap 3]
    Nuria knikt. Ze lijkt opgelucht.
    -> online
+ [Ik zeg: "Ik beloof het. Dit blijft tussen ons. Jij bepaalt wat er gebeurt, want het is jouw leven, en je bent bijna volwassen." #belang: -3 #verwijzing: -1 #feedback: Je wilt haar regie geven en haar vertrouwen niet kwijtraken. Maar je belooft iets wat je niet kunt waarmaken: wat ze vertelt, vraagt om bescherming, en daarvoor heb je anderen nodig. Straks moet je de belofte breken, of je laat haar alleen met het gevaar. Maak geen afspraken die je niet kunt nakomen. #bron: Tip 6; VRK art. 3]
    ~ geheim = true
    Nuria ademt uit. Voor het eerst lacht ze even.
    Je voelt je opgelucht, en tegelijk zwaar. Wat moet je nu met wat je weet?
    -> online

=== online ===
Op dat moment licht haar telefoon op. Nuria kijkt, en wordt bleek. Ze draait het scherm naar je toe, alsof ze wil dat iemand anders het ook ziet.
'Om 21.00 live. Niet weer zo laat als gisteren. Doe de groeten aan je vader.' # plek: telefoon # signaal: bericht_live # waarom: Een bevel om op een vaste tijd 'live' te gaan, met een verwijzing naar haar vader: dit is online seksuele uitbuiting met dreiging tegen haar familie. # bron: Tip 3; Tip 2 # telefoon: chat, Onbekend nummer
{ vertrouwen >= 1:
    Zie je nou? Zo gaat het elke avond. Ze hebben alles. Ik kan nergens heen. # plek: wijkteam # spreker: Nuria
- else:
    Zie je nou? Zo gaat het elke avond. Ze hebben filmpjes van me. Als ik niet doe wat ze zeggen, ziet iedereen ze. Ik kan nergens heen. # plek: wijkteam # spreker: Nuria
}
Wat zeg je? # gespreksvraag: Wat kun je als professional doen tegen uitbuiting die online gebeurt, zonder de schade groter te maken?
+ [Ik zeg: "Het is niet jouw schuld. Je hoeft mij niets te laten zien. Er is hulp om beelden offline te halen, en de politie heeft rechercheurs hiervoor." #belang: +2 #geen_schuld: +1 #verwijzing: +2 #feedback: Je legt de schuld bij wie haar chanteert en voorkomt dat nog meer mensen de beelden zien. Online uitbuiting is net zo goed seksuele uitbuiting, en er is gespecialiseerde hulp: Helpwanted helpt beelden te laten verwijderen, en de politie heeft mensenhandelrechercheurs. #bron: Helpwanted; VRK art. 34; Tip 3]
    Nuria's schouders zakken een stukje.
    Ze zeggen ook dat ik ze geld schuldig ben. Voor de telefoon, de ritten, alles. Elke week wordt het meer. # spreker: Nuria # signaal: schuld_opgelegd # waarom: Een schuld die de uitbuiters zelf verzinnen en die elke week groeit, maakt dat ze nooit vrij kan komen. Het is een bekend middel om slachtoffers vast te houden. # bron: Tip 2; Tip 4
    Je noemt Chat met Fier: daar kan ze anoniem met iemand praten. Je schrijft het nergens voor haar op. Ze onthoudt de naam.
    -> route
+ [Ik zeg: "Bewaar die berichten. Maak er screenshots van, met de datum en de naam van het account erbij. Dat kan later helpen, als je naar de politie wilt gaan." #verwijzing: +1 #belang: +1 #feedback: Bewijs bewaren hoort bij het advies van Helpwanted en de politie, en over de beelden zelf vraag je niets. Maar het eerste wat Nuria nu nodig heeft, is horen dat het niet haar schuld is, en dat er hulp is om beelden te laten verwijderen. Praktisch advies zonder dat, voelt als een opdracht erbij. #bron: Helpwanted; Tip 6]
    Nuria knikt. Ze zegt dat ze dat al doet, in een map die niemand kan zien. Meer vertelt ze niet.
    -> route
+ [Ik zeg: "Stuur voortaan echt geen beelden meer, aan niemand. Dan hebben ze in elk geval niets nieuws om je mee te chanteren." #geen_schuld: -2 #belang: -1 #feedback: Je wilt erger voorkomen, maar zo klinkt het alsof Nuria de beelden zelf heeft gestuurd en het had kunnen voorkomen, terwijl ze ertoe wordt gedwongen. Dat vergroot de schaamte waarmee uitbuiters slachtoffers stil houden. Zeg dat het niet haar schuld is, en wijs op hulp om beelden te laten verwijderen. #bron: Gids hoofdstuk 2; Helpwanted; VRK art. 34]
    ~ vertrouwen -= 1
    Nuria zegt niets meer. Ze kijkt naar de grond.
    -> route

=== route ===
Het is kwart over vijf. Nuria moet zo weg: om half zes wordt ze opgehaald. Je hebt nog een paar minuten. # tijd: Week 3, woensdag 17.15 uur
{ geheim:
    Je hebt haar beloofd niets te zeggen. Die belofte zit nu tussen jullie in.
}
Wat doe je? # gespreksvraag: Welke route volg je nu, en hoe zorg je dat Nuria weet wat je doet en waarom?
+ {not geheim} [Ik zeg Nuria eerlijk dat ik meld bij Veilig Thuis en de zorgcoördinator inschakel. Ik vraag wat zij nodig heeft om dat veilig te laten gaan. #verwijzing: +3 #belang: +2 #feedback: Wat Nuria vertelt, is acute en structurele onveiligheid; dan meld je bij Veilig Thuis. De zorgcoördinator mensenhandel helpt de hulp te laten passen bij uitbuiting. Omdat je het haar vooraf vertelt en naar haar luistert, gebeurt het met haar en niet over haar hoofd heen. #bron: Meldcode stap 5; Tip 8; VRK art. 12]
    -> hulp_start
+ {not geheim} [Ik vraag Nuria of ze het goed vindt dat ik Veilig Thuis en de zorgcoördinator inschakel. Zegt ze nee, dan vraag ik de zorgcoördinator eerst om advies. #verwijzing: +1 #belang: +1 #feedback: Toestemming vragen is respectvol, en op haar leeftijd telt haar stem zwaar. Maar wat ze vertelt, is acute onveiligheid: dan meld je ook zonder toestemming. Vraag dus niet of het mag, maar zeg eerlijk dat het gebeurt, en vraag wat zij nodig heeft om het veilig te laten verlopen. #bron: Meldcode stap 5; VRK art. 12; Tip 8]
    Nuria zegt nee. Ze is bang. Je belt Ilse, de zorgcoördinator mensenhandel, die avond nog voor advies. Ilse zegt wat je al vreesde: dit moet naar Veilig Thuis, vandaag. De volgende ochtend vertel je Nuria dat je meldt, en waarom. # route: zorgcoordinator
    -> hulp_start
+ {geheim} [Ik zeg Nuria eerlijk dat ik haar iets heb beloofd wat ik niet kan waarmaken, en waarom. Dan vertel ik dat ik meld bij Veilig Thuis en de zorgcoördinator inschakel. #verwijzing: +3 #belang: +2 #feedback: Een belofte terugnemen is moeilijk, maar eerlijk zijn is beter dan haar alleen laten met het gevaar. Wat ze vertelt, is acute onveiligheid: je meldt bij Veilig Thuis en schakelt de zorgcoördinator in, met haar medeweten. Zo herstel je wat er misging. #bron: Meldcode stap 5; Tip 6; Tip 8]
    -> hulp_start
+ {geheim} [Ik houd me aan mijn belofte. Ik zeg niets tegen anderen en probeer het contact vast te houden, zodat ze bij mij blijft komen als het erger wordt. #verwijzing: -2 #belang: -2 #feedback: Je blijft trouw aan je woord, en contact houden is waardevol. Maar Nuria blijft zo alleen met het gevaar, en haar ouders ook. Als een jongere zelf over geweld vertelt, geldt dat als acute onveiligheid. Laat een belofte of de vertrouwensrelatie nooit in de weg staan van hulp. #bron: Meldcode stap 5; Tip 6; VRK art. 19]
    ~ wacht = 1
    Nuria gaat. Je schrijft niets op; dat had je beloofd.
    -> acuut
+ [Ik verwijs Nuria naar de praktijkondersteuner van de huisarts voor haar slaap, en naar het schoolmaatschappelijk werk voor haar verzuim. Dat zijn plekken waar ze deze week al terechtkan. #verwijzing: -2 #belang: -1 #feedback: Snelle hulp dichtbij klinkt goed, maar zo worden haar klachten behandeld en niet de oorzaak. Slachtoffers worden vaak jarenlang van hulpverlener naar hulpverlener gestuurd, terwijl niemand de uitbuiting ziet. Nuria heeft gespecialiseerde hulp nodig, via Veilig Thuis en de zorgcoördinator mensenhandel. #bron: Tip 6; Tip 8]
    Nuria knikt. Ze lijkt bijna opgelucht dat het daarbij blijft.
    -> ouders_zorgen

=== hulp_start ===
~ vt = true
~ specialist = true
{ geheim:
    Je beloofde het, zegt Nuria zacht. Maar ze blijft zitten.
}
Als zij het merken, is het voorbij. Voor mij en voor mijn ouders. # spreker: Nuria
Je zegt dat je haar angst serieus neemt en doorgeeft, en dat ze van jou hoort wat er gebeurt voordat het gebeurt.
Je doet de melding bij Veilig Thuis en belt Ilse, de zorgcoördinator mensenhandel. # route: veilig_thuis
{ zc:
    Ilse herkent het verhaal meteen van jullie eerdere telefoontje.
}
~ zc = true
Veilig Thuis doet een veiligheidsbeoordeling. Omdat er acuut gevaar is, gebeurt dat met voorrang.
Hoe wij werken, verschilt per regio. Voor een meisje van zeventien loopt de hulp via Veilig Thuis en de jeugdhulp; ik adviseer en houd de lijnen bij elkaar. Jij regelt als wijkteam de toegang tot de jeugdhulp. Samen vragen we een intake aan bij een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting. # spreker: Ilse # route: zorgcoordinator
En de politie moet weten dat er tegen haar ouders wordt gedreigd. Ik leg contact met de mensenhandelrechercheurs; die weten hoe dat moet zonder dat het opvalt, en Nuria hoort vooraf wat er gebeurt. Over aangifte hoeft ze nu niets te beslissen. # spreker: Ilse # route: politie
Nog één ding. Slachtoffers kunnen worden aangemeld bij CoMensha, voor de landelijke registratie. Daar is haar schriftelijke toestemming voor nodig; voor zover ik weet, mag ze vanaf haar zestiende zelf tekenen, maar dat check ik nog. Wil jij het met haar bespreken? # spreker: Ilse
Wat doe je? # gespreksvraag: Wat heeft Nuria aan registratie, en wat heeft de gemeente eraan? # beleidsvraag: Tip 5: Weten wij hoeveel jongeren in onze gemeente worden uitgebuit? Wat registreren we, bij wie, en wat doen we met die cijfers?
+ [Ik leg Nuria uit wat registratie is en waarvoor het dient, en dat zij beslist. Tekenen hoeft niet vandaag. #belang: +2 #verwijzing: +1 #feedback: Registratie helpt om zicht te krijgen op uitbuiting, want nu ziet CoMensha maar een fractie. Door het uit te leggen en haar te laten kiezen, blijft het haar besluit en geen formulier erbij op een slechte dag. #bron: Tip 5; VRK art. 12; VRK art. 16]
    Nuria wil er een nacht over slapen. Een week later tekent ze, met Ilse erbij.
+ [Ik vraag Nuria meteen te tekenen, nu ze er toch is. Hoe meer slachtoffers er zijn geregistreerd, hoe beter de gemeente weet wat er speelt, en dan komt er ook meer hulp. #verwijzing: +1 #belang: -2 #feedback: Je hebt gelijk dat registratie telt; zonder cijfers blijft uitbuiting onzichtbaar. Maar Nuria heeft net verteld wat haar overkomt, en een handtekening onder druk is geen vrije keuze. Leg uit wat het is, en laat haar beslissen wanneer ze eraan toe is. #bron: Tip 5; VRK art. 12]
    Nuria tekent zonder het te lezen. Ze zegt niets meer, en gaat.
+ [Ik laat de registratie voorlopig rusten. Nuria heeft genoeg aan haar hoofd, en voor haar hulp verandert het niets. #belang: +1 #feedback: Je beschermt Nuria tegen nog een formulier, en dat is begrijpelijk. Maar zo blijft ze onzichtbaar in de cijfers waarmee gemeenten en het rijk bepalen hoeveel hulp er nodig is. Leg het haar later rustig voor; zij beslist. #bron: Tip 5; Tip 6]
    Het formulier blijft in het dossier liggen.
- -> ouders_plan

// ───────────────────────────── Week 4: de ouders ─────────────────────────────
=== ouders_plan ===
Je zit met Nuria en haar ouders in een spreekkamer. Ilse is er ook, en een mensenhandelrechercheur van de politie, in gewone kleren. Niemand is bij het gezin aan de deur geweest. Nuria zit naast haar moeder, met haar capuchon op. # plek: spreekkamer # tijd: Week 4, dinsdag 14.00 uur # route: politie # aanwezig: Nuria, Nuria's moeder, Nuria's vader, Ilse, Rechercheur, tafel
Vooraf heb je met Nuria besproken wat haar ouders mogen weten. Ze wil dat ze begrijpen dat zij ook in gevaar zijn. Over de beelden wil ze niet praten.
{ ouders_roekeloos:
    Haar vader zit met zijn armen over elkaar. Sinds die avond met de voordeur is het stil tussen hem en Nuria.
}
Wat doe je? # gespreksvraag: De ouders worden zelf bedreigd. Hoe betrek je hen zonder Nuria of henzelf in gevaar te brengen?
+ [Ik laat Nuria zelf vertellen wat ze wil, en help haar ouders begrijpen dat hun dochter niets te verwijten valt. Met Ilse en de rechercheur maakt het hele gezin daarna samen een veiligheidsplan. #belang: +2 #geen_schuld: +1 #verwijzing: +1 #feedback: De ouders zijn hier geen daders maar zelf bedreigd, en ze kunnen Nuria steunen. Door het hele gezin te betrekken, met een plan en met de politie erbij, bescherm je iedereen. Nuria houdt zelf de regie over wat ze vertelt. #bron: VRK art. 18; VRK art. 12; Tip 6]
    ~ veiligheidsplan = true
    Nuria vertelt, met horten en stoten, dat ze wordt bedreigd, en dat de dreiging ook haar ouders geldt. Haar moeder pakt haar hand. Haar vader zegt lang niets.
    Het is niet jouw schuld, meisje. Hoor je me? Niet jouw schuld. # spreker: Nuria's vader
    -> locatie
+ [Ik laat Ilse en de rechercheur het gesprek met de ouders leiden; zij weten hoe je een gezin veilig informeert. Nuria en ik zitten erbij, en ik vat aan het eind samen wat er is afgesproken. #verwijzing: +1 #belang: +1 #feedback: Je laat de deskundigen doen waar ze goed in zijn, en er komt een plan. Maar Nuria zit erbij als iemand over wie wordt gepraat. Vraag haar wat ze zelf wil vertellen, en zeg hardop tegen haar ouders dat het niet haar schuld is: dat hebben ze nodig om haar te kunnen steunen. #bron: VRK art. 12; Tip 6; Tip 8]
    ~ veiligheidsplan = true
    De rechercheur legt rustig uit wat er aan de hand is. Nuria's moeder huilt. Haar vader vraagt twee keer waarom Nuria niet eerder iets heeft gezegd. Nuria kijkt naar de grond.
    -> locatie
+ [Ik vertel de ouders wat Nuria mij heeft toevertrouwd, ook over de beelden. Ze hebben het recht te weten hoe ernstig het is. #belang: -2 #verwijzing: -1 #feedback: Ouders horen erbij, en je wilt dat ze de ernst begrijpen. Maar Nuria had zelf bepaald wat haar ouders mochten weten; daar ga je overheen. De beelden zijn haar privézaak, en schaamte is precies waarmee uitbuiters haar stil houden. Zonder plan kan de woede van haar ouders de dreiging groter maken. #bron: VRK art. 16; VRK art. 12; Tip 8]
    ~ ouders_roekeloos = true
    Nuria staat op en loopt de kamer uit. Haar vader slaat met zijn vlakke hand op tafel: hij wil weten wie het zijn, hij gaat ze zoeken. Ilse en de rechercheur praten lang met hem.
    De volgende avond rijdt hij toch achter de auto aan die Nuria ophaalt. Twee dagen later krijgt Nuria een foto van de garage waar haar vader werkt. Zonder tekst. # signaal: foto_werk_vader # waarom: Een foto van de werkplek van haar vader, zonder tekst, is een dreigement: we weten waar hij is. De dreiging tegen het gezin wordt groter. # bron: Tip 2
    -> acuut

= locatie
Bij het doorlopen van het plan kijkt de rechercheur, met Nuria's toestemming, naar haar telefoon. Haar locatie wordt gedeeld met een account dat ze niet zelf heeft ingesteld. # signaal: locatie_gedeeld # waarom: Een locatie die wordt gedeeld met een onbekend account, betekent dat iemand altijd weet waar ze is. Dat is controle, en ook een risico voor elk veiligheidsplan. # bron: Tip 3; Tip 4
Wat ze daarmee doen, en wanneer, spreken ze samen met Nuria af. Het komt in het veiligheidsplan, met een codewoord voor als ze niet vrijuit kan praten.
-> acuut

=== ouders_zorgen ===
Nuria's moeder belt je op je werktelefoon. # plek: telefoon # tijd: Week 4, dinsdag 11.00 uur # telefoon: bellen, Nuria's moeder
Gisteren stond er een man bij de garage waar mijn man werkt. Hij zei alleen: 'Doe de groeten aan je dochter.' Toen liep hij weg. # spreker: Nuria's moeder # signaal: man_bij_werk_vader # waarom: Een onbekende man die bij de werkplek van haar vader de groeten doet aan Nuria, maakt duidelijk dat de dreiging tegen het gezin echt is. # bron: Tip 2
Nuria is naar de huisarts geweest voor haar slaapproblemen, zoals u met haar had afgesproken. Maar er verandert niets. Ze gaat nog steeds elke avond weg. # spreker: Nuria's moeder
Wat zeg je? # gespreksvraag: De dreiging bereikt nu ook de ouders. Wie moet dit weten, en wie vertelt Nuria wat er gebeurt?
+ [Ik zeg dat dit niet kan wachten. Ik spreek Nuria vandaag nog, meld bij Veilig Thuis en schakel de zorgcoördinator mensenhandel in, zodat er een plan komt voor het hele gezin. #belang: +2 #verwijzing: +2 #feedback: Nu de dreiging ook haar vader bereikt, is er acuut en structureel gevaar voor het hele gezin. Je zet alsnog de stap naar Veilig Thuis en de zorgcoördinator, en je vertelt Nuria wat je doet. Beter laat dan nooit. #bron: Meldcode stap 5; Tip 8; VRK art. 19]
    ~ vt = true
    ~ zc = true
    ~ specialist = true
    ~ veiligheidsplan = true
    { geheim:
        Je vertelt Nuria dat je je belofte niet kunt houden, en waarom. Ze is boos, en ze is opgelucht.
    - else:
        Je vertelt Nuria wat je gaat doen, en waarom. Ze protesteert niet.
    }
    Dan meld je bij Veilig Thuis en bel je Ilse, de zorgcoördinator mensenhandel. Binnen een week is er een veiligheidsplan voor het hele gezin, en een intake bij een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting. # route: veilig_thuis
    -> acuut
+ [Ik zeg dat ze de bedreiging meteen bij de politie moet melden, want dat is strafbaar, en dat ik het morgen in het teamoverleg inbreng. #verwijzing: +1 #feedback: De politie moet dit weten, en het in je team bespreken is goed. Maar zo staat de moeder er alleen voor, en niemand verbindt haar melding met wat Nuria overkomt. Een losse melding hier en een overleg daar: zo ziet niemand het geheel. Meld bij Veilig Thuis en bel de zorgcoördinator mensenhandel. #bron: Tip 8; Tip 6]
    Nuria's moeder belt de politie. Een agent noteert de bedreiging. Niemand legt het verband met Nuria. # route: politie
    -> acuut
+ [Ik zeg: "Zolang Nuria zelf geen hulp wil, kan ik weinig doen. Ze is bijna volwassen, en als ik haar dwing, raak ik haar helemaal kwijt. Dat helpt niemand." #belang: -2 #verwijzing: -2 #feedback: Dwingen kun je haar inderdaad niet, maar je kunt wel iets doen: bij een vermoeden van uitbuiting mag je ook zonder toestemming melden bij Veilig Thuis, en de zorgcoördinator mensenhandel denkt met je mee. Zonder toestemming betekent niet zonder haar medeweten. Wachten tot Nuria zelf om hulp vraagt, legt de last bij haar. #bron: Meldcode stap 5; Tip 8; VRK art. 3]
    ~ wacht = 1
    Het blijft even stil aan de andere kant van de lijn. Dan hangt Nuria's moeder op.
    -> acuut

// ───────────────────────────── Week 5: acuut gevaar ─────────────────────────────
=== acuut ===
Vrijdagmiddag. Je wilt net je computer afsluiten als je telefoon gaat. Je collega Ahmed pakt zijn jas. # plek: wijkteam # tijd: Week 5, vrijdag 16.45 uur
{
- veiligheidsplan:
    Het is Nuria. Ze noemt het codewoord uit het veiligheidsplan, en ze fluistert.
- vertrouwen > 0:
    Het is Nuria. Ze fluistert.
- else:
    Het is Nuria's moeder. Ze praat zo snel dat je haar bijna niet verstaat. Nuria belde haar net huilend op.
}
Iemand wil Nuria vanavond meenemen naar een andere stad, 'voor een paar dagen'. Ze heeft zich opgesloten in een toilet op het station. Bij de uitgang wacht een man. # signaal: mee_naar_andere_stad # waarom: Meegenomen worden naar een andere stad 'voor een paar dagen', terwijl een man bij de uitgang wacht: dit is acuut gevaar. # bron: Tip 8
{ veiligheidsplan or vertrouwen > 0:
    Ik wil niet. Als ik niet kom, gaan ze naar mijn vader. Wat moet ik doen? # spreker: Nuria
- else:
    Ze wil niet. Maar als ze niet komt, gaan ze naar mijn man. Wat moeten we doen? # spreker: Nuria's moeder
}
Wat doe je? # gespreksvraag: Wanneer bel je 112, en wat moet er daarna gebeuren zodat de hulp aansluit?
+ [Ik zeg dat ze de deur op slot houdt en aan de lijn blijft. Ahmed belt intussen 112 met wat ik hem doorgeef. #belang: +3 #verwijzing: +3 #feedback: Dit is acuut gevaar, dus 112. Omdat Nuria aan de lijn blijft, is ze niet alleen, en weet de politie precies waar ze is. Daarna zorg je dat Veilig Thuis en de zorgcoördinator mensenhandel het weten, zodat de hulp na vanavond aansluit. #bron: Tip 8; VRK art. 19; VRK art. 35]
    -> na_112
+ [Ik zeg dat ze zelf meteen 112 moet bellen en zeggen waar ze is. Zodra ze heeft opgehangen, licht ik Ilse en haar ouders in, zodat iedereen weet wat er gebeurt. #belang: +1 #verwijzing: +2 #feedback: 112 is de goede weg, en iedereen inlichten is goed. Maar een bang meisje in een toilet moet nu zelf ophangen en opnieuw bellen, en dan is ze even helemaal alleen. Laat haar aan de lijn en laat een collega 112 bellen. #bron: Tip 8; VRK art. 19]
    Het duurt vijf minuten voordat ze belt. Ze durfde eerst niet.
    -> na_112
+ [Ik pak mijn autosleutels en rijd zelf naar het station. Ik houd haar aan de lijn, en als ik er ben, loop ik samen met haar naar buiten, langs die man. #belang: -1 #verwijzing: -2 #feedback: Je wilt haar niet alleen laten, en dat ze aan de lijn blijft, is goed. Maar zo breng je jezelf en haar in gevaar, en het duurt te lang. De politie kan meteen ingrijpen en weet hoe. Bel 112 en blijf, als het kan, aan de telefoon. #bron: Tip 8; VRK art. 19]
    -> zelf_gereden

=== na_112 ===
Binnen tien minuten zijn er agenten op het station. Een half uur later belt een van hen je terug. De man bij de uitgang was al weg toen ze aankwamen. Nuria zit veilig, bij een beveiliger in een kantoortje. # tijd: Week 5, vrijdag 17.30 uur # route: politie
{
- specialist:
    Via Ilse en het wijkteam kan Nuria dezelfde avond terecht op een crisisplek van het landelijke centrum waar ze al een intake had. Ze hoeft haar verhaal niet opnieuw te doen.
- zc:
    ~ vt = true
    ~ specialist = true
    Je doet een melding bij Veilig Thuis en belt Ilse, met wie je eerder overlegde. Samen met de crisisdienst regelen jullie dat Nuria dezelfde avond terechtkan op een crisisplek van een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting. # route: veilig_thuis
- else:
    ~ vt = true
    Je doet alsnog een melding bij Veilig Thuis. Nuria komt op een crisisplek in de regio, tussen jongeren met heel andere problemen. Niemand daar is ingesteld op uitbuiting. # route: veilig_thuis
}
-> achttien

=== zelf_gereden ===
Als je twintig minuten later bij het station aankomt, is de lijn al lang verbroken en is Nuria nergens meer te zien. Je belt alsnog 112, maar je weet niet eens welke kant ze op is gegaan. # plek: straat_avond # tijd: Week 5, vrijdag 17.10 uur # route: politie
{ vt:
    -> gevonden
- else:
    -> einde_uit_beeld
}

=== gevonden ===
~ vertrouwen -= 1
Die avond komt Nuria niet thuis. Omdat Veilig Thuis en de politie al van haar weten, wordt er meteen naar haar gezocht. # plek: wijkteam
Zondagochtend vindt de politie haar in een hotelkamer in een andere stad, drie gemeenten verderop. # tijd: Week 5, zondag # signaal: hotel_andere_stad # waarom: Een jongere die dagen weg is en in een hotelkamer ver van huis wordt gevonden, is mogelijk elders uitgebuit. Hotels horen bij de plekken die de gids noemt. # bron: Tip 10; Tip 4
Ilse belt je. Nuria zit op het politiebureau, uitgeput. Ze zegt bijna niets. Haar moeder is onderweg. # route: zorgcoordinator
Wat vind jij dat er nu eerst moet gebeuren? # spreker: Ilse # gespreksvraag: Nuria is twee dagen weg geweest. Wat heeft ze nu het eerst nodig, en wie beslist dat met haar?
+ [Ik zeg: "Dat ze vandaag nog naar het Centrum Seksueel Geweld kan, als ze dat wil, met haar moeder erbij. Niemand vraagt haar nu wat er is gebeurd." #belang: +3 #verwijzing: +2 #feedback: Na seksueel geweld dat minder dan een week geleden is, is het Centrum Seksueel Geweld de plek: medische zorg, sporen veiligstellen als zij dat wil, en iemand om mee te praten, allemaal op één plek. De eerste dagen tellen. Nuria beslist zelf wat ze laat doen. #bron: Tip 8; VRK art. 39; VRK art. 12]
    Nuria gaat diezelfde middag met haar moeder naar het Centrum Seksueel Geweld. Ze krijgt medische zorg en praat met een verpleegkundige. Over aangifte hoeft ze niets te beslissen. Daarna gaat ze naar de crisisplek van het landelijke centrum. # route: csg
+ [Ik zeg: "Dat ze eerst naar een veilige crisisplek gaat en kan slapen. Over medische zorg en een gesprek beslist ze daar zelf, als ze wat is bijgekomen." #belang: +1 #verwijzing: +1 #feedback: Rust en veiligheid eerst, en haar eigen tempo: dat is zorgzaam. Maar na seksueel geweld tellen de eerste dagen, voor medische zorg en om sporen te kunnen veiligstellen als zij dat later wil. Het Centrum Seksueel Geweld doet dat allemaal op één plek, en ook daar beslist Nuria zelf. #bron: Tip 8; VRK art. 39]
    Nuria slaapt een dag en een nacht op de crisisplek van het landelijke centrum. Pas na vijf dagen gaat ze, met haar begeleider, naar het Centrum Seksueel Geweld. Voor een deel van de zorg is het dan te laat. # route: csg
+ [Ik zeg: "Dat de politie haar nu meteen hoort, zolang alles nog vers is. Dan kan ze aangifte doen, en kunnen ze die mannen oppakken voordat ze weer toeslaan." #belang: -2 #verwijzing: -1 #feedback: Je wilt dat de daders worden opgepakt, en dat is terecht. Maar Nuria is uitgeput en net terug; haar nu laten verhoren, zet de opsporing boven haar. Eerst zorg, bij het Centrum Seksueel Geweld, waar ook sporen kunnen worden veiliggesteld. Of en wanneer ze aangifte doet, beslist zij. #bron: VRK art. 3; Tip 6; Tip 8]
    Het verhoor duurt twee uur. Nuria zegt bijna niets. Daarna gaat ze naar de crisisplek van het landelijke centrum. Niemand heeft gevraagd of ze medische zorg nodig had.
- -> achttien

// ───────────────────────────── Week 7: bijna 18 ─────────────────────────────
=== achttien ===
// Vanaf hier tellen alleen nog de hulp, het veiligheidsplan, de ouders en of er is gewacht.
// De andere tellers zetten we terug, zodat gelijke situaties ook gelijk zijn voor de verkenner.
~ vertrouwen = 0
~ geheim = false
~ zc = false
~ vt = false
Teamoverleg. Er is taart, want een collega gaat met pensioen. Nuria's naam staat op de lijst 'af te sluiten'. # plek: wijkteam # tijd: Week 7, maandag 9.00 uur
Volgende week wordt Nuria 18. Dan stopt haar jeugdhulp en sluiten we het dossier. Voor volwassenen is er het Wmo-loket. # spreker: Jolanda
Jolanda is je teamleider. Ze bedoelt het niet slecht: er staan veertig nieuwe aanmeldingen op de wachtlijst, en zo zijn de afspraken met de gemeente. # route: gemeente
{ specialist:
    Je denkt aan wat de behandelaar van het landelijke centrum je vorige week vertelde: Nuria begint net een beetje vertrouwen te krijgen. Als de hulp nu stopt, staat ze er op het gevaarlijkste moment alleen voor.
- else:
    Na de crisisplek is Nuria weer thuis. Ze heeft een afspraak bij de GGZ voor haar somberheid, en school wil weten wanneer ze terugkomt. Niemand van hen heeft het over uitbuiting.
}
Gisteren zei Nuria nog tegen je: 'Als ik 18 ben, mag ik toch zelf beslissen? Misschien wil ik gewoon dat iedereen me met rust laat.'
Wat doe je? # gespreksvraag: Wat verandert er voor Nuria op de dag dat ze 18 wordt, en wat zou er juist niet mogen veranderen? # beleidsvraag: Tip 6: Wie betaalt in onze gemeente de hulp aan een slachtoffer na haar 18de, en hoe voorkomen we dat die hulp stopt op haar verjaardag?
+ {specialist} [Ik regel met Nuria en het centrum dat haar hulp na haar 18de doorloopt, als verlengde jeugdhulp. Aan Jolanda leg ik uit dat de Jeugdwet dat kan tot 23 jaar. #belang: +3 #verwijzing: +2 #feedback: Uitbuiting en trauma stoppen niet op een verjaardag. Met verlengde jeugdhulp loopt de hulp door bij mensen die Nuria al vertrouwt, en samen met haar kijk je welke vorm ze aankan. Juist een breuk rond 18 maakt slachtoffers kwetsbaar om opnieuw te worden uitgebuit. #bron: Tip 6; VRK art. 12; VRK art. 39]
    ~ na18 = 2
    -> verlenging
+ {not specialist} [Ik bel alsnog de zorgcoördinator mensenhandel: Nuria hoort bij een gespecialiseerd centrum, niet bij nog een loket. Met Nuria zelf regel ik dat die hulp na haar 18de doorloopt. #belang: +3 #verwijzing: +3 #feedback: Je doet alsnog wat Nuria nodig had: gespecialiseerde hulp, zonder nog een loket erbij, en hulp die na haar 18de doorloopt. De Jeugdwet maakt verlengde jeugdhulp mogelijk tot 23 jaar. #bron: Tip 6; Tip 8; VRK art. 39]
    ~ zc = true
    ~ specialist = true
    ~ na18 = 2
    Ilse denkt mee, en het wijkteam vraagt een intake aan bij een landelijk centrum. De gespecialiseerde hulp begint pas nu, vlak voor Nuria's 18de, na een crisis en weken van losse afspraken. Het is laat, maar niet te laat. # route: zorgcoordinator
    -> verlenging
+ [Ik vraag Nuria wat zij wil. Wil ze na haar 18de geen hulp meer, dan respecteer ik dat. Ik spreek af dat ze altijd terug mag komen, en noem plekken waar ze anoniem terechtkan. #belang: +1 #feedback: Haar stem telt, en na haar 18de beslist ze zelf. Een open deur en anonieme plekken zijn waardevol. Maar 'met rust gelaten worden' is na een jaar uitbuiting begrijpelijk, en de dreiging stopt niet op haar verjaardag. Vraag welke vorm van hulp ze wel aankan, in plaats van hulp of geen hulp. #bron: Tip 6; VRK art. 12]
    ~ na18 = 0
    Nuria kiest voor rust. Haar dossier gaat op haar verjaardag dicht.
    -> einde
+ [Ik draag Nuria over aan het team voor volwassenen. Dat is de afspraak met de gemeente, en daar krijgt ze na een intake een eigen hulpverlener. #belang: -1 #verwijzing: -1 #feedback: Een overdracht volgens de afspraken lijkt zorgvuldig, maar voor Nuria betekent het opnieuw beginnen: een wachtlijst, een nieuw gezicht, haar verhaal opnieuw vertellen. Op zo'n moment haken slachtoffers vaak af. Laat de hulp doorlopen, bij dezelfde mensen. #bron: Tip 6; VRK art. 39]
    ~ na18 = 1
    -> einde

=== verlenging ===
{ not systeem_faalt:
    -> einde
}
Drie dagen voor Nuria's verjaardag komt er een brief van de gemeente. De aanvraag voor verlengde jeugdhulp wordt opnieuw beoordeeld; een besluit volgt binnen acht weken. Het centrum kan de behandeling zonder besluit niet voortzetten. # plek: wijkteam # tijd: Week 8, woensdag # route: gemeente
Je belt de gemeente. Een medewerker zegt dat ze tot het besluit bij het Wmo-loket terechtkan. # gespreksvraag: Je hebt gedaan wat je moest doen, en de gemeente laat de hulp stoppen. Wat doe je nu, en wat had de gemeente moeten regelen?
+ [Ik vraag Ilse en het centrum om een overbrugging bij haar eigen behandelaar tot het besluit er is, en zet voor de gemeente op papier wat een breuk nu betekent. #belang: +2 #verwijzing: +2 #feedback: Je laat Nuria niet los terwijl het systeem haar laat vallen: een overbrugging bij mensen die ze vertrouwt, en het gat zwart op wit bij de gemeente. Zo wordt zichtbaar wat er beter moet voor wie na haar komt. #bron: Tip 6; Tip 8; Tip 5]
    ~ overbrugd = true
    Het centrum zet de behandeling zes weken op eigen kosten voort. Dan komt het besluit: de hulp mag doorlopen.
+ [Ik help Nuria om bezwaar te maken tegen het besluit en vraag om spoed. Tot er een besluit is, zie ik haar zelf elke week, zodat ze er in die weken niet alleen voor staat. #belang: +2 #verwijzing: +1 #feedback: Je houdt het contact vast en zet de procedure in gang, en dat is veel. Maar bezwaar maken kost Nuria energie op het moment dat ze die het minst heeft, en jij bent geen behandelaar. Vraag ook het centrum en de zorgcoördinator om een overbrugging, zodat de behandeling niet stilvalt. #bron: Tip 6; VRK art. 12]
    ~ overbrugd = true
    Na vijf weken komt het besluit: de hulp mag doorlopen. Tot dan zag Nuria alleen jou.
+ [Ik meld Nuria aan bij het Wmo-loket, zoals de gemeente voorstelt. Dan heeft ze in elk geval ergens een dossier. #belang: -1 #verwijzing: -1 #feedback: Iets is beter dan niets, lijkt het. Maar een nieuw loket betekent opnieuw beginnen, bij mensen die niets van uitbuiting weten, precies rond haar 18de. Houd vast aan doorlopende hulp, en vraag om een overbrugging. #bron: Tip 6; VRK art. 39]
    ~ na18 = 1
- -> einde

// ───────────────────────────── Eindes ─────────────────────────────
=== einde ===
{
- specialist and na18 == 2:
    -> einde_doorlopend
- specialist:
    -> einde_breekt_af
- else:
    -> einde_loket
}

=== einde_doorlopend ===
Vier maanden later zit je met Nuria in een spreekkamer van het landelijke centrum. Ze is inmiddels 18. # plek: spreekkamer # tijd: Vier maanden later
{ overbrugd:
    Haar hulp liep door, maar het scheelde weinig: weken wist niemand of haar behandeling mocht blijven. Die onzekerheid heeft haar teruggezet.
- else:
    Haar hulp is gewoon doorgelopen, bij dezelfde behandelaar.
}
{ wacht > 0:
    Deze hulp had eerder kunnen beginnen. Dat weet jij, en zij weet het ook.
}
{ ouders_roekeloos:
    Met haar vader praat ze weer, voorzichtig. Wat er thuis is misgegaan, zit nog tussen hen in.
- else:
    { veiligheidsplan:
        Haar ouders weten wie ze moeten bellen als er iets is. Ze staan er niet meer alleen voor.
    }
}
Aangifte heeft ze nog niet gedaan. Ze weet dat het kan, en dat het haar keuze is. Ze slaapt slecht, en sommige weken wil ze terug naar haar oude leven, omdat dat tenminste voorspelbaar was. Niemand laat haar los.
Nuria is niet in één keer gered, maar ze is veilig en krijgt na haar 18de gewoon verder hulp, van mensen die weten wat uitbuiting met iemand doet. # einde: doorlopende_zorg
-> END

=== einde_breekt_af ===
{ na18 == 0:
    Op Nuria's 18de verjaardag is haar dossier gesloten. Omdat de jeugdhulp niet is verlengd, is ook de behandeling bij het landelijke centrum gestopt. # plek: wijkteam # tijd: Drie maanden later
- else:
    Op Nuria's 18de verjaardag is de behandeling bij het landelijke centrum gestopt. Bij de hulp voor volwassenen moet ze opnieuw beginnen: een wachtlijst, een nieuwe intake, een nieuw gezicht, en weer haar hele verhaal. # plek: wijkteam # tijd: Drie maanden later
}
Al weken komt ze niet meer op haar afspraken. Ilse blijft het proberen. Gisteravond zag Nuria's moeder weer een auto voor de deur staan.
Nuria kreeg gespecialiseerde hulp, maar die brak af rond haar 18de verjaardag, precies toen ze het kwetsbaarst was. # einde: hulp_breekt_af
-> END

=== einde_loket ===
Nuria krijgt hulp van veel kanten: een praktijkondersteuner voor haar slaap, de GGZ voor haar somberheid, het schoolmaatschappelijk werk voor haar verzuim. Ieder behandelt een stukje. Niemand ziet het geheel. # plek: wijkteam # tijd: Drie maanden later
{ na18 == 0:
    Op haar 18de verjaardag is het dossier gesloten. Sindsdien heeft niemand van het wijkteam haar gesproken.
- else:
    Bij het volwassenenteam staat ze op een wachtlijst voor een nieuwe intake.
}
De auto's komen nog steeds, alleen niet meer tot aan de deur van haar ouders. Ze wordt nu een straat verderop opgehaald.
Nuria gaat van loket naar loket: niemand heeft haar naar gespecialiseerde hulp gebracht, en de mensen die haar uitbuiten weten haar nog steeds te vinden. # einde: van_loket_naar_loket
-> END

=== einde_uit_beeld ===
Na die vrijdag komt Nuria niet meer thuis. Haar telefoonnummer is afgesloten. # plek: wijkteam # tijd: Week 6
Haar ouders geven haar op als vermist. Af en toe krijgen ze een bericht: dat het goed met haar gaat, dat ze niet moeten zoeken. Of Nuria die berichten zelf stuurt, weet niemand.
Drie maanden later belt er een zorgcoördinator mensenhandel uit een regio aan de andere kant van het land. De politie daar heeft een jonge vrouw in beeld die net 18 is geworden en Nuria heet. Ze vraagt wat jullie van haar weten. # tijd: Drie maanden later # route: zorgcoordinator
Wat doe je? # gespreksvraag: Uitbuiting houdt zich niet aan gemeentegrenzen of verjaardagen. Wat heeft een collega in een andere regio van jou nodig, en wat houdt je tegen? # beleidsvraag: Tip 8: Hoe delen wij informatie over een jongere met een andere regio, ook als ze inmiddels 18 is? Is dat vastgelegd, en weet iedereen in het wijkteam het?
+ [Ik vraag of Nuria weet dat ze belt. Na kort overleg met Sanne deel ik wat nodig is voor haar veiligheid, en ik leg vast waarom. #verwijzing: +2 #belang: +2 #feedback: Je brengt losse stukjes informatie samen over de regiogrens heen, zodat een collega verder kan. Nuria is nu volwassen, dus haar medeweten telt extra; maar privacyregels mogen hulp niet blokkeren als haar veiligheid op het spel staat. Weeg af, deel wat nodig is met wie het nodig heeft, en leg vast waarom. #bron: Tip 8; Tip 6]
    Een week later belt de collega terug. Met wat jij wist, kon ze sneller handelen: Nuria zit op een veilige plek. Ze wil jou nog niet spreken. Misschien later.
+ [Ik vraag of ik Nuria eerst zelf kan spreken. Ze is nu 18; wat ik deel, wil ik met haar afstemmen. Daarna deel ik wat zij goedvindt. #verwijzing: +1 #belang: +1 #feedback: Nuria is volwassen, en met haar afstemmen wat je deelt, is respectvol. Maar ze is in handen van mensen die haar uitbuiten, en wachten op een gesprek dat misschien niet komt, kost tijd. Deel wat nodig is voor haar veiligheid, met haar medeweten waar dat kan, en leg vast waarom. #bron: Tip 6; Tip 8]
    Het gesprek met Nuria komt er pas na drie weken. Ze vindt het goed. De collega had het eerder kunnen gebruiken.
+ [Ik zeg dat ik zonder Nuria's toestemming niets mag delen. Ze is volwassen, ik heb haar al maanden niet gesproken, en ik wil haar vertrouwen niet opnieuw beschamen. #belang: -2 #verwijzing: -2 #feedback: Toestemming vragen is goed als het kan, maar Nuria is onbereikbaar en haar veiligheid staat op het spel. Privacyregels mogen hulp dan niet blokkeren: je weegt af, deelt wat nodig is, en legt vast waarom. Wat haar overkomt, begon toen ze minderjarig was en stopt niet bij een verjaardag of een regiogrens. #bron: Tip 6; Tip 8; Tip 2]
    De collega bedankt je, kortaf. Ze begint bij nul. Verder hoor je niets.
- Nuria is uit beeld geraakt: de signalen waren er, maar ze kwamen niet op tijd op de plek waar ze haar hadden kunnen beschermen. # einde: uit_beeld
-> END
