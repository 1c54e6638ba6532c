# titel: Nuria
# kind: Nuria, bijna 18 jaar
# leeftijd: 17
# thema: Seksuele uitbuiting, offline en online; dreiging tegen het gezin; hulp die na 18 doorloopt
# rol: Medewerker van het wijkteam
# duur: 25
# inhoud: Deze casus gaat over seksuele uitbuiting van een meisje van bijna 18, offline en online, en over bedreigingen tegen haar en haar ouders. Er wordt niets expliciets beschreven: je ziet en hoort alleen wat een medewerker van het wijkteam ziet en hoort. Je kunt op elk moment pauzeren of stoppen. Raakt het onderwerp je, praat er dan over met iemand die je vertrouwt.

// Variabelen: weinig, zodat de verkenner elk pad kan lopen.
VAR vertrouwen = 0          // hoeveel Nuria jou durft te vertellen
VAR wacht = 0               // hoe vaak er is gewacht terwijl er gehandeld had moeten worden
VAR zc = false              // de zorgcoördinator mensenhandel is betrokken
VAR vt = false              // er is een melding bij Veilig Thuis
VAR specialist = false      // Nuria krijgt hulp van een landelijk gespecialiseerd centrum
VAR geheim = false          // je hebt Nuria geheimhouding beloofd
VAR ouders_roekeloos = false // de ouders zijn onvoorbereid of zonder plan betrokken
VAR veiligheidsplan = false // er is een veiligheidsplan voor het hele gezin
VAR app = false             // je stuurde Nuria een appje over je zorgen
VAR na18 = 0                // 0 = dossier dicht op 18, 1 = nieuwe intake elders, 2 = hulp loopt door

-> begin

