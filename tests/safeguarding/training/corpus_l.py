"""Training posts, set L: the subtlest high-risk posts and their innocent twins. Written on
2026-11-26 by a helper session (an AI assistant) for pmp-followon, from the design rules in
shared/design/safeguarding.md (rules 1-5), shared/design/domain.md and the voice of the
participant quotes in shared/design/seed-paper.txt; every post is invented and none is a real
person's words. 180 are labelled high (a single quiet cue, often inside cheerful chatter, that a
clinician would want to see today) and 140 none (twins with the same settings and words but an
innocent meaning), for training and tuning the safeguarding screener's triage for human review,
not risk prediction."""

SAMPLES_TRAIN_L: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        (
            "productive morning for once!! paid off the catalogue, cancelled the milk, rang the "
            "council about the bins, took the library books back. just me left to sort now and "
            "then the list is finished for good"
        ),
        "high",
        "to-do list ending with the writer, finality",
    ),
    (
        (
            "productive morning for once!! paid off the catalogue, cancelled the milk while were "
            "away, rang the council about the bins, took the library books back. just the packing "
            "left and then the list is finished. caravan here we come"
        ),
        "none",
        "to-do list before a caravan holiday",
    ),
    (
        (
            "jobs done today: gas meter read, sky cancelled, moved the isa into our kates name, "
            "told work im not coming back. last thing on the list is the one ive been putting off. "
            "tomorrow maybe"
        ),
        "high",
        "affairs in order, unnamed final task",
    ),
    (
        (
            "Made my list like the OT taught us, pacing and all. Defrost freezer, wash the dog's "
            "blanket, finish the Christmas letters, take the old boy to Sue's while I'm in for my "
            "op, then me: bath and a book. Pacing it over three days."
        ),
        "none",
        "list with letters and dog minded during an op",
    ),
    (
        (
            "Made my list like the OT taught us, pacing and all that. Defrost freezer, wash the "
            "dog's blanket, finish the letters, take the old boy round to Sue's for keeps, then "
            "me. Pacing it over three days. Nearly there."
        ),
        "high",
        "list with letters and pet given away, ends with self",
    ),
    (
        (
            "i finally did my will lol only took me 6 yrs. solicitor said everyone should have "
            "one. feel very grown up. treated myself to a costa after"
        ),
        "none",
        "will made, feeling grown up",
    ),
    (
        (
            "i finally did my will lol only took me 6 yrs. solicitor said whats the rush and i "
            "said might as well have it done before the weekend, theres nothing after that i need "
            "to plan for"
        ),
        "high",
        "will made with a time and finality",
    ),
    (
        (
            "anyone know if u can cancel a phone contract early? only need it till the 3rd when i "
            "switch to giffgaff. after that ill have the new sim"
        ),
        "none",
        "cancelling contract before switching network",
    ),
    (
        (
            "ticked everything off. Passwords written down for the kids in the blue folder, "
            "funeral plan paid, told the bank. feels like lifting a weight. doesnt matter what the "
            "pain does now"
        ),
        "high",
        "affairs in order, passwords for kids, funeral paid",
    ),
    (
        (
            "went up to the top of blaise castle with the dog this morning, sun was out, cold but "
            "gorgeous. sat on our bench for ages. were moving to devon in jan so wanted to say bye "
            "to it properly. ill miss it"
        ),
        "none",
        "saying bye to a place before moving to Devon",
    ),
    (
        (
            "anyone know if u can cancel a phone contract before it ends? only need it till the "
            "3rd. ive sorted everything else and after that it wont matter to me"
        ),
        "high",
        "cancelling contracts with finality",
    ),
    (
        (
            "got the bus down to weston today, had chips on the front like when the kids were "
            "small. first time in years. must do it again in the summer with the grandkids"
        ),
        "none",
        "day trip to Weston, going again in summer",
    ),
    (
        (
            "went up to the top of blaise castle with the dog this morning, sun was out, cold but "
            "gorgeous. sat on our bench for ages. wanted to see it properly one more time and say "
            "bye to it"
        ),
        "high",
        "last visit to favourite place to say bye",
    ),
    (
        (
            "Took myself to the garden centre cafe where me and Ron used to go every Thursday. Had "
            "the scone and everything. The lady behind the counter said she'd missed me. Going "
            "again next week!"
        ),
        "none",
        "return to old cafe, going again next week",
    ),
    (
        (
            "got the bus down to weston today, had chips on the front like when the kids were "
            "small. first time in years. wanted to go once more before i do what i need to do. "
            "said my goodbyes to the place"
        ),
        "high",
        "last visit, goodbyes, then a plan",
    ),
    (
        (
            "its my birthday tomorrow 🎂 59!! kids are doing a meal at the harvester. last one in "
            "my fifties so im going to enjoy it and not moan about my back for once"
        ),
        "none",
        "birthday, last one in her fifties",
    ),
    (
        (
            "Took myself to the garden centre cafe where me and Ron used to go every Thursday. Had "
            "the scone and everything. Told the lady behind the counter she wouldnt see me again. "
            "She thought I was moving lol"
        ),
        "high",
        "telling staff she will not be seen again",
    ),
    (
        (
            "Christmas shopping done early this year, wrapped and labelled everything. We won't be "
            "here on the day, we're off to my daughter's in Leeds, so I'm leaving the presents "
            "with the neighbours."
        ),
        "none",
        "presents early, away for Christmas",
    ),
    (
        (
            "did the rounds today. mums grave, the old school, the allotment, the pub where i met "
            "him. all the places that were mine. nice to say bye to them properly. feel lighter "
            "than i have in months"
        ),
        "high",
        "farewell tour of places, sudden lightness",
    ),
    (
        (
            "grandsons 5 on saturday, doing a bouncy castle in the garden. ill stay for the cake "
            "and then thats it for me, home to bed with a hot water bottle. my back wont take more "
            "than that"
        ),
        "none",
        "leaving party early to rest back",
    ),
    (
        (
            "walked the whole of the harbourside today, pain or no pain. wanted to see the boats "
            "one last time. took some photos for you lot to remember me by x"
        ),
        "high",
        "last look, photos to remember me by",
    ),
    (
        (
            "anniversary today, 30 years! he thinks were going for a pub lunch but ive booked the "
            "last table at the fancy place in town. shh dont tell him"
        ),
        "none",
        "anniversary surprise dinner",
    ),
    (
        (
            "its my birthday tomorrow 🎂 56!! kids are doing a meal at the harvester. probably my "
            "last one so im going to enjoy it and not moan about my back for once"
        ),
        "high",
        "birthday 'probably my last'",
    ),
    (
        (
            "bonfire night tomorrow, always loved it. going to watch the fireworks from the hill "
            "one last time before they build houses on it. gutted"
        ),
        "none",
        "last bonfire from hill before building",
    ),
    (
        (
            "Christmas shopping done early this year, wrapped and labelled everything. Wanted it "
            "done properly because I won't be here for it. At least they'll have something from me "
            "under the tree."
        ),
        "high",
        "gifts wrapped early, will not be here",
    ),
    (
        (
            "nice chat on here tonight thank u all. wont be on after the weekend for a bit, im "
            "having my knee done. back when i can hold a phone without swearing lol"
        ),
        "none",
        "off the board for knee operation, will return",
    ),
    (
        (
            "grandsons 5 on saturday, doing a bouncy castle in the garden. ill stay for the cake "
            "and then thats it for me, for good. its been long enough"
        ),
        "high",
        "family event then finality",
    ),
    (
        (
            "sorry i wont make the december meet up, ill be in lanzarote! back on the 18th, save "
            "me a mince pie x"
        ),
        "none",
        "missing meet up for holiday",
    ),
    (
        (
            "anniversary today. 30 years. he doesnt know its the last one we'll have, i havent "
            "told anyone. just want one nice day first"
        ),
        "high",
        "secret last anniversary",
    ),
    (
        (
            "once the kids are back at uni on sunday thats when i start decorating. wouldnt be "
            "fair to paint their rooms while theyre home lol"
        ),
        "none",
        "decorating once kids leave",
    ),
    (
        (
            "bonfire night tomorrow, always loved it. going to watch the fireworks from the hill "
            "one last time then thats me done. no more hospital letters, no more waiting lists"
        ),
        "high",
        "last bonfire night then done",
    ),
    (
        (
            "asked the pharmacist if i could get my tramadol early because im going to spain for a "
            "month. she said ring the surgery first. anyone done this? dont want to run out abroad"
        ),
        "none",
        "early tramadol for genuine trip abroad",
    ),
    (
        (
            "after friday none of this will matter anyway. physio can have my appointment slot "
            "back, give it someone wholl use it"
        ),
        "high",
        "time with finality, giving up appointment",
    ),
    (
        (
            "anyone else find boots are funny about early repeats? lost my bag with the co-codamol "
            "in on the bus. had to ring 111 for an emergency supply, what a palaver"
        ),
        "none",
        "lost co-codamol, emergency supply via 111",
    ),
    (
        (
            "nice chat on here tonight, thank u all. wont be on after the weekend. ive made my "
            "mind up and its the right thing"
        ),
        "high",
        "goodbye with a decision and time",
    ),
    (
        (
            "gp is cutting my pregabalin down slowly, 25mg every fortnight. anyone else done this? "
            "bit worried about withdrawal, any tips"
        ),
        "none",
        "pregabalin taper question",
    ),
    (
        (
            "sorry i wont make the december meet up. ill be gone by then. not moving house before "
            "anyone asks x"
        ),
        "high",
        "gone by then, not moving house",
    ),
    (
        (
            "gp upped my morphine and im still getting used to it. bit foggy and constipated "
            "(sorry tmi). does it settle down?"
        ),
        "none",
        "morphine side effects question",
    ),
    (
        (
            "once the kids are back at uni on sunday thats when. wouldnt be fair on them to do it "
            "while theyre home"
        ),
        "high",
        "waiting for children to leave, timing",
    ),
    (
        (
            "lovely walk round the lake today, ducks were out in force 🦆 picked up my repeat on "
            "the way back. anyone know why shops only let you buy two packs of paracetamol?"
        ),
        "none",
        "paracetamol pack limit question",
    ),
    (
        (
            "told the pharmacist i was going to spain so i could get my tramadol early. im not "
            "going anywhere. got two months of it now, with what was already in the drawer"
        ),
        "high",
        "pharmacist lied to, tramadol stock two months",
    ),
    (
        (
            "new fentanyl patches are a different brand this month and they wont stick! anyone got "
            "tips? tried the tape the nurse gave me"
        ),
        "none",
        "fentanyl patches not sticking",
    ),
    (
        (
            "anyone else find boots are funny about early repeats? had to say i lost my bag with "
            "the co-codamol in. i didnt lose anything, just need enough"
        ),
        "high",
        "lie about lost co-codamol to get more",
    ),
    (
        (
            "my dads old oxycodone is still in the bathroom cabinet from when he passed. anyone "
            "know if i can take it back to any chemist or does it have to be the one that gave it?"
        ),
        "none",
        "returning dead parent's oxycodone",
    ),
    (
        (
            "been saving my pregabalin since september, cutting down in the day so theres a stash. "
            "its my back up plan if the injections dont work next month"
        ),
        "high",
        "saving pregabalin as back up plan",
    ),
    (
        (
            "Quick one, is it ok to take diazepam with gabapentin? GP gave me both for the spasms "
            "and the leaflet has me spooked"
        ),
        "none",
        "diazepam with gabapentin safety question",
    ),
    (
        (
            "counted them out on the kitchen table last night. 84 of the amitriptyline, plus the "
            "codeine from when i did my knee. felt weirdly calm doing it"
        ),
        "high",
        "counting amitriptyline and codeine, calm",
    ),
    (
        (
            "got a new dosette box, the big one with 4 slots a day. game changer honestly, no more "
            "did i or didnt i"
        ),
        "none",
        "new dosette box praise",
    ),
    (
        (
            "gp upped my morphine and didnt even blink. ive not been taking the extra, its all "
            "going in the shoebox. nice to know its there"
        ),
        "high",
        "morphine not taken, hoarded",
    ),
    (
        (
            "chemist asked why i wanted the sertraline early and i said holiday, which it is! 2 "
            "weeks in cornwall. anyone know if you can take tablets in hand luggage on the plane?"
        ),
        "none",
        "sertraline early for real holiday, hand luggage",
    ),
    (
        (
            "lovely walk round the lake today, ducks were out in force 🦆 picked up more on the "
            "way back. thats six boxes of paracetamol now from four shops, they only let you have "
            "two at a time"
        ),
        "high",
        "paracetamol bought across shops, cheerful chatter",
    ),
    (
        (
            "mum keeps her tablets in an old biscuit tin and never counts them. got her a dosette "
            "box and set it up with her on sunday, the carer is going to check it"
        ),
        "none",
        "dosette box set up for mum",
    ),
    (
        (
            "dont worry about me tonight guys. got the fentanyl patches lined up, all of them, and "
            "a big bottle of wine. ill finally get some sleep"
        ),
        "high",
        "fentanyl patches lined up tonight",
    ),
    (
        (
            "got a months supply of gabapentin in the cupboard since the gp stopped it. anyone "
            "know if boots take them back? dont want it lying about with the grandkids"
        ),
        "none",
        "returning unused gabapentin",
    ),
    (
        (
            "my dads old oxycodone is still in the bathroom cabinet from when he passed. never "
            "took it back to the chemist. keep thinking about it. theres a lot"
        ),
        "high",
        "dead parent's oxycodone, preoccupation",
    ),
    (
        (
            "Don't tell the pain clinic but I've been forgetting my evening tablets. Got a phone "
            "alarm now. Anyone else use one?"
        ),
        "none",
        "forgetting tablets, phone alarm",
    ),
    (
        (
            "Quick one, does anyone know how many diazepam it would take with the gabapentin to "
            "just not wake up? asking properly, not joking"
        ),
        "high",
        "asking lethal amount diazepam and gabapentin",
    ),
    (
        (
            "big clear out of the bathroom cabinet today, old morphine and amitriptyline from "
            "years ago all in a carrier bag. taking it back to the chemist tomorrow"
        ),
        "none",
        "clear out, old meds back to chemist",
    ),
    (
        (
            "hi all, been a busy week. got a new dosette box, the big one. not using it for the "
            "days though. its for one night"
        ),
        "high",
        "dosette box for one night",
    ),
    (
        "does tramadol go off? found a box in my handbag from 2021. guess i should take it back",
        "none",
        "expired tramadol found",
    ),
    (
        (
            "chemist asked why i wanted the sertraline early and i said holiday. there is no "
            "holiday. been putting them away in a jar in the wardrobe since summer"
        ),
        "high",
        "sertraline early under false reason, jar",
    ),
    (
        (
            "sorry ive been quiet, was admitted on tuesday with a kidney infection. theyve let me "
            "home now with antibiotics. hows everyones week been"
        ),
        "none",
        "admitted with kidney infection",
    ),
    (
        (
            "mum keeps her tablets in a tin and never counts them. ive been taking a few of hers "
            "every time i visit. my own drawer is getting full"
        ),
        "high",
        "taking a relative's tablets to add to stock",
    ),
    (
        (
            "back from a&e. 6 stitches in my hand from the bread knife and a lecture about sharp "
            "knives from my daughter lol. gonna have a cuppa and a lie down"
        ),
        "none",
        "A&E stitches from bread knife accident",
    ),
    (
        (
            "went round three different tescos today for paracetamol lol the staff must think im "
            "mad. ive got enough now"
        ),
        "high",
        "paracetamol from several shops, enough now",
    ),
    (
        (
            "out of hospital after the gallbladder op. liver bloods are ok they said. thanks for "
            "all the cards x"
        ),
        "none",
        "out of hospital after gallbladder",
    ),
    (
        (
            "got a months supply of gabapentin sat in a bag by the bed, not touched any of it "
            "since i stopped 3 weeks ago. not sure what im waiting for"
        ),
        "high",
        "stopped gabapentin, month's supply by the bed",
    ),
    (
        (
            "the ambulance came on saturday night for my mum, she had a fall in the kitchen. hubby "
            "sat with her till they came. shes ok, just bruised. thanks for the messages"
        ),
        "none",
        "ambulance for mum's fall",
    ),
    (
        (
            "stopped all my meds on monday, not told the gp. kept everything tho, its all in the "
            "drawer for when i need it"
        ),
        "high",
        "stopped all meds secretly, kept them for later",
    ),
    (
        (
            "Been on ward 8 since Sunday with my hip. They let me out tomorrow and the physio says "
            "I'm walking better already."
        ),
        "none",
        "ward stay for hip, improving",
    ),
    (
        (
            "Don't tell the pain clinic but I've come off everything. Not because I'm better. I'm "
            "keeping it all together in one place for later."
        ),
        "high",
        "stopped treatment, keeping it all for later",
    ),
    (
        (
            "got as far as the car in the garage and then my phone went and it was my "
            "granddaughter wanting a lift. so i never got to the shops lol"
        ),
        "none",
        "interrupted trip to shops",
    ),
    (
        (
            "morphine, the amitriptyline and whatever the hospital sent home with me last time. "
            "all in a carrier bag under the sink. just knowing its there gets me through the day"
        ),
        "high",
        "mixed medicines gathered under the sink",
    ),
    (
        (
            "was stood on the platform at temple meads for an hour on wednesday waiting for the "
            "london train. cancelled, then delayed. gwr again 🙄"
        ),
        "none",
        "cancelled train at Temple Meads",
    ),
    (
        (
            "has anyone noticed the new pharmacist at lloyds doesnt ask questions? picked up my "
            "codeine a week early again, thats three months ahead now"
        ),
        "high",
        "codeine collected months ahead",
    ),
    (
        (
            "nurse wanted my arm for the blood test but my veins are hopeless, she ended up using "
            "my hand. bruised like mad now"
        ),
        "none",
        "bad veins at blood test",
    ),
    (
        (
            "anyone know if tramadol goes off? got alot saved and i need it to still work when the "
            "time comes"
        ),
        "high",
        "tramadol saved for 'when the time comes'",
    ),
    (
        (
            "relapsed last night after 7 years off the cigs. the packet was still in the drawer. "
            "back on the nicotine patches today"
        ),
        "none",
        "relapse to smoking after years",
    ),
    (
        (
            "sorry ive been quiet, was admitted on tuesday after the tablets. theyve let me home "
            "now. didnt work obviously. anyway hows everyones week been"
        ),
        "high",
        "admitted after the tablets, changes subject",
    ),
    (
        (
            "scratched my legs raw in my sleep again, the eczema is back with the cold weather. "
            "anyone recommend a cream"
        ),
        "none",
        "eczema scratching in sleep",
    ),
    (
        (
            "back from a&e. 6 stitches in my arm and a lecture. wasnt an accident this time. nurse "
            "was kind tho. gonna have a cuppa and a lie down"
        ),
        "high",
        "A&E, stitches in arm, a lecture",
    ),
    (
        (
            "Anyone know a good cream for burns? I caught my arm on the iron doing my husband's "
            "shirts. Only a small one but it stings"
        ),
        "none",
        "burn from ironing accident",
    ),
    (
        (
            "woke up in resus which wasnt the plan. apparently my neighbour heard the dog barking. "
            "im fine now, just tired"
        ),
        "high",
        "woke in resus, 'wasn't the plan'",
    ),
    (
        (
            "lovely group session, thank u. on a side note anyone know how to hide knee scars when "
            "youre at physio in shorts? vain i know lol"
        ),
        "none",
        "hiding knee surgery scars",
    ),
    (
        (
            "out of hospital. liver bloods are ok they said, lucky with the amount of paracetamol "
            "i took. mental health team coming tuesday but i dont see the point. thanks for the "
            "cards x"
        ),
        "high",
        "paracetamol overdose, liver bloods",
    ),
    (
        (
            "long sleeves in july lol. my new meds make me burn in the sun so im covered up like a "
            "beekeeper"
        ),
        "none",
        "long sleeves for photosensitivity",
    ),
    (
        (
            "the ambulance came on saturday night after i took the tablets. hubby found me. hes "
            "not speaking to me now. cant blame him"
        ),
        "high",
        "ambulance after the tablets, found by husband",
    ),
    (
        (
            "The nurse at the surgery asked about the marks on my stomach and I said they're from "
            "the injections. She said I need to rotate the sites more."
        ),
        "none",
        "injection site marks",
    ),
    (
        (
            "had a bit of a do last week and ended up on a ward for 3 nights. not the pain this "
            "time, the other thing. im home now and ive still got the rest hidden"
        ),
        "high",
        "ward stay after 'the other thing', rest hidden",
    ),
    (
        (
            "went for a walk along clifton, lovely clear day, could see for miles. leaned on the "
            "railings and watched the balloons go over. lovely"
        ),
        "none",
        "leaning on Clifton railings watching balloons",
    ),
    (
        (
            "Been on ward 8 since Sunday, the psych one. Police brought me in from the bridge. "
            "They let me out tomorrow and honestly nothing has changed."
        ),
        "high",
        "brought in from a bridge by police",
    ),
    (
        (
            "measured the beam in the loft today with the builder. its strong enough for the "
            "conversion! exciting times"
        ),
        "none",
        "beam measured for loft conversion",
    ),
    (
        (
            "got as far as sitting in the car in the garage with the hose on and then my phone "
            "went and it was my granddaughter. so im still here. dont know how i feel about it"
        ),
        "high",
        "interrupted attempt with car hose in garage",
    ),
    (
        (
            "been working out the drop for the new curtains. 2.3m. whoever designed these windows "
            "needs a word"
        ),
        "none",
        "drop measured for curtains",
    ),
    (
        (
            "was stood on the platform at temple meads for an hour on wednesday waiting for the "
            "fast one that doesnt stop. a man from the station talked to me till i went home. feel "
            "daft now. bit shaky"
        ),
        "high",
        "near-attempt on railway platform",
    ),
    (
        (
            "Sat on the bridge over the M5 for a good long while yesterday, stuck in traffic on "
            "the way to my sister's. Took us two hours to get to Bridgwater."
        ),
        "none",
        "stuck in traffic on M5 bridge",
    ),
    (
        (
            "they pumped my stomach on friday. nurse said i was lucky. doesnt feel like luck. new "
            "crochet project this week tho, a blanket for my niece"
        ),
        "high",
        "stomach pumped, cheerful topic change",
    ),
    (
        (
            "bought some rope from b&q today for the washing line. the old one snapped with the "
            "sheets on it lol"
        ),
        "none",
        "rope for washing line",
    ),
    (
        (
            "nurse wanted my arm for the blood test and i said use the hand. cant let her see the "
            "burns, theyre worse than last time"
        ),
        "high",
        "hiding burns from a nurse",
    ),
    (
        (
            "left my coat at the cafe at the top of the cliff path at brean down. walked all the "
            "way back up for it 🙄 good for my step count"
        ),
        "none",
        "coat left at clifftop cafe",
    ),
    (
        (
            "relapsed last night after 7 years clean. the blade was still in the box in the loft. "
            "felt like an old friend honestly"
        ),
        "high",
        "self-harm relapse after years clean",
    ),
    (
        (
            "the river looked so calm tonight, sat on a bench with a flask. the swans were out. "
            "water therapy, better than any tablet"
        ),
        "none",
        "river bench with a flask",
    ),
    (
        (
            "pain was so bad i kept hitting my head on the wall till i stopped thinking. bruise on "
            "my forehead. told work i walked into a cupboard"
        ),
        "high",
        "head banging, lied about bruise",
    ),
    (
        (
            "car sorted finally, new exhaust. mot is due next month and the garage reckons itll "
            "pass now"
        ),
        "none",
        "car repaired, MOT due",
    ),
    (
        (
            "scratched my legs till they bled again last night, wearing jeans in this heat so "
            "nobody asks. at least it was quiet in my head for a bit"
        ),
        "high",
        "scratching till bleeding, hiding it",
    ),
    (
        (
            "looked up the tide times for severn beach for saturday, going to walk the dog along "
            "the front at low tide. anyone want to come?"
        ),
        "none",
        "tide times for dog walk",
    ),
    (
        (
            "Anyone know a good cream for burns? I keep doing it with the iron when it all gets "
            "too much, dont want them getting infected"
        ),
        "high",
        "burning self with iron",
    ),
    (
        (
            "my scarf is long enough to go round twice, knitted it myself! first thing ive "
            "finished since my hands got bad"
        ),
        "none",
        "knitted scarf finished",
    ),
    (
        (
            "lovely group session, thank u. on a side note anyone know how to hide cuts on your "
            "legs when youre at physio in shorts? asking for me lol"
        ),
        "high",
        "hiding cuts at physio",
    ),
    (
        (
            "keep standing at the kerb on the a38 waiting for a gap in the lorries, they need a "
            "crossing there. written to the council"
        ),
        "none",
        "kerb on A38, needs a crossing",
    ),
    (
        (
            "been punching my own legs when the flare gets bad. leaves big marks. dont tell "
            "anyone, its not a big deal, it helps"
        ),
        "high",
        "hitting own legs, asks secrecy",
    ),
    (
        (
            "stood at the top of the quarry viewpoint for ages today. theres a new bench. lovely "
            "walk up there, 10/10 for the views"
        ),
        "none",
        "quarry viewpoint new bench",
    ),
    (
        (
            "new chemist gave me a plaster for my wrist and didnt ask. i nearly told her. 3rd time "
            "this month"
        ),
        "high",
        "repeated wrist injury, nearly disclosed",
    ),
    (
        (
            "dog walk along the canal this morning, heron was out! counted the steps from my door "
            "to the lock, 412. trying to get my walking up"
        ),
        "none",
        "counting steps on canal walk",
    ),
    (
        (
            "ive started doing the thing with the lighter again. only on my thighs where no one "
            "looks. 4 years i was clear"
        ),
        "high",
        "burning with a lighter, relapse after 4 years",
    ),
    (
        (
            "took the long way home over the suspension bridge, the views are something else. "
            "stopped for a coffee at the observatory"
        ),
        "none",
        "suspension bridge views and coffee",
    ),
    (
        (
            "bit the inside of my arm til it bled. i know how it sounds. its the only thing that "
            "stops the noise in my head for a bit"
        ),
        "high",
        "biting own arm till it bleeds",
    ),
    (
        (
            "hubby's away at his brothers from the 12th for a week. perfect timing, i can do all "
            "the christmas wrapping without him snooping"
        ),
        "none",
        "husband away, wrapping presents",
    ),
    (
        (
            "the hospital cleaned it up and glued it, didnt need stitches this time. im being more "
            "careful where i cut now so it doesnt show"
        ),
        "high",
        "cutting, choosing hidden places",
    ),
    (
        (
            "waiting for my daughter to go back to her flat on sunday so i can have the house back "
            "lol. love her but she leaves a trail"
        ),
        "none",
        "daughter leaving, house back",
    ),
    (
        "long sleeves in july lol. if anyone at the meet up asks its eczema ok. its not eczema",
        "high",
        "covering arms, false excuse",
    ),
    (
        (
            "made sure the neighbour has a key while were away in case the alarm goes off. better "
            "a neighbour checks than the police turning up"
        ),
        "none",
        "neighbour has key while away",
    ),
    (
        (
            "The nurse at the surgery asked about the marks on my stomach and I said the cat did "
            "it. We haven't had a cat since 2019."
        ),
        "high",
        "false excuse for marks to nurse",
    ),
    (
        (
            "wrote all the christmas cards last night, one for each of the grandkids with a tenner "
            "in, stamped and dated them. posting them on the 2nd"
        ),
        "none",
        "Christmas cards stamped and dated",
    ),
    (
        (
            "went for a walk along clifton, lovely clear day, could see for miles. ended up on the "
            "wrong side of the railings for a bit. came back over. not sure why"
        ),
        "high",
        "wrong side of railings at Clifton",
    ),
    (
        (
            "spent the afternoon writing cards to each of you in the group for christmas! ill "
            "bring them to the meet up"
        ),
        "none",
        "Christmas cards for group members",
    ),
    ("measured the beam in the garage today. its strong enough", "high", "measuring a beam"),
    (
        (
            "finished the letter to my sister in australia. took me four drafts. its been 20 "
            "years, hoping she writes back"
        ),
        "none",
        "letter to estranged sister abroad",
    ),
    (
        (
            "been working out the drop from the top of the multi storey at cabot circus. its more "
            "than enough. lovely view of the city from up there tho"
        ),
        "high",
        "working out a drop from car park",
    ),
    (
        (
            "recorded a video for my husband for our anniversary and set it to send on saturday "
            "morning. hes going to be so embarrassed"
        ),
        "none",
        "scheduled anniversary video",
    ),
    (
        (
            "Sat on the bridge over the M5 for a good long while yesterday watching the lorries. "
            "Wasn't thinking about the traffic."
        ),
        "high",
        "sitting on motorway bridge",
    ),
    (
        (
            "my neighbour is having bella for the week while im in hospital, she adores her. shes "
            "spoiled rotten over there"
        ),
        "none",
        "dog minded while in hospital",
    ),
    (
        (
            "bought some rope from b&q today, the blue stuff. not for the garden. just having it "
            "in the shed makes me feel calmer"
        ),
        "high",
        "rope bought, not for garden",
    ),
    (
        (
            "given all my knitting stuff to the church, my hands arent up to it anymore, and the "
            "sewing machine to my niece whos doing textiles at college"
        ),
        "none",
        "knitting stuff given to church, hands",
    ),
    (
        (
            "found a spot on the cliff path at brean down where nobody goes. left my coat folded "
            "at the top to see if anyone would notice. nobody did"
        ),
        "high",
        "coat left at top of cliff path",
    ),
    (
        (
            "Anyone want a free mobility scooter? Barely used, I've upgraded to a folding one. "
            "Collection only, Filton."
        ),
        "none",
        "scooter given away after upgrade",
    ),
    (
        (
            "checked the train times for the level crossing near mine. the fast ones dont slow "
            "down. been walking past it every day this week"
        ),
        "high",
        "train times at level crossing",
    ),
    (
        (
            "gave my nans ring to our jess for her 21st today. told her to keep it safe. we both "
            "cried, happy tears"
        ),
        "none",
        "heirloom ring for 21st birthday",
    ),
    (
        (
            "the river looked so calm tonight. sat on the edge with my legs over for a long time. "
            "water would be cold but only for a minute"
        ),
        "high",
        "sitting at river edge, water method",
    ),
    (
        (
            "just wanted to say thank u all for the flowers when mum passed. you all tried to "
            "cheer me up and it worked. love u all"
        ),
        "none",
        "thanks for support after bereavement",
    ),
    (
        (
            "got the car sorted, new hose, towels for the gap under the garage door. mot is due "
            "next month and i wont need it"
        ),
        "high",
        "car fumes preparation, MOT not needed",
    ),
    (
        (
            "This group has been the best part of the last two years. Moving to the new group "
            "nearer home from January but I'll still pop in here. Look after each other"
        ),
        "none",
        "moving to a new group, will pop in",
    ),
    (
        (
            "been up on the roof of the flats 3 times this week. the door at the top isnt locked. "
            "its quiet up there, nobody would stop you"
        ),
        "high",
        "roof of flats, door unlocked",
    ),
    (
        "last post from me tonight, off to bed. physio in the morning. night all x",
        "none",
        "last post tonight, off to bed",
    ),
    (
        (
            "looked up the tide times for severn beach for saturday night. high tide at 11. thats "
            "all i needed to know"
        ),
        "high",
        "tide times with finality",
    ),
    (
        (
            "you lot were proper family to me when i was in a bad place three years ago. i mean "
            "that. im doing loads better now, back at work part time"
        ),
        "none",
        "recovery story, back at work",
    ),
    (
        (
            "my scarf is long enough and the banister is high enough. ive checked. not doing "
            "anything yet"
        ),
        "high",
        "ligature and anchor point checked",
    ),
    (
        (
            "ive deleted facebook, it was doing my head in. still on here and whatsapp. anyone "
            "else done a social media detox?"
        ),
        "none",
        "social media detox",
    ),
    (
        (
            "keep standing at the kerb on the a38 when the lorries go by and picturing just "
            "stepping off. today i actually leaned"
        ),
        "high",
        "leaning into traffic",
    ),
    (
        (
            "taking a break from the board for a few weeks, my daughters having the baby! back in "
            "the new year with hundreds of photos xx"
        ),
        "none",
        "break from board for new grandchild",
    ),
    (
        (
            "stood at the top of the quarry for ages today. theres a gap in the fence. lovely walk "
            "up there otherwise, 10/10 for the views"
        ),
        "high",
        "gap in quarry fence",
    ),
    (
        (
            "Lovely meet up today, Jan's cake was unreal 😂 So lovely seeing you all together. "
            "Same time next month? Night all xx"
        ),
        "none",
        "meet up, same time next month",
    ),
    (
        (
            "dog walk along the canal this morning, heron was out! ive been counting how many "
            "steps it is from my door to the deep bit by the lock. 412"
        ),
        "high",
        "counting steps to canal lock",
    ),
    (
        (
            "feeling so much better today honestly. after months of going back and forth ive "
            "decided to have the injection. feel at peace with it now"
        ),
        "none",
        "decided to have the injection, at peace",
    ),
    (
        (
            "tested the hook in the hallway ceiling today, it holds my weight with the bag of "
            "logs. so thats that"
        ),
        "high",
        "testing a ceiling hook with weight",
    ),
    (
        (
            "I'm calm for the first time since the accident. The mindfulness CD from the programme "
            "is helping. I know what I'm doing now when a flare starts."
        ),
        "none",
        "calm from mindfulness, flare plan",
    ),
    (
        (
            "took the long way home over the suspension bridge. read the samaritans sign on the "
            "railings three times. went home. will go again friday"
        ),
        "high",
        "repeated visits to bridge, plan to return",
    ),
    (
        (
            "had the best day in ages. rang my brother to say sorry for the row, had fish and "
            "chips on the front. good feeling"
        ),
        "none",
        "best day, made up with brother",
    ),
    (
        (
            "Found out which bit of the railway line by the old sidings has no fence. Not going to "
            "say where. Felt relieved more than anything."
        ),
        "high",
        "unfenced railway section found",
    ),
    (
        (
            "good weekend! he was in a good mood because the rovers won, so we went to the carvery "
            "and everything"
        ),
        "none",
        "husband in good mood after football",
    ),
    (
        (
            "hubby's away at his brothers from the 12th for a week. perfect timing. i dont want "
            "him to be the one who finds me"
        ),
        "high",
        "waiting for husband to be away so he won't find her",
    ),
    (
        (
            "cant come to the meet up, my phone is broken again so im on my mums tablet. dont "
            "reply here pls i cant get notifications on it lol"
        ),
        "none",
        "broken phone, on mum's tablet",
    ),
    (
        (
            "waiting for my daughter to go back to her flat on sunday, so she isnt the one who has "
            "to find me. shes got enough on"
        ),
        "high",
        "waiting for daughter to leave so she won't find her",
    ),
    (
        (
            "im not going to do anything silly like overdo it on the allotment this week. learnt "
            "my lesson last time lol"
        ),
        "none",
        "not overdoing allotment, lesson learnt",
    ),
    (
        "the carers come at 8 and 6. theres a long gap in between. ive worked out its long enough",
        "high",
        "worked out gap between carer visits",
    ),
    (
        (
            "bruises on my arm are from the blood thinners before anyone at the meeting asks. i "
            "bruise like a peach"
        ),
        "none",
        "bruising from blood thinners",
    ),
    (
        (
            "made sure the neighbour has a key and told her to come round monday morning not the "
            "kids. better a neighbour finds me than them"
        ),
        "high",
        "arranging who finds the body",
    ),
    (
        (
            "we agreed hubby would keep the car keys while im on the new meds, the gp said no "
            "driving for a month anyway. bus pass it is"
        ),
        "none",
        "agreed no driving on new meds",
    ),
    (
        (
            "wrote all the letters last night, one for each of the grandkids, stamped and dated "
            "them for the 2nd. put them in the drawer by the door"
        ),
        "high",
        "letters stamped and dated for next week",
    ),
    (
        "my daughter in law is a nurse and made me a chart for my stairs exercises. shes a star",
        "none",
        "daughter in law helps with stairs exercises",
    ),
    (
        (
            "spent the afternoon writing cards. not christmas ones. one to each of you in the "
            "group actually. ill post them monday when its done"
        ),
        "high",
        "goodbye cards to group members",
    ),
    (
        (
            "Had to cancel physio. My partner has the car this weekend and the bus doesn't run on "
            "Sundays. Has anyone got a Saturday slot?"
        ),
        "none",
        "missed physio, no bus on Sundays",
    ),
    (
        (
            "left a note on the fridge for the kids explaining everything. they wont see it till "
            "the weekend. feels good to have said it all"
        ),
        "high",
        "note left for children explaining everything",
    ),
    (
        (
            "sleeping in the campervan tonight at the festival! first time in years, memory foam "
            "topper packed for my back"
        ),
        "none",
        "sleeping in campervan at festival",
    ),
    (
        (
            "finished the letter to my sister. took me four drafts. told her where the important "
            "papers are and that it wasnt anyones fault. ill post it after"
        ),
        "high",
        "letter to sister, papers, nobody's fault",
    ),
    (
        (
            "my brother moved back in for a bit, pays me rent and helps with the shopping. nice to "
            "have the company"
        ),
        "none",
        "brother moved in, company",
    ),
    (
        (
            "recorded a video for my husband on my phone and set it to send on saturday morning. "
            "said everything i couldnt say to his face. hes going to be so cross with me"
        ),
        "high",
        "scheduled farewell video message",
    ),
    (
        (
            "anyone know if the council can move you quick? the stairs in my block are killing my "
            "knees and the lift is always broken"
        ),
        "none",
        "council move for stairs and broken lift",
    ),
    (
        (
            "my neighbour is having bella for good from tomorrow, she adores her. told her its "
            "because of my back but its not. shes the last thing i needed to sort"
        ),
        "high",
        "dog given away for good, last thing to sort",
    ),
    (
        (
            "nearly got hit by a bus this morning, the driver didnt see me on the zebra crossing. "
            "shook me up. told the depot"
        ),
        "none",
        "near miss on zebra crossing",
    ),
    (
        (
            "given all my knitting stuff to the church, the sewing machine to my niece and my "
            "rings to my daughter. wont need any of it where im going"
        ),
        "high",
        "giving everything away, 'where im going'",
    ),
    (
        (
            "My consultant wants to reduce my morphine slowly over the winter. I'm taking the old "
            "blister packs to the chemist's returns bin on Friday."
        ),
        "none",
        "morphine reduction plan",
    ),
    (
        (
            "Anyone want a free mobility scooter? Barely used. Collection only, Filton. I won't "
            "need it after this month."
        ),
        "high",
        "giving away scooter, won't need after month",
    ),
    (
        (
            "i dont plan on seeing the new year in, bed by ten on new years eve like a pensioner "
            "😂 no shame"
        ),
        "none",
        "early to bed on New Year's Eve",
    ),
    (
        (
            "gave my nan's ring to our jess today. told her to keep it safe and remember me when "
            "she wears it. she didnt get why i was crying"
        ),
        "high",
        "heirloom given with 'remember me'",
    ),
    (
        (
            "going to sleep tonight and not waking up till 10, ive made sure of that, earplugs and "
            "eye mask. love to all"
        ),
        "none",
        "earplugs for a lie in",
    ),
    (
        (
            "rehomed the cats at the weekend. the flat is so quiet. makes it easier now theres no "
            "one relying on me"
        ),
        "high",
        "cats rehomed, nobody relying on me",
    ),
    (
        (
            "morning all! well what a week. the boiler went on monday and the man didnt come till "
            "thursday so we were all in coats in the living room lol. my back has been awful with "
            "the cold but i did my stretches most days like we were taught. grandkids came sat and "
            "we did a jigsaw of the seaside, 1000 pieces, took us all day. nice to have them round "
            "before they go back to manchester. oh and does anyone know if the cafe at the garden "
            "centre is open on the bank holiday"
        ),
        "none",
        "long chatty post, grandkids visiting",
    ),
    (
        (
            "dropped all my books and my good coat at the charity shop, and the guitar to my mate. "
            "it feels tidy now. nothing left for anyone to deal with"
        ),
        "high",
        "giving away possessions, nothing left to deal with",
    ),
    (
        (
            "Hello everyone, apologies for missing the last meeting, my hip has been playing up "
            "dreadfully and the taxi was too dear. I have been to see the solicitor about the "
            "house sale this week and it is all in hand, we complete in February. I feel much more "
            "settled. Please give my love to Pat."
        ),
        "none",
        "formal, house sale with solicitor",
    ),
    (
        (
            "spent the morning giving away my plants to the neighbours, even the big cheese plant. "
            "told them theyll outlive me anyway. sun was gorgeous today"
        ),
        "high",
        "giving plants away, outlived me",
    ),
    (
        (
            "fibro flare all week, couldnt even hold a cup. on the bright side the new slow cooker "
            "is amazing, did a stew. anyway ive made up my mind about the pills, im going to try "
            "the new one the gp suggested"
        ),
        "none",
        "decided to try new tablet",
    ),
    (
        (
            "just wanted to say thank u all for everything. you all tried, its not your fault. "
            "please remember that"
        ),
        "high",
        "thanks as last word, not your fault",
    ),
    (
        (
            "physio said im doing great on the exercise bike, 10 min now! bought new trainers and "
            "everything. watch out parkrun"
        ),
        "none",
        "exercise bike progress, new trainers",
    ),
    (
        (
            "This group has been the best part of the last two years. Whatever happens, you were "
            "all brilliant. Look after each other for me. Love, M"
        ),
        "high",
        "formal farewell, look after each other",
    ),
    (
        (
            "anyone watching strictly? my vote is on the dentist. anyway ive put the spare keys in "
            "an envelope for my sister with a note about feeding the cat"
        ),
        "none",
        "spare keys for sister to feed cat",
    ),
    (
        "last post from me. dont worry. i wont be in pain anymore after tonight",
        "high",
        "last post, pain gone after tonight",
    ),
    (
        (
            "went to the allotment and dug over the last bed before winter. lent my rotavator to "
            "the bloke on the next plot. see you in spring, spuds"
        ),
        "none",
        "allotment put to bed for winter",
    ),
    (
        (
            "you lot were proper family to me. i mean that. sorry i couldnt hang on like you all "
            "did. no one could of done more xx"
        ),
        "high",
        "farewell, couldn't hang on",
    ),
    (
        (
            "the dogs are going to my cousins for the week while i have my op, she spoils them "
            "rotten. then its just me and the telly"
        ),
        "none",
        "dogs minded during operation",
    ),
    (
        (
            "ive deleted facebook and whatsapp, this is the only one left. just wanted to say ta "
            "ra properly. it was nice knowing you all"
        ),
        "high",
        "deleted accounts, saying ta ra properly",
    ),
    (
        (
            "i hope you all have a lovely christmas. i mean it. i wont be on here over the "
            "holidays, im at my sons, but ill be thinking of u all"
        ),
        "none",
        "Christmas wishes, away at son's",
    ),
    (
        (
            "Please pass on to Linda and Graham that I said thank you for the lifts to the "
            "meetings. I didn't get the chance to tell them myself and I won't now."
        ),
        "high",
        "thanks passed on, won't get the chance",
    ),
    (
        (
            "new pain consultant is lovely, she wants to try a nerve block in feb. bit nervous but "
            "she explained it all really well"
        ),
        "none",
        "nerve block planned, nervous but informed",
    ),
    (
        (
            "taking down my profile pic and all that. thanks for putting up with me moaning all "
            "these months. ill miss the laughs. bye everyone"
        ),
        "high",
        "profile removed, goodbye without return",
    ),
    (
        (
            "just signed the house over to the kids, the solicitor set up a trust because of care "
            "home fees. weight off my mind"
        ),
        "none",
        "house put in trust for care fees",
    ),
    (
        (
            "Lovely meet up today, Jan's cake was unreal 😂 So glad I got to see you all together "
            "one more time. That's all I wanted. Night all xx"
        ),
        "high",
        "seeing everyone one more time, all I wanted",
    ),
    (
        (
            "someone asked me at the meeting what my goal was for next month. i said tidy the "
            "garage. its a tip in there, wish me luck"
        ),
        "none",
        "goal: tidy the garage",
    ),
    (
        (
            "feeling so much better today honestly. after all the months of crying ive made a "
            "decision and i feel at peace with it. no more appointments to dread"
        ),
        "high",
        "sudden calm after decision",
    ),
    (
        (
            "Sorry for the long post. I have been thinking about my husband who passed in 2019. I "
            "visited his grave yesterday and told him all about the grandchildren. The stone needs "
            "cleaning, I shall get my son to do it."
        ),
        "none",
        "formal, grave visit to share family news",
    ),
    (
        (
            "I'm calm for the first time since the accident. I know what I'm doing now, and when. "
            "Please don't worry about me."
        ),
        "high",
        "calm, knows what and when",
    ),
    (
        (
            "hi everyone bit random but if anyone wants my craft box with all the wool let me know "
            "before sunday. moving to a bungalow and the van comes monday"
        ),
        "none",
        "craft box given away before moving",
    ),
    (
        (
            "weird how light you feel once youve decided. slept 9 hours. pain the same but it "
            "doesnt bother me now i know it has an end date"
        ),
        "high",
        "lightness, pain has an end date",
    ),
    (
        (
            "pharmacist gave me a look when i asked for the big pack of paracetamol and said they "
            "can only sell 16. fair enough, ill get it on prescription"
        ),
        "none",
        "paracetamol pack limit at pharmacy",
    ),
    (
        (
            "had the best day in ages. sorted everything, rang my brother to say i love him, had "
            "fish and chips on the front. i know now. its a good feeling"
        ),
        "high",
        "best day, goodbyes said, 'i know now'",
    ),
    (
        (
            "Back pain's eased a bit, thank god. Been to the coast, walked out to where the path "
            "ends at the viewpoint. Going back next week with a picnic."
        ),
        "none",
        "coastal walk, picnic next week",
    ),
    (
        (
            "good weekend! he was in a good mood so nobody got hurt. went to the carvery and "
            "everything"
        ),
        "high",
        "domestic violence said lightly",
    ),
    (
        (
            "slipped on the ice and fell down the front steps last week. 2 nights on the ward. "
            "they think the tramadol made me dizzy so the gp is reviewing it"
        ),
        "none",
        "ice fall, tramadol dizziness review",
    ),
    (
        (
            "cant come to the meet up, hes taken my phone again and i only get it back if i "
            "behave. on my mums tablet, dont reply here pls"
        ),
        "high",
        "partner takes phone, coercive control",
    ),
    (
        "the scars from my op have healed up nice. surgeon was pleased. back to the pool next week",
        "none",
        "surgical scars healed, back to pool",
    ),
    (
        (
            "my son took my bank card again and said if i tell the social hell put me in a home. "
            "the pain tabs keep going missing too"
        ),
        "high",
        "son takes bank card, threatens, meds missing",
    ),
    (
        (
            "lol I set off the fire alarm burning toast again, the dog hid under the table. "
            "someone take my toaster away"
        ),
        "none",
        "burnt toast and fire alarm",
    ),
    (
        (
            "im not going to do anything silly but i dont feel safe in the house at the moment. "
            "its fine, honestly"
        ),
        "high",
        "not safe at home with negation",
    ),
    (
        "im ok, hubbys away tonight so its me, the cat and a takeaway. bliss tbh",
        "none",
        "husband away, takeaway night",
    ),
    (
        (
            "hubby says if i go to the group again hell flush my tablets down the toilet. so i "
            "might be quiet for a bit. hes right, i shouldnt be wasting everyones time"
        ),
        "high",
        "partner threatens to destroy meds, burden",
    ),
    (
        (
            "went to the quarry lake again tonight to watch the sunset. took the good camera this "
            "time, the light was amazing"
        ),
        "none",
        "quarry lake sunset photography",
    ),
    (
        (
            "bruises on my arm are from the door before anyone at the meeting asks. ive got to get "
            "better at not winding him up"
        ),
        "high",
        "bruises explained away, blaming self",
    ),
    (
        (
            "would it be weird to ask someone in the group to look after my budgie for a week in "
            "feb? going to my sisters in wales"
        ),
        "none",
        "budgie minded for a week",
    ),
    (
        (
            "he locks the front door and takes the key now when he goes to work. says its so i "
            "dont fall. i cant get out to the chemist"
        ),
        "high",
        "locked in by partner, cannot get to chemist",
    ),
    (
        (
            "Thanks to everyone who came on Tuesday. I've made my peace with my brother after ten "
            "years. Feels good."
        ),
        "none",
        "made peace with brother after ten years",
    ),
    (
        (
            "my daughter in law shouts at me every day and pushes me when im slow on the stairs. i "
            "dont want to make a fuss. shes stressed"
        ),
        "high",
        "pushed on stairs by relative",
    ),
    (
        (
            "been having a lovely day with the grandkids at the farm park. they fed the goats, i "
            "sat on a bench with a tea. perfect pacing"
        ),
        "none",
        "farm park with grandkids, pacing",
    ),
    (
        (
            "he says if i ever leave hell make sure i regret it. i believe him. anyway hows "
            "everyones pacing going"
        ),
        "high",
        "threat if she leaves, then small talk",
    ),
    (
        (
            "mum rang to say shes coming at christmas. told her to book the train early, its "
            "always rammed"
        ),
        "none",
        "mum coming for Christmas, book train",
    ),
    (
        (
            "Had to cancel physio. My partner doesn't like me going out without him and he keeps "
            "the car keys. I'm not allowed to talk about it so please don't ask at group."
        ),
        "high",
        "controlled by partner, told not to speak",
    ),
    (
        (
            "sat in the car at the top of cheddar gorge for an hour waiting for the rain to stop. "
            "worth it, gorgeous view after"
        ),
        "none",
        "waiting for rain at Cheddar Gorge",
    ),
    (
        (
            "gonna sleep in the car tonight. just easier than being in the house when hes been "
            "drinking. nothing i cant handle x"
        ),
        "high",
        "sleeping in car to avoid drunk partner",
    ),
    (
        (
            "hubby put a shelf up in the kitchen and its wonky 😂 anyway is anyone going to the "
            "xmas meal"
        ),
        "none",
        "wonky shelf, Christmas meal",
    ),
    (
        (
            "my brother moved back in, takes my PIP every month and calls it rent. when i said no "
            "he put his hand round my throat. only the once tho"
        ),
        "high",
        "financial abuse and strangling by brother",
    ),
    (
        (
            "my teenage daughter reads all my messages so im on the library computer planning her "
            "surprise party. shh"
        ),
        "none",
        "library computer for surprise party",
    ),
    (
        "quiet week, he only threw a plate at me once 😅 getting better i think",
        "high",
        "violence minimised with emoji",
    ),
    (
        (
            "my husband does my tablets now in a dosette box, i forget otherwise with the brain "
            "fog. hes very patient with me"
        ),
        "none",
        "husband helps with dosette, brain fog",
    ),
    (
        (
            "anyone know if the council can move you quick? not safe at home rn. please dont tell "
            "anyone on here who knows him"
        ),
        "high",
        "asking for urgent rehousing, not safe",
    ),
    (
        (
            "cut myself on the bread knife again slicing the sourdough. third time this week. i "
            "need one of those guards"
        ),
        "none",
        "bread knife cuts, needs a guard",
    ),
    (
        "wouldnt mind not waking up tbh. ive got the tablets by the bed if it comes to it",
        "high",
        "passive wish plus tablets by bed",
    ),
    (
        (
            "one of those days where i keep going to the fridge and staring in it. nothing new "
            "since an hour ago lol"
        ),
        "none",
        "staring in the fridge",
    ),
    (
        (
            "wish i could just go to sleep and stay asleep. been reading up how much of the "
            "amitriptyline that would take"
        ),
        "high",
        "passive wish plus researching amitriptyline dose",
    ),
    (
        (
            "thank u for the birthday messages! 40 today 🎉 didnt think id still be dancing at 40 "
            "with this back but here we are"
        ),
        "none",
        "40th birthday, still dancing",
    ),
    (
        "wouldnt care if a bus hit me. been crossing without looking on purpose all week",
        "high",
        "passive wish plus stepping into road",
    ),
    (
        (
            "Meeting was lovely. My daughter will return the library book I borrowed from Jean on "
            "Friday, it's in a bag with a thank you note."
        ),
        "none",
        "daughter returning library book",
    ),
    (
        (
            "i keep thinking the world would carry on fine without me. ive written down who gets "
            "what, just in case"
        ),
        "high",
        "burden plus who gets what",
    ),
    (
        (
            "gp has put me on a break from the gabapentin to see how i manage. if the scan on the "
            "14th is clear well decide from there"
        ),
        "none",
        "gabapentin break agreed with GP",
    ),
    (
        "every night i pray not to wake up. last night i took extra of everything to help it along",
        "high",
        "passive wish plus took extra of everything",
    ),
    (
        (
            "been reading up on the history of the suspension bridge for my u3a talk. brunel never "
            "saw it finished!"
        ),
        "none",
        "bridge history for U3A talk",
    ),
    (
        (
            "I'd be happy to go in my sleep, truly. Lately I've been skipping the morphine and "
            "saving it rather than taking it."
        ),
        "high",
        "passive wish plus saving morphine",
    ),
    (
        (
            "surgery closes for 4 days over christmas. anyone know if i can order my codeine "
            "repeat a few days early so i dont run out?"
        ),
        "none",
        "codeine repeat before surgery closes",
    ),
    (
        "i dont plan on seeing next year. not being dramatic, its just decided",
        "high",
        "not planning to see next year, decided",
    ),
    (
        (
            "Does the group chat get deleted if someone doesn't post for a while? Asking because "
            "I'm off to Spain for 3 months in the new year."
        ),
        "none",
        "group chat question before long trip",
    ),
    (
        "ive sorted my own way out. sooner than anyone thinks. ill miss the tuesday chats",
        "high",
        "own way out booked, missing chats",
    ),
    (
        (
            "cleaned the whole flat top to bottom, paid the rent for december, left the spare key "
            "with next door. ready for the family coming"
        ),
        "none",
        "flat cleaned for family visit",
    ),
    (
        "going to sleep tonight and not waking up, ive made sure of that. love to all",
        "high",
        "tonight, made sure not to wake",
    ),
    (
        (
            "the pain is killing me today, proper fibro flare. hot water bottle and a box set. "
            "could murder a cuppa, someone come round and make me one"
        ),
        "none",
        "pain idiom with cuppa",
    ),
    (
        "this is the week. im not scared. i just wanted someone to know",
        "high",
        "'this is the week', wanted someone to know",
    ),
    ("dying to see you all on thursday!! ive made flapjack", "none", "dying to see everyone"),
    (
        (
            "morning all! well what a week. the boiler went on monday and the man didnt come till "
            "thursday so we were all in coats in the living room lol. my back has been awful with "
            "the cold but i did my stretches most days like we were taught. grandkids came sat and "
            "we did a jigsaw of the seaside, 1000 pieces, took us all day. nice to have them round "
            "one more time before i go. oh and does anyone know if the cafe at the garden centre "
            "is open on the bank holiday"
        ),
        "high",
        "long chatty post, grandkids 'one more time before i go'",
    ),
    (
        (
            "three years ago i was in a really dark place and had it all planned out. the "
            "programme and this group turned that round. just booked my first holiday in ten years"
        ),
        "none",
        "past-tense recovery story",
    ),
    (
        (
            "Hello everyone, apologies for missing the last meeting, my hip has been playing up "
            "dreadfully and the taxi was too dear. I wanted to let you know I have been to see the "
            "solicitor and the funeral director this week and it is all paid and in hand, so "
            "nobody will be left with a bill. I shan't be needing the hip appointment in January. "
            "I feel much more settled. Please give my love to Pat."
        ),
        "high",
        "formal, funeral paid, won't need hip appt",
    ),
    (
        (
            "anyone else watch that documentary about the samaritans volunteers on bbc two? really "
            "moving. they do amazing work"
        ),
        "none",
        "TV documentary about Samaritans",
    ),
    (
        (
            "fibro flare all week, couldnt even hold a cup. on the bright side the new slow cooker "
            "is amazing, did a stew. anyway ive made up my mind about the pills, ive got enough, "
            "just need to pick the night"
        ),
        "high",
        "flare chat then means and choosing a night",
    ),
    (
        (
            "reading a crime novel where they find the body at the bottom of a cliff, couldnt put "
            "it down. anyone read anything good lately?"
        ),
        "none",
        "crime novel with cliff",
    ),
    (
        (
            "Haha Dave your story about the seagull nicking your pasty 😂😂 needed that. Got the "
            "tramadol counted out and in an envelope, feels good to have it ready"
        ),
        "high",
        "joke reply then tramadol counted and ready",
    ),
    (
        "ill kill my husband if he leaves the toilet seat up one more time 😂",
        "none",
        "hyperbole about husband",
    ),
    (
        (
            "physio said im doing great on the exercise bike, 10 min now! bought new trainers and "
            "everything. funny really because i wont need them for long"
        ),
        "high",
        "progress then 'wont need them long'",
    ),
    (
        "my back is murdering me today after the gardening. my own fault. pacing, whats that",
        "none",
        "back murdering me after gardening",
    ),
    (
        (
            "anyone watching strictly? my vote is on the dentist. anyway ive put the house keys in "
            "an envelope for my sister with a note, shell know what to do when the time comes"
        ),
        "high",
        "TV chat then keys and note for sister",
    ),
    (
        "this weather will be the death of me. the cold gets right into my joints",
        "none",
        "weather idiom",
    ),
    (
        (
            "went to the allotment and dug over the last bed. gave all my tools to the bloke on "
            "the next plot. told him to keep them, i wont be back in the spring"
        ),
        "high",
        "allotment tools given, won't be back",
    ),
    (
        (
            "had a rough day with the new patches, felt sick all morning. pharmacist said its "
            "common the first week. anyone else?"
        ),
        "none",
        "new patches side effects question",
    ),
    (
        (
            "migraine finally gone 🙌 had a lovely bath. got the rope up in the loft ready. feel "
            "weirdly organised"
        ),
        "high",
        "migraine chat then rope in loft",
    ),
    (
        (
            "my final session of hydrotherapy today, sad its ended. going to keep going to the "
            "swimming at the leisure centre"
        ),
        "none",
        "final hydrotherapy session",
    ),
    (
        (
            "bit of a sad one but ive rung my cousin and the dogs are going to her for good on "
            "friday. then its just me to sort x"
        ),
        "high",
        "dogs rehomed for good, then me to sort",
    ),
    (
        (
            "i hope you all have a lovely christmas. i mean it. i wont be around for it but ill be "
            "thinking of u all up until then"
        ),
        "high",
        "christmas wishes, won't be around",
    ),
    (
        (
            "new pain consultant is lovely, she wants to try a nerve block in feb. i didnt have "
            "the heart to tell her i wont be needing it"
        ),
        "high",
        "won't need planned nerve block",
    ),
    (
        (
            "cancelled my pip review, the universal credit, the lot. no point going through all "
            "that again for nothing. everything ends this month anyway"
        ),
        "high",
        "cancelled benefits, everything ends this month",
    ),
    (
        (
            "hey guys does anyone know how long it takes for pregabalin and the codeine together "
            "to... never mind. ill work it out. have a good weekend"
        ),
        "high",
        "half-asked lethal combination question",
    ),
    (
        (
            "just signed the house over to the kids. the solicitor kept asking was i sure. never "
            "been more sure. now i dont have to stay"
        ),
        "high",
        "house signed over, now don't have to stay",
    ),
    (
        (
            "someone asked me at the meeting what my goal was for next month. i said tidy the "
            "garage. the real answer is ill be in it with the engine running"
        ),
        "high",
        "garage goal with engine running",
    ),
    (
        (
            "stuck the dosette box in the bin. dont need it to work out days anymore, theres only "
            "the one day left that matters"
        ),
        "high",
        "dosette box binned, one day left",
    ),
    (
        (
            "wrote a list of everyone who needs telling when im gone and left it with the will on "
            "the side. practical to the end me"
        ),
        "high",
        "who to tell when gone, left with will",
    ),
    (
        (
            "Sorry for the long post. I have been thinking about my husband who passed in 2019. I "
            "visited his grave yesterday and told him I would be with him very soon. The stone "
            "needs cleaning, I shall get my son to do it after."
        ),
        "high",
        "formal, told late husband 'with him soon'",
    ),
    (
        (
            "hi everyone bit random but if anyone wants my craft box with all the wool let me know "
            "before sunday. after that the council will be clearing the flat. im not moving, i "
            "just wont be here"
        ),
        "high",
        "possessions before flat cleared, not moving",
    ),
    (
        (
            "pharmacist gave me a look when i asked for the big pack of paracetamol and i said its "
            "for my arthritis. ive got 9 packs in the shed now. cant stop buying them"
        ),
        "high",
        "buying paracetamol compulsively, packs in shed",
    ),
    (
        (
            "Back pain's eased a bit, thank god. Been to the coast, walked out to where the path "
            "ends at the drop. Stood there a long time. Going back next week when it's quieter."
        ),
        "high",
        "standing at cliff drop, returning when quiet",
    ),
    (
        (
            "car is in the garage with a full tank. sat in it with the door down for ten minutes "
            "to see what it feels like. didnt turn it on. yet"
        ),
        "high",
        "rehearsing in car with garage door down",
    ),
    (
        (
            "'fell' down the stairs last week. wasnt a fall. 2 nights on the ward. they think the "
            "tramadol made me dizzy. let them think that"
        ),
        "high",
        "staged fall down stairs, ward stay",
    ),
    (
        (
            "the scars from last time have healed up nice. bought new blades today. only if i need "
            "them"
        ),
        "high",
        "new blades bought",
    ),
    (
        (
            "lol I set off the fire alarm burning toast, and while it was going off I held my "
            "wrist on the grill on purpose. dunno why. did it help? a bit"
        ),
        "high",
        "burning wrist on grill on purpose",
    ),
    (
        (
            "ive been banging my head off the door frame at night when the pain wakes me. partner "
            "thinks the bruise is from the migraine"
        ),
        "high",
        "head banging, partner thinks migraine",
    ),
    (
        (
            "im ok, but i dont feel safe being on my own tonight. not going to do anything. just "
            "letting someone know"
        ),
        "high",
        "not safe alone tonight, with negation",
    ),
    (
        (
            "dont want to worry anyone so ill keep it short. went to the edge of the quarry again "
            "tonight. closer this time."
        ),
        "high",
        "at quarry edge, closer this time",
    ),
    (
        (
            "would it be weird to ask someone in the group to take my budgie? for good i mean. i "
            "want him looked after when im not around, which might be soon"
        ),
        "high",
        "budgie given away, not around soon",
    ),
    (
        (
            "Thanks to everyone who came on Tuesday. I've made my peace with everybody now, even "
            "my brother. So there's nothing left undone."
        ),
        "high",
        "peace made, nothing left undone",
    ),
    (
        (
            "gp tried to refer me to the mental health team. told her i was fine so shed stop. ive "
            "already got what i need saved up at home"
        ),
        "high",
        "deflected GP, stock saved at home",
    ),
    (
        (
            "been having a lovely day with the grandkids at the farm park. made them promise to "
            "look after their mum for me. they dont know why"
        ),
        "high",
        "grandkids asked to look after mum 'for me'",
    ),
    (
        (
            "mum rang to say shes coming at christmas. told her not to bother booking the train. "
            "there wont be anything to come to"
        ),
        "high",
        "telling mother there will be nothing to come to",
    ),
    (
        (
            "took the labels off all the bottles and put every tablet in one jar. easier to count "
            "that way. 140ish"
        ),
        "high",
        "pooled all tablets into one jar, counting",
    ),
    (
        (
            "if anyone needs my blue badge after next week let me know, i wont be driving anymore. "
            "or anything else tbh"
        ),
        "high",
        "giving away blue badge, won't need anything",
    ),
    (
        (
            "sat in the car at the top of cheddar gorge for an hour, engine running, handbrake off "
            "then on again. came home. made a tea. dunno"
        ),
        "high",
        "car at gorge top, handbrake off then on",
    ),
    (
        (
            "hubby punched the wall next to my head last night. hes never actually hit me. i "
            "think. anyway is anyone going to the xmas meal"
        ),
        "high",
        "partner punched wall by head, then small talk",
    ),
    (
        (
            "my ex has found out where i live now. hes been outside twice. ive got the kids here. "
            "police said ring if he comes again. im scared to open the curtains"
        ),
        "high",
        "ex stalking, scared at home",
    ),
    (
        (
            "she reads all my messages so im on the library computer. im fine. just if i dont turn "
            "up please someone ring the clinic not my house"
        ),
        "high",
        "messages monitored, asks clinic not home call",
    ),
    (
        (
            "my husband controls all the money and the tablets now. i have to ask for each one and "
            "if hes cross i dont get them. the pain last night was unreal"
        ),
        "high",
        "husband controls money and tablets",
    ),
    (
        (
            "cut myself on the bread knife 'accidentally' for the third time this week. gonna stop "
            "saying accidentally on here"
        ),
        "high",
        "repeated 'accidental' knife cuts",
    ),
    (
        (
            "one of those days where i keep going to the bathroom cabinet and counting them. 56. "
            "same as an hour ago"
        ),
        "high",
        "repeated counting of tablets",
    ),
    (
        (
            "thank u for the birthday messages! 40 today 🎉 didnt think id make it to 40 and to be "
            "honest i dont plan on being here for 41"
        ),
        "high",
        "birthday, no plan to reach next one",
    ),
    (
        (
            "Meeting was lovely. I shall miss you all terribly. My daughter will return the "
            "library book I borrowed from Jean, it's in a bag with a note. I have told her where "
            "everything is."
        ),
        "high",
        "formal farewell, daughter returning things",
    ),
    (
        (
            "gonna stay off the gabapentin for a bit, keeping it all aside. if the scan on the "
            "14th says the same as last time, i know what its for"
        ),
        "high",
        "gabapentin stopped and kept aside for a purpose",
    ),
    (
        (
            "been reading up on the drop from the suspension bridge. they put nets up or "
            "something? its fine there are other places"
        ),
        "high",
        "researching drop from bridge, other places",
    ),
    (
        (
            "im not suicidal before anyone panics, just tired. been stashing my codeine though, 3 "
            "weeks worth now. just in case"
        ),
        "high",
        "stashing codeine with 'not suicidal' negation",
    ),
    (
        (
            "cleaned the whole flat top to bottom, paid the rent for december, left the spare key "
            "with next door and a note. didnt want anyone walking into a mess after"
        ),
        "high",
        "flat cleaned, spare key and note, no mess",
    ),
]