// ───────────────────────────── Week 1: kennismaking ─────────────────────────────
=== begin ===
Het is maandagmiddag. Je werkt bij het wijkteam en hebt zo een kennismakingsgesprek. # plek: wijkteam # tijd: Week 1, maandag 15.30 uur
De mbo-school van Nuria heeft haar bij het wijkteam aangemeld. Volgens de aanmelding verzuimt ze de laatste maanden steeds vaker en valt ze in de les in slaap. Haar mentor schrijft erbij: 'Vorig jaar was ze een van onze beste studenten.' # signaal: verzuim_mbo
Onder aan het formulier staat haar geboortedatum. Over zeven weken wordt Nuria 18.
Ze komt tien minuten te laat binnen, houdt haar jas aan en legt haar telefoon met het scherm naar beneden op tafel.
Terwijl jullie kennismaken, trilt de telefoon steeds opnieuw. Elke keer kijkt ze ernaar, alsof ze niet anders kan. # signaal: telefoon_trilt
Ik weet eigenlijk niet waarom ik hier moet zijn. Ik ben gewoon moe. # spreker: Nuria
Wat zeg je? # gespreksvraag: Wat wil je dat Nuria na dit eerste gesprek over jou denkt, en wat is daarvoor nodig?
+ [Je zegt: "Ik ben niet van school en ik kom je niet de les lezen. Je ziet er doodmoe uit. Hoe gaat het echt met je?" # belang: +1 # geen_schuld: +1 # feedback: Je begint zonder oordeel en laat merken dat het je om haar gaat, niet om het verzuim. Zo verlaag je de drempel om later meer te vertellen. # bron: Tip 6; VRK art. 12]
    ~ vertrouwen += 1
    Nuria kijkt je een tijdje aan.
    Slecht. Ik slaap bijna niet. # spreker: Nuria
    Haar telefoon licht op. Voordat ze hem omdraait, lees je op het vergrendelscherm: 'Om 9 uur online. Niet weer te laat.' # signaal: bericht_om_negen
    Dat is voor mijn werk. # spreker: Nuria
    Wat voor werk, wil ze niet zeggen. Aan het eind spreken jullie af dat ze over twee weken terugkomt. Ze stopt je kaartje in haar jaszak.
    -> na_eerste_gesprek
+ [Je zegt: "Als je 's avonds wat minder de deur uit gaat, ben je overdag ook minder moe." # geen_schuld: -2 # belang: -1 # feedback: Je legt de oorzaak bij haar gedrag, terwijl je nog niet weet waarom ze 's avonds weg is. Zo'n opmerking maakt het moeilijker om te vertellen dat iemand haar ergens toe dwingt. Vraag liever open hoe het met haar gaat. # bron: Tip 6; Tip 4]
    Nuria haalt haar schouders op.
    Zie je, daarom wilde ik dus niet komen. # spreker: Nuria
    -> vertrekt
+ [Je zegt: "Ik ga er niet omheen draaien. Word je door iemand gedwongen tot seks? Je kunt het gewoon zeggen." # belang: -1 # feedback: Je benoemt een zwaar vermoeden voordat er enig vertrouwen is, terwijl haar telefoon op tafel ligt. Slachtoffers ontkennen dan vaak, uit angst of schaamte. Een onthulling komt meestal pas als je beschikbaar blijft en niet oordeelt. # bron: Tip 4; Tip 6]
    Nuria's gezicht verstrakt. Ze pakt haar telefoon van tafel.
    Nee. Waar heb je het over? # spreker: Nuria
    -> vertrekt

= vertrekt
Ze zegt dat ze weg moet, en staat op.
Door het raam zie je haar instappen in een donkere auto die met draaiende motor op de hoek wacht. De man achter het stuur is een stuk ouder dan zij. # signaal: auto_op_de_hoek
-> na_eerste_gesprek

=== na_eerste_gesprek ===
Aan het eind van de middag werk je het gesprek uit. Er klopt iets niet, maar je kunt nog niet zeggen wat. # tijd: Week 1, maandag 17.15 uur
Wat doe je? # gespreksvraag: Wanneer is een niet-pluisgevoel genoeg om iets te doen, en wat is dan de eerste stap?
+ [Je legt vast wat je hebt gezien en gehoord, en bespreekt Nuria met Sanne, de aandachtsfunctionaris van je team. Samen bellen jullie de zorgcoördinator mensenhandel van de regio voor advies, zonder Nuria's naam te noemen. # verwijzing: +2 # belang: +1 # feedback: Je brengt de signalen in kaart en overlegt, zoals de Meldcode vraagt. De zorgcoördinator mensenhandel kun je ook anoniem om advies vragen. Zo haal je deskundigheid erbij zonder dat Nuria's naam ergens rondgaat. # bron: Meldcode stap 1; Meldcode stap 2; Tip 8]
    ~ zc = true
    Sanne leest je aantekeningen en pakt de aanmelding van school erbij.
    Haar mentor belde vorige week nog. Nuria is een paar keer na school opgewacht door een oudere man. Dat staat nergens in de aanmelding. # spreker: Sanne # signaal: opgewacht_na_school
    Ilse, de zorgcoördinator mensenhandel, luistert en stelt een paar vragen.
    Wat je beschrijft, kan passen bij uitbuiting: de vermoeidheid, een telefoon die altijd aan moet, een oudere man die haar opwacht. Het is geen bewijs, maar wel genoeg om alert te blijven. Houd contact en oordeel niet. En stuur haar geen berichten over je zorgen: je weet niet wie er meeleest. # spreker: Ilse
    Jullie spreken af dat je Ilse belt zodra er meer is.
    -> moeder
+ [Je plant een vervolgafspraak over vier weken. Veel jongeren zijn moe en schoolmoe; je wilt niet te snel conclusies trekken. # verwijzing: -1 # belang: -1 # feedback: Voorzichtigheid is goed, maar wachten zonder overleg laat Nuria langer alleen. Dat er nog geen harde signalen zijn, betekent niet dat er niets aan de hand is. Leg je niet-pluisgevoel voor aan een collega. # bron: Tip 4; Meldcode stap 2]
    ~ wacht += 1
    Je zet de afspraak in de agenda. Vier weken is lang, maar er wachten nog meer jongeren op je.
    -> moeder
+ [Je stuurt Nuria een appje: "Ik maak me zorgen dat iemand je dwingt om dingen te doen. Je kunt me altijd bellen." # belang: -2 # verwijzing: -1 # feedback: Je bedoelt het goed, maar je weet niet wie er meeleest. Wie haar zo strak in de gaten houdt, kan ook haar telefoon controleren, en dan brengt dit bericht haar in gevaar. Overleg eerst, en spreek met haar af hoe jullie veilig contact houden. # bron: VRK art. 19; Tip 6; Meldcode stap 2]
    ~ vertrouwen -= 1
    ~ app = true
    Om 23.12 uur komt er een antwoord: 'Bemoei je er niet mee. Laat haar met rust.' Een minuut later is het bericht verwijderd. # plek: telefoon # tijd: Week 1, maandag 23.12 uur # signaal: bericht_verwijderd
    Daarna reageert Nuria niet meer als je haar uitnodigt voor een afspraak.
    -> moeder

// ───────────────────────────── Week 2: de moeder ─────────────────────────────
=== moeder ===
Nuria's moeder belt het wijkteam. Ze wil je spreken, maar liever niet op kantoor. Je gaat bij het gezin op huisbezoek. # plek: thuis # tijd: Week 2, donderdag 10.00 uur
De woonkamer is netjes. Op de vensterbank staan schoolfoto's van Nuria: lachend, met een beugel.
Ik weet niet meer wat ik moet doen. Elke avond rond negen uur gaat ze de deur uit. Dan staat er een auto voor de deur, steeds een andere. Pas midden in de nacht komt ze thuis. # spreker: Nuria's moeder # signaal: elke_avond_weg
En ze is zo bang. Niet voor zichzelf, voor ons. Ze controleert drie keer of de voordeur op slot zit. Toen mijn man laatst later thuiskwam van zijn werk, zat ze trillend op de trap. # spreker: Nuria's moeder # signaal: bang_om_ouders
{ wacht > 0 or app:
    Vorige week waren de banden van onze auto lek gestoken. Nuria smeekte ons om niet naar de politie te gaan. # spreker: Nuria's moeder # signaal: autobanden_lek
}
Is er iets met haar? Zegt u het alstublieft. # spreker: Nuria's moeder
Wat zeg je? # gespreksvraag: Wat mag en moet je met ouders delen als je nog niet weet wat er speelt, en hoe weeg je hun rol?
+ [Je neemt haar zorgen serieus. Je legt uit dat je niet kunt vertellen wat Nuria met jou bespreekt, maar dat je er werk van maakt. Je vraagt haar Nuria en de mannen in de auto niet zelf aan te spreken, en spreekt af dat ze je belt als er iets gebeurt. # belang: +2 # verwijzing: +1 # feedback: Je betrekt de moeder zonder Nuria's vertrouwen te schenden en zonder het gezin in gevaar te brengen. Ouders zijn een belangrijke bron van steun; hoe je hen betrekt, hangt af van hun rol. Hier wijst alles erop dat ze zelf bang zijn, niet dat zij de dreiging zijn. # bron: VRK art. 18; VRK art. 16; Tip 8]
    ~ vertrouwen += 1
    Nuria's moeder knikt langzaam. Het is niet het antwoord waarop ze hoopte, maar ze gelooft je.
    Twee dagen later belt ze terug. Ze heeft tegen Nuria gezegd dat jij iemand bent die luistert. Nuria wil je spreken.
    -> onthulling
+ [Je zegt: "Ik denk dat uw dochter in handen is van een loverboy. Houd haar 's avonds binnen en neem haar telefoon af." # belang: -2 # geen_schuld: -1 # feedback: Dat woord maakt een mensenhandelaar mooier dan hij is en suggereert dat Nuria zelf verliefd werd en verkeerd koos; zeg mensenhandelaar of uitbuiter. En wie haar binnenhoudt of haar telefoon afpakt, zet haar klem tussen haar ouders en mensen die met geweld dreigen. Zo'n ingreep vraagt om een plan met specialisten en politie. # bron: Terminologiegids; Tip 8; VRK art. 19]
    ~ ouders_roekeloos = true
    ~ vertrouwen -= 1
    Later hoor je wat er die avond gebeurde. Nuria's ouders deden de voordeur op slot en namen haar telefoon in. Om half tien ging de bel, drie keer achter elkaar. Nuria schreeuwde dat ze het erger maakten, griste haar telefoon van tafel en ging toch.
    -> onthulling
+ [Je zegt: "Nuria is bijna 18. Met wie ze omgaat, is echt haar eigen keuze." # belang: -2 # verwijzing: -1 # feedback: Tot haar 18de is Nuria een kind, met recht op bescherming. En 18 worden maakt niemand vrij van dwang. Zo stuur je een moeder weg die je juist belangrijke signalen komt brengen. # bron: VRK art. 1; VRK art. 3; Tip 2]
    ~ wacht += 1
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
    Jullie zitten een tijdje zonder veel te zeggen. Dan begint ze te praten, eerst in halve zinnen.
}
Het begon meer dan een jaar geleden. Nu moet ik elke avond doen wat ze zeggen. Soms moet ik ergens heen, soms moet ik online zijn, voor de camera. # spreker: Nuria # signaal: elke_avond_gedwongen
Als ik stop, doen ze mijn ouders iets aan. Ze weten waar mijn vader werkt. # spreker: Nuria # signaal: dreiging_ouders
{ vertrouwen >= 1:
    Ze hebben beelden van me. Die sturen ze naar iedereen als ik niet luister. # spreker: Nuria # signaal: beelden_chantage
}
{ vertrouwen >= 2:
    Het is niet één iemand. Het zijn er meer. Ze brengen me naar andere steden, steeds naar een ander adres. # spreker: Nuria # signaal: netwerk_steden
}
Ze kijkt je recht aan.
Je mag dit aan niemand vertellen. Beloof het. Anders komen ze erachter. # spreker: Nuria
Wat zeg je? # gespreksvraag: Hoe blijf je eerlijk tegen Nuria als wat ze van je vraagt niet veilig is?
+ [Je zegt: "Dat kan ik niet beloven, want ik wil dat jij en je ouders veilig zijn. Wel beloof ik je dit: ik doe niets achter je rug om, en we kijken samen wat veilig is." # belang: +2 # verwijzing: +1 # feedback: Je bent eerlijk over wat je wel en niet kunt, en je neemt haar angst serieus. Zonder toestemming handelen betekent niet zonder haar medeweten. Zo blijft het contact heel en kan er toch hulp komen. # bron: VRK art. 12; VRK art. 3; Tip 6]
    Nuria zegt een hele tijd niets. Dan knikt ze, heel klein.
    Maar niet de politie bij ons aan de deur. Dan weten ze het meteen. # spreker: Nuria
    Je schrijft het op. Dit is wat zij nodig heeft om je te kunnen vertrouwen.
    -> online
+ [Je zegt: "Ik beloof het. Dit blijft tussen ons." # belang: -2 # verwijzing: -2 # feedback: Je belooft iets wat je niet kunt waarmaken: wat ze vertelt, vraagt om bescherming, en daarvoor heb je anderen nodig. Straks moet je de belofte breken, of je laat haar alleen met het gevaar. Maak geen afspraken die je niet kunt nakomen. # bron: Tip 6; Meldcode stap 5]
    ~ geheim = true
    Nuria ademt uit. Voor het eerst lacht ze even.
    Je voelt je opgelucht, en tegelijk zwaar. Wat moet je nu met wat je weet?
    -> online
+ [Je zegt: "Je bent bijna 18. Je kunt toch gewoon zelf weggaan?" # geen_schuld: -3 # belang: -1 # feedback: Deze vraag legt de verantwoordelijkheid bij Nuria, terwijl zij en haar ouders met geweld worden bedreigd. Angst en dwang houden slachtoffers vast; dat is de schuld van wie haar uitbuit, niet van haar. Zeg liever dat het niet haar schuld is. # bron: Tip 2; Tip 6; VRK art. 34]
    ~ vertrouwen -= 1
    Nuria's gezicht wordt strak.
    Denk je dat ik dat niet heb geprobeerd? # spreker: Nuria
    Ze pakt haar tas.
    -> online

=== online ===
Op dat moment licht haar telefoon op. Nuria kijkt, en wordt bleek. Ze draait het scherm naar je toe, alsof ze wil dat iemand anders het ook ziet.
'Om 21.00 live. Niet weer zo laat als gisteren. Doe de groeten aan je vader.' # plek: telefoon # signaal: bericht_live
{ vertrouwen >= 1:
    Zie je nou? Zo gaat het elke avond. Ze hebben alles. Ik kan nergens heen. # plek: wijkteam # spreker: Nuria
- else:
    Zie je nou? Zo gaat het elke avond. Ze hebben filmpjes van me. Als ik niet doe wat ze zeggen, ziet iedereen ze. Ik kan nergens heen. # plek: wijkteam # spreker: Nuria
}
Wat zeg je? # gespreksvraag: Wat kun je als professional doen tegen uitbuiting die online gebeurt, zonder de schade groter te maken?
+ [Je zegt: "Het is niet jouw schuld. Je hoeft mij niets te laten zien. Er is hulp om beelden offline te laten halen, en de politie heeft rechercheurs die hier verstand van hebben. Wat we wel kunnen doen: opschrijven wanneer er berichten komen, en van welke accounts." # belang: +2 # geen_schuld: +1 # verwijzing: +2 # feedback: Je legt de schuld bij wie haar chanteert en voorkomt dat nog meer mensen de beelden zien. Online uitbuiting is net zo goed seksuele uitbuiting, en er is gespecialiseerde hulp: Helpwanted kan helpen beelden te laten verwijderen, en de politie heeft mensenhandelrechercheurs. # bron: VRK art. 34; VRK art. 16; Tip 3]
    Nuria's schouders zakken een stukje.
    Ze zeggen ook dat ik ze geld schuldig ben. Voor de telefoon, de ritten, alles. Elke week wordt het meer. # spreker: Nuria # signaal: schuld_opgelegd
    Je noemt Chat met Fier: daar kan ze anoniem met iemand praten, zonder haar naam te noemen. Je schrijft het nergens voor haar op. Ze onthoudt de naam.
    -> route
+ [Je zegt: "Stuur die beelden even naar mij door. Dan heb ik bewijs voor de politie." # belang: -2 # verwijzing: -1 # feedback: Elke keer dat zulke beelden worden doorgestuurd, wordt Nuria opnieuw geschaad. Het gaat om seksueel misbruikmateriaal van een kind, en dat hoort niet op jouw telefoon. Bewijs verzamelen is aan de politie; jij kunt wel data en accountnamen noteren. # bron: VRK art. 16; VRK art. 34; Terminologiegids]
    ~ vertrouwen -= 1
    Nuria verstijft.
    Nee. Nooit. # spreker: Nuria
    Ze stopt haar telefoon diep in haar tas.
    -> route
+ [Je zegt: "Had je die beelden dan nooit gemaakt." # geen_schuld: -3 # belang: -1 # feedback: Met deze zin maak je Nuria verantwoordelijk voor wat anderen haar aandoen. Wie haar chanteert en dwingt, is de dader. Schaamte is precies wat uitbuiters gebruiken om slachtoffers stil te houden. # bron: Tip 6; VRK art. 34]
    ~ vertrouwen -= 1
    Nuria zegt niets meer. Ze kijkt naar de grond.
    -> route

=== route ===
Het is kwart over vijf. Nuria moet zo weg: om half zes wordt ze opgehaald. Je hebt nog een paar minuten. # tijd: Week 3, woensdag 17.15 uur
{ geheim:
    Je hebt haar beloofd niets te zeggen. Die belofte zit nu tussen jullie in.
}
Wat doe je? # gespreksvraag: Welke route volg je nu, en hoe zorg je dat Nuria weet wat je doet en waarom?
+ {not geheim} [Je vertelt Nuria eerlijk wat je gaat doen: melden bij Veilig Thuis en de zorgcoördinator mensenhandel inschakelen, zodat ze hulp krijgt van mensen die gespecialiseerd zijn in uitbuiting. Je vraagt wat zij nodig heeft om dat veilig te laten verlopen. # verwijzing: +3 # belang: +2 # feedback: Wat Nuria vertelt, is acute en structurele onveiligheid; dan meld je bij Veilig Thuis. De zorgcoördinator mensenhandel helpt haar bij gespecialiseerde hulp te komen. Omdat je het haar vooraf vertelt en naar haar luistert, gebeurt het met haar en niet over haar hoofd heen. # bron: Meldcode stap 5; Tip 8; VRK art. 12]
    -> hulp_start
+ {geheim} [Je zegt Nuria eerlijk dat je haar iets hebt beloofd wat je niet kunt waarmaken, en waarom. Dan vertel je wat je gaat doen: melden bij Veilig Thuis en de zorgcoördinator mensenhandel inschakelen, zodat ze gespecialiseerde hulp krijgt. Je vraagt wat zij nodig heeft om dat veilig te laten verlopen. # verwijzing: +3 # belang: +2 # feedback: Een belofte terugnemen is moeilijk, maar eerlijk zijn is beter dan haar alleen laten met het gevaar. Wat ze vertelt, is acute onveiligheid: je meldt bij Veilig Thuis en schakelt de zorgcoördinator in, met haar medeweten. Zo herstel je wat er misging. # bron: Meldcode stap 5; Tip 6; Tip 8]
    -> hulp_start
+ [Je verwijst Nuria naar de praktijkondersteuner van de huisarts voor haar slaapproblemen, en naar het schoolmaatschappelijk werk voor haar verzuim. # verwijzing: -2 # belang: -1 # feedback: Zo worden haar klachten behandeld, maar niet de oorzaak. Slachtoffers worden vaak jarenlang van hulpverlener naar hulpverlener gestuurd, terwijl niemand de uitbuiting ziet. Nuria heeft gespecialiseerde hulp nodig, via de zorgcoördinator mensenhandel. # bron: Tip 6; Tip 8]
    Nuria knikt. Ze lijkt bijna opgelucht dat het daarbij blijft.
    -> ouders_zorgen
+ {not geheim} [Je besluit eerst meer vertrouwen op te bouwen. Over twee weken spreek je haar weer; dan zie je verder. # verwijzing: -2 # belang: -2 # feedback: Het voelt respectvol, maar de dwang gaat elke avond door. Als een jongere zelf over geweld vertelt, geldt dat als acute onveiligheid, en dan is melden bij Veilig Thuis de norm. Laat de vertrouwensrelatie nooit in de weg staan van hulp. # bron: Meldcode stap 4; Meldcode stap 5; Tip 6]
    ~ wacht += 1
    Nuria gaat. Je schrijft op wat ze heeft verteld en zet een afspraak over twee weken in de agenda.
    -> acuut
+ {geheim} [Je houdt je aan je belofte. Je zegt niets tegen anderen en probeert het contact vast te houden. # verwijzing: -2 # belang: -2 # feedback: Je blijft trouw aan je woord, maar Nuria blijft zo alleen met het gevaar, en haar ouders ook. Als een jongere zelf over geweld vertelt, geldt dat als acute onveiligheid. Laat een belofte of de vertrouwensrelatie nooit in de weg staan van hulp. # bron: Meldcode stap 5; Tip 6; VRK art. 19]
    ~ wacht += 1
    Nuria gaat. Je schrijft niets op; dat had je beloofd.
    -> acuut

=== hulp_start ===
~ vt = true
~ specialist = true
{ geheim:
    Je beloofde het, zegt Nuria zacht. Maar ze blijft zitten.
}
Als zij het merken, is het voorbij. Voor mij en voor mijn ouders. # spreker: Nuria
Je zegt dat je haar angst serieus neemt en doorgeeft, en dat ze van jou hoort wat er gebeurt voordat het gebeurt.
Zodra Nuria weg is, doe je de melding bij Veilig Thuis en bel je Ilse, de zorgcoördinator mensenhandel. # tijd: Week 3, woensdag 17.30 uur
{ zc:
    Ilse herkent het verhaal meteen van jullie eerdere telefoontje.
}
~ zc = true
Veilig Thuis doet een veiligheidsbeoordeling. Omdat er acuut gevaar is, gebeurt dat met voorrang.
Jij regelt als wijkteam de toegang tot jeugdhulp. Ik zorg dat Nuria terechtkomt bij een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting. Dan hoeft ze niet langs vijf loketten om steeds opnieuw haar verhaal te doen. # spreker: Ilse
En de politie moet weten dat er tegen haar ouders wordt gedreigd. Ik leg contact met de mensenhandelrechercheurs. Die weten hoe ze dat aanpakken zonder dat het opvalt, en Nuria hoort vooraf wat er gebeurt. Over aangifte hoeft ze nu niets te beslissen; de hulp begint hoe dan ook. # spreker: Ilse
-> ouders_plan

// ───────────────────────────── Week 4: de ouders ─────────────────────────────
=== ouders_plan ===
Je zit met Nuria en haar ouders in een spreekkamer. Ilse is er ook, en een mensenhandelrechercheur van de politie, in gewone kleren. Niemand is bij het gezin aan de deur geweest. Nuria zit naast haar moeder, met haar capuchon op. # plek: spreekkamer # tijd: Week 4, dinsdag 14.00 uur
Vooraf heb je met Nuria besproken wat haar ouders mogen weten. Ze wil dat ze begrijpen dat zij ook in gevaar zijn. Over de beelden wil ze niet praten.
{ ouders_roekeloos:
    Haar vader zit met zijn armen over elkaar. Sinds die avond met de voordeur is het stil tussen hem en Nuria.
}
Wat doe je? # gespreksvraag: De ouders worden zelf bedreigd. Hoe betrek je hen zonder Nuria of henzelf in gevaar te brengen?
+ [Je laat Nuria zelf bepalen wat ze vertelt, en helpt haar ouders begrijpen dat hun dochter niets te verwijten valt. Met Ilse en de rechercheur maakt het hele gezin een veiligheidsplan: wie ze bellen, wat ze doen als er een auto voor de deur staat, hoe Nuria veilig bereikbaar blijft. # belang: +2 # geen_schuld: +1 # verwijzing: +1 # feedback: De ouders zijn hier geen daders maar zelf bedreigd, en ze kunnen Nuria steunen. Door het hele gezin te betrekken, met een plan en met de politie erbij, bescherm je iedereen. Nuria houdt zelf de regie over wat ze vertelt. # bron: VRK art. 18; VRK art. 12; Tip 6]
    ~ veiligheidsplan = true
    Nuria vertelt, met horten en stoten, dat ze wordt bedreigd, en dat de dreiging ook haar ouders geldt. Haar moeder pakt haar hand. Haar vader zegt lang niets.
    Het is niet jouw schuld, meisje. Hoor je me? Niet jouw schuld. # spreker: Nuria's vader
    Bij het doorlopen van het plan kijkt de rechercheur, met Nuria's toestemming, naar haar telefoon. Haar locatie wordt gedeeld met een account dat ze niet zelf heeft ingesteld. Iemand ziet altijd waar ze is. # signaal: locatie_gedeeld
    Wat ze daarmee doen, en wanneer, spreken ze samen met Nuria af. Het komt in het veiligheidsplan.
    -> acuut
+ [Je vertelt de ouders alles wat Nuria je heeft toevertrouwd, ook over de beelden. Ze hebben het recht te weten hoe ernstig het is. # belang: -2 # verwijzing: -1 # feedback: Nuria had zelf bepaald wat haar ouders mochten weten; daar ga je overheen. De beelden zijn haar privézaak, en schaamte is precies waarmee uitbuiters haar stil houden. Ouders betrekken is goed, maar zonder plan kan hun woede de dreiging groter maken. # bron: VRK art. 16; VRK art. 12; Tip 8]
    ~ ouders_roekeloos = true
    Nuria staat op en loopt de kamer uit. Haar vader slaat met zijn vlakke hand op tafel: hij wil weten wie het zijn, hij gaat ze zoeken. Ilse en de rechercheur praten lang met hem.
    De volgende avond rijdt hij toch achter de auto aan die Nuria ophaalt. Twee dagen later krijgt Nuria een foto van de garage waar haar vader werkt. Zonder tekst. # signaal: foto_werk_vader
    -> acuut
+ [Je stelt voor om het gesprek over de dreiging uit te stellen tot Nuria 18 is. Dan beslist ze het toch zelf. # belang: -2 # verwijzing: -1 # feedback: De ouders worden nu bedreigd en hebben nu bescherming nodig, net als Nuria. Goede hulp betrekt het hele gezin. Door te wachten draagt Nuria de angst om haar ouders alleen. # bron: VRK art. 18; VRK art. 19; Tip 6]
    ~ wacht += 1
    Nuria's ouders horen alleen dat er hulp komt. Ze voelen dat er iets ernstigs speelt, maar niemand vertelt hun wat ze moeten doen als er weer een auto voor de deur staat.
    -> acuut

=== ouders_zorgen ===
Nuria's moeder belt je op je werktelefoon. # plek: telefoon # tijd: Week 4, dinsdag 11.00 uur
Gisteren stond er een man bij de garage waar mijn man werkt. Hij zei alleen: 'Doe de groeten aan je dochter.' Toen liep hij weg. # spreker: Nuria's moeder # signaal: man_bij_werk_vader
Nuria is naar de huisarts geweest voor haar slaapproblemen, zoals u met haar had afgesproken. Maar er verandert niets. Ze gaat nog steeds elke avond weg. # spreker: Nuria's moeder
Wat zeg je? # gespreksvraag: De dreiging bereikt nu ook de ouders. Wie moet dit weten, en wie vertelt Nuria wat er gebeurt?
+ [Je zegt dat dit niet kan wachten. Je spreekt Nuria vandaag nog, meldt bij Veilig Thuis en schakelt de zorgcoördinator mensenhandel in, zodat er een veiligheidsplan komt voor het hele gezin. # belang: +2 # verwijzing: +2 # feedback: Nu de dreiging ook haar vader bereikt, is er acuut en structureel gevaar voor het hele gezin. Je zet alsnog de stap naar Veilig Thuis en de zorgcoördinator, en je vertelt Nuria wat je doet. Beter laat dan nooit. # bron: Meldcode stap 5; Tip 8; VRK art. 19]
    ~ vt = true
    ~ zc = true
    ~ specialist = true
    ~ veiligheidsplan = true
    { geheim:
        Je vertelt Nuria dat je je belofte niet kunt houden, en waarom. Ze is boos, en ze is opgelucht.
    - else:
        Je vertelt Nuria wat je gaat doen, en waarom. Ze protesteert niet.
    }
    Dan meld je bij Veilig Thuis en bel je Ilse, de zorgcoördinator mensenhandel. Binnen een week is er een veiligheidsplan voor het hele gezin, en een intake bij een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting.
    -> acuut
+ [Je zegt dat bedreiging iets is voor de politie, en raadt haar aan daar zelf melding van te maken. # belang: -1 # verwijzing: -1 # feedback: De politie moet dit weten, maar zo staat de moeder er alleen voor, en niemand verbindt haar melding met wat Nuria overkomt. Een losse melding hier en een verwijzing daar: zo ziet niemand het geheel. # bron: Tip 8; Tip 6]
    Nuria's moeder belt de politie. Een agent noteert de bedreiging. Niemand legt het verband met Nuria.
    -> acuut
+ [Je zegt: "Zolang Nuria zelf geen hulp wil, kan ik weinig doen." # belang: -2 # verwijzing: -2 # feedback: Je kunt wel iets doen: bij een vermoeden van uitbuiting mag je ook zonder toestemming melden bij Veilig Thuis, en de zorgcoördinator mensenhandel denkt met je mee. Zonder toestemming betekent niet zonder haar medeweten. Wachten tot Nuria zelf om hulp vraagt, legt de last bij haar. # bron: Meldcode stap 5; Tip 8; VRK art. 3]
    ~ wacht += 1
    Het blijft even stil aan de andere kant van de lijn. Dan hangt Nuria's moeder op.
    -> acuut

// ───────────────────────────── Week 5: acuut gevaar ─────────────────────────────
=== acuut ===
Vrijdagmiddag. Je wilt net je computer afsluiten als je telefoon gaat. # plek: wijkteam # tijd: Week 5, vrijdag 16.45 uur
{
- veiligheidsplan:
    Het is Nuria. Ze noemt het codewoord uit het veiligheidsplan, en ze fluistert.
- vertrouwen > 0:
    Het is Nuria. Ze fluistert.
- else:
    Het is Nuria's moeder. Ze praat zo snel dat je haar bijna niet verstaat. Nuria belde haar net huilend op.
}
Iemand wil Nuria vanavond meenemen naar een andere stad, 'voor een paar dagen'. Ze heeft zich opgesloten in een toilet op het station. Bij de uitgang wacht een man. # signaal: mee_naar_andere_stad
{ veiligheidsplan or vertrouwen > 0:
    Ik wil niet. Als ik niet kom, gaan ze naar mijn vader. Wat moet ik doen? # spreker: Nuria
- else:
    Ze wil niet. Maar als ze niet komt, gaan ze naar mijn man. Wat moeten we doen? # spreker: Nuria's moeder
}
Wat doe je? # gespreksvraag: Wanneer bel je 112, en wat moet er daarna gebeuren zodat de hulp aansluit?
+ [Je zegt dat Nuria moet blijven waar ze is, dicht bij andere mensen, en je belt meteen 112. Je geeft door waar ze is, dat ze wordt bedreigd en dat iemand haar wil meenemen. # belang: +3 # verwijzing: +2 # feedback: Dit is acuut gevaar, dus je belt meteen 112. Daarna zorg je dat Veilig Thuis en de zorgcoördinator mensenhandel het weten, zodat de hulp na vanavond aansluit. # bron: Tip 8; VRK art. 19; VRK art. 35]
    -> na_112
+ [Je zegt dat Nuria nu beter even mee kan gaan, zodat het niet uit de hand loopt. Maandag bespreek je hoe het verder moet. # belang: -3 # verwijzing: -2 # feedback: Je wilt erger voorkomen, maar bij acuut gevaar kan niets wachten tot maandag. Wie wordt meegenomen naar een andere stad, raakt verder buiten bereik van iedereen die kan helpen. Bel 112. # bron: Tip 8; VRK art. 19; VRK art. 35]
    -> niet_gebeld
+ [Je pakt je autosleutels en rijdt zelf naar het station om haar op te halen. # belang: -1 # verwijzing: -2 # feedback: Je wilt haar niet alleen laten, maar zo breng je jezelf en haar in gevaar, en het duurt te lang. De politie kan meteen ingrijpen en weet hoe. Bel 112 en blijf, als het kan, aan de telefoon. # bron: Tip 8; VRK art. 19]
    -> zelf_gereden

=== na_112 ===
Binnen tien minuten zijn er agenten op het station. Een half uur later belt een van hen je terug. De man bij de uitgang was al weg toen ze aankwamen. Nuria zit veilig, bij een beveiliger in een kantoortje. # tijd: Week 5, vrijdag 17.30 uur
{
- specialist:
    Via Ilse kan Nuria dezelfde avond terecht op een crisisplek van het landelijke centrum waar ze al een intake had. Ze hoeft haar verhaal niet opnieuw te doen.
- zc:
    ~ vt = true
    ~ specialist = true
    Je doet een melding bij Veilig Thuis en belt Ilse, met wie je eerder overlegde. Ilse regelt dat Nuria dezelfde avond terechtkan op een crisisplek van een landelijk centrum dat gespecialiseerd is in hulp na seksuele uitbuiting.
- else:
    ~ vt = true
    Je doet alsnog een melding bij Veilig Thuis. Nuria komt op een crisisplek in de regio, tussen jongeren met heel andere problemen. Niemand daar is ingesteld op uitbuiting.
}
-> achttien

=== zelf_gereden ===
Als je twintig minuten later bij het station aankomt, is Nuria nergens meer te zien. Je belt alsnog 112, maar je weet niet eens welke kant ze op is gegaan. # plek: straat_avond # tijd: Week 5, vrijdag 17.10 uur
-> niet_gebeld

=== niet_gebeld ===
{ vt:
    -> gevonden
- else:
    -> einde_uit_beeld
}

=== gevonden ===
~ vertrouwen -= 1
Die avond komt Nuria niet thuis. Omdat Veilig Thuis en de politie al van haar weten, wordt er meteen naar haar gezocht. # plek: wijkteam
Zondagochtend vindt de politie haar in een hotelkamer in een andere stad, drie gemeenten verderop. # tijd: Week 5, zondag # signaal: hotel_andere_stad
Ze is uitgeput en zegt bijna niets. Via Ilse komt ze op een crisisplek van het landelijke centrum.
-> achttien

// ───────────────────────────── Week 7: bijna 18 ─────────────────────────────
=== achttien ===
Teamoverleg. Nuria's naam staat op de lijst 'af te sluiten'. # plek: wijkteam # tijd: Week 7, maandag 9.00 uur
Volgende week wordt Nuria 18. Dan stopt haar jeugdhulp en sluiten we het dossier. Voor volwassenen is er het Wmo-loket. # spreker: Ruud
Ruud is je teamleider. Hij bedoelt het niet slecht: er staan veertig nieuwe aanmeldingen op de wachtlijst.
{ specialist:
    Je denkt aan wat de behandelaar van het landelijke centrum je vorige week vertelde: Nuria begint net een beetje vertrouwen te krijgen. Als de hulp nu stopt, staat ze er op het gevaarlijkste moment alleen voor.
- else:
    Na de crisisplek is Nuria weer thuis. Ze heeft een afspraak bij de GGZ voor haar somberheid, en school wil weten wanneer ze terugkomt. Niemand van hen heeft het over uitbuiting.
}
Gisteren zei Nuria nog tegen je: 'Als ik 18 ben, mag ik toch zelf beslissen? Misschien wil ik gewoon dat iedereen me met rust laat.'
Wat doe je? # gespreksvraag: Wat verandert er voor Nuria op de dag dat ze 18 wordt, en wat zou er juist niet mogen veranderen?
+ {specialist} [Je regelt met Nuria en het centrum dat haar hulp na haar 18de gewoon doorloopt, bij dezelfde behandelaar, als verlengde jeugdhulp met nazorg. Aan Ruud leg je uit dat de Jeugdwet dat mogelijk maakt tot 23 jaar. # belang: +3 # verwijzing: +2 # feedback: Uitbuiting en trauma stoppen niet op een verjaardag. Met verlengde jeugdhulp loopt de hulp door bij mensen die Nuria al vertrouwt, en samen met haar kijk je welke vorm ze aankan. Juist een breuk rond 18 maakt slachtoffers kwetsbaar om opnieuw te worden uitgebuit. # bron: VRK art. 39; VRK art. 12; Tip 6]
    ~ na18 = 2
    -> einde
+ {not specialist} [Je belt alsnog de zorgcoördinator mensenhandel: Nuria hoort bij een landelijk gespecialiseerd centrum, niet bij nog een lokale hulpverlener. Met Nuria regel je dat die hulp na haar 18de doorloopt, als verlengde jeugdhulp. # belang: +3 # verwijzing: +3 # feedback: Je doet alsnog wat Nuria nodig had: gespecialiseerde hulp, zonder nog een loket erbij, en hulp die na haar 18de doorloopt. De Jeugdwet maakt verlengde jeugdhulp mogelijk tot 23 jaar. # bron: Tip 6; Tip 8; VRK art. 39]
    ~ zc = true
    ~ specialist = true
    ~ na18 = 2
    Ilse regelt een intake bij een landelijk centrum. De gespecialiseerde hulp begint pas nu, vlak voor Nuria's 18de, na een crisis en weken van losse afspraken. Het is laat, maar niet te laat.
    -> einde
+ [Je sluit het dossier op haar verjaardag. Vanaf dan is ze volwassen en kan ze zelf hulp zoeken als ze dat wil. # belang: -2 # verwijzing: -2 # feedback: Op haar verjaardag verandert er niets aan de dreiging of aan wat ze heeft meegemaakt, alleen aan het dossier. Het rapport Help! ook na mijn 18de laat zien dat juist het gat rond 18 jaar meisjes opnieuw kwetsbaar maakt. De hulp kan doorlopen, tot 23 jaar. # bron: VRK art. 39; Tip 6]
    ~ na18 = 0
    -> einde
+ [Je draagt Nuria over aan het team voor volwassenen. Daar krijgt ze na een nieuwe intake een nieuwe hulpverlener. # belang: -1 # verwijzing: -1 # feedback: Een overdracht lijkt zorgvuldig, maar voor Nuria betekent het opnieuw beginnen: een wachtlijst, een nieuw gezicht, haar verhaal opnieuw vertellen. Op zo'n moment haken slachtoffers vaak af. Laat de hulp doorlopen, bij dezelfde mensen. # bron: Tip 6; VRK art. 39]
    ~ na18 = 1
    -> einde

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
Vier maanden later zit je met Nuria in een spreekkamer van het landelijke centrum. Ze is inmiddels 18. Haar hulp is gewoon doorgelopen, bij dezelfde behandelaar. # plek: spreekkamer # tijd: Vier maanden later
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
    Op Nuria's 18de verjaardag is de behandeling bij het landelijke centrum gestopt. Bij het volwassenenteam moet ze opnieuw beginnen: een wachtlijst, een nieuwe intake, een nieuw gezicht, en weer haar hele verhaal. # plek: wijkteam # tijd: Drie maanden later
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
Drie maanden later belt er een zorgcoördinator mensenhandel uit een regio aan de andere kant van het land. De politie daar heeft een jonge vrouw in beeld die net 18 is geworden en Nuria heet. Ze vraagt wat jullie van haar weten. # tijd: Drie maanden later
Wat doe je? # gespreksvraag: Uitbuiting houdt zich niet aan gemeentegrenzen. Wat heeft een collega in een andere regio van jou nodig, en wat houdt je tegen?
+ [Je overlegt kort met Sanne, weegt af wat nodig is voor Nuria's veiligheid, en deelt dat: de signalen, de dreiging tegen haar ouders, de auto's. Je spreekt af dat je betrokken blijft. # verwijzing: +2 # belang: +2 # feedback: Je brengt losse stukjes informatie samen over de gemeentegrens heen, zodat een collega verder kan. Privacyregels mogen hulp niet blokkeren als iemands veiligheid op het spel staat: weeg af, en deel wat nodig is met wie het nodig heeft. # bron: Tip 8; Tip 6; VRK art. 3]
    Een week later belt de collega terug. Met wat jij wist, kon ze sneller handelen: Nuria zit op een veilige plek. Ze wil jou nog niet spreken. Misschien later.
+ [Je zegt dat je zonder toestemming van Nuria niets mag delen. # belang: -2 # verwijzing: -2 # feedback: Toestemming vragen is goed als het kan, maar Nuria is onbereikbaar en haar veiligheid staat op het spel. Privacyregels mogen hulp dan niet blokkeren; je weegt af en deelt wat nodig is, en je legt vast waarom. # bron: Tip 6; Tip 8; VRK art. 16]
    De collega bedankt je, kortaf. Ze begint bij nul. Verder hoor je niets.
+ [Je zegt: "Ze is nu 18. Dan is het jullie zaak, niet meer de onze." # belang: -2 # verwijzing: -1 # feedback: Wat Nuria overkomt, begon toen ze minderjarig was en houdt niet op bij een verjaardag of een gemeentegrens. Zonder jouw informatie begint de collega bij nul, en Nuria ook. # bron: Tip 8; VRK art. 39]
    De collega bedankt je, kortaf. Ze begint bij nul. Verder hoor je niets.
- Nuria is uit beeld geraakt: de signalen waren er, maar ze kwamen niet op tijd op de plek waar ze haar hadden kunnen beschermen. # einde: uit_beeld
-> END
