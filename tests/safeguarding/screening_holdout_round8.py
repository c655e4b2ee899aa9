"""Held-out screener evaluation set, round 8: posts labelled high, medium or none. Written on
2026-11-26 by an independent evaluator (a helper session) who had not seen the screener, its
phrase library, its tests or any earlier data set, only the design documents (safeguarding.md
rules 1-5, domain.md and the seed paper's participant quotes). Every post is invented. Labels
follow the design rules strictly: when unsure, the higher level; most high posts are indirect
and understated (rule 4); about half of the none posts are hard negatives (idioms, benign
goodbyes, medicine questions, recovery stories, news and TV, innocent uses of risky words). The
file was saved and hashed before any evaluation; its texts and labels must not be edited
afterwards. It is for judging the screener once, not for tuning it.
"""

SAMPLES_ROUND8: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        (
            "ive decided im going to end my life. not after attention, i just wanted "
            "someone to know before i do"
        ),
        "high",
        "direct intent",
    ),
    (
        (
            "worked out exactly how id do it. its not even scary anymore, it just sits "
            "there in my head like a shopping list"
        ),
        "high",
        "plan, understated",
    ),
    (
        "got it all planned for tuesday when hes at work. sorry to put this on here",
        "high",
        "plan with a time",
    ),
    (
        (
            "thought it all through last night. the kids are at their dads for half term so "
            "at least it wouldnt be them that found me"
        ),
        "high",
        "plan; who would find them",
    ),
    (
        (
            "been putting a couple of my tramadol to one side every day since september. "
            "theres a fair few now. weirdly it helps just knowing theyre there"
        ),
        "high",
        "means: tramadol accumulation",
    ),
    (
        (
            "Counted them all out on the kitchen table last night. 84 co-codamol and most "
            "of a box of amitriptyline. Then put them back in the biscuit tin."
        ),
        "high",
        "means: counting co-codamol, amitriptyline",
    ),
    (
        (
            "whats the most gabapentin someone could take in one go. not a dose question so "
            "please dont send me to the pharmacist"
        ),
        "high",
        "means: gabapentin with intent",
    ),
    (
        (
            "anyone know if the big boots in broadmead is open sunday? need to pick up my "
            "co-codamol. nearly got enough saved now"
        ),
        "high",
        "means: saving co-codamol inside ordinary question",
    ),
    (
        (
            "mums morphine is still in the bathroom cabinet from when she passed. i keep "
            "going in and looking at it. havent told anyone"
        ),
        "high",
        "means: morphine, fixation, secrecy",
    ),
    (
        (
            "this pain is killing me. tramadols all lined up on the bedside table for if it "
            "doesnt ease by the weekend"
        ),
        "high",
        "idiom plus means lined up and a time (rule 2: cue wins)",
    ),
    (
        (
            "pharmacy gave me 3 months of oxycodone in one go because of christmas. first "
            "thing i thought when i got home was thats enough. scared myself a bit"
        ),
        "high",
        "means: oxycodone, intent thought",
    ),
    (
        (
            "just wanted to say thank you all for everything these last two years. youve "
            "been better friends than i deserved. look after each other x"
        ),
        "high",
        "farewell",
    ),
    (
        (
            "This will be my last post on here. Please don't worry about me. I am grateful "
            "to every one of you."
        ),
        "high",
        "last post",
    ),
    (
        (
            "lovely frost on the fields this morning, the dog went mad for it. took the "
            "long way round the lanes one more time, wanted to see it all properly before. "
            "anyway. take care of yourselves all of you"
        ),
        "high",
        "weather chatter ending in farewell, 'one more time... before'",
    ),
    (
        (
            "lovely meet up today, thanks for the lemon drizzle Bev. glad i got to see you "
            "all one last time x"
        ),
        "high",
        "farewell: 'one last time'",
    ),
    (
        (
            "Dear all, I have been thinking a great deal since Eileen died in the spring. I "
            "have put my papers in order and written to our son. I wanted to thank you for "
            "your company on Thursdays these past two years. With best wishes, Geoffrey."
        ),
        "high",
        "bereaved older man: affairs in order, letter, farewell",
    ),
    (
        (
            "does anyone want my craft stuff? all of it, sewing machine, the wool, the lot. "
            "wont be needing any of it. free to whoever can collect this week"
        ),
        "high",
        "giving possessions away with finality",
    ),
    (
        (
            "found a home for Bramble with my neighbour. told her its for good this time, "
            "not just while im in hospital. one less thing to sort"
        ),
        "high",
        "giving pet away with finality",
    ),
    (
        (
            "gave my nans ring to my daughter today. said i wanted to see her wearing it "
            "while im still around. she didnt get why i was crying"
        ),
        "high",
        "giving possessions, 'while im still around'",
    ),
    (
        (
            "Mobility scooter, riser recliner and my good walking poles all going free. No "
            "use for any of it where I'm going. Collection from Keynsham."
        ),
        "high",
        "giving away, 'where I'm going'",
    ),
    (
        (
            "Morning all, what a week. Car failed its MOT, boiler's on the blink and still "
            "no date for the PIP tribunal. Mum says write to my MP lol. Anyway I've bought "
            "the cat enough food for a month and given Carol next door the spare key so she "
            "can get in. She knows he's hers after. Don't think I'll make Thursday."
        ),
        "high",
        "rambling chatter hiding pet given away, access arranged",
    ),
    (
        (
            "finally got my will done and wrote down all the passwords for my son. feels "
            "like everythings tied up now. such a relief tbh"
        ),
        "high",
        "will, affairs in order, relief",
    ),
    (
        (
            "Written letters to each of the kids and put them in the drawer with the bank "
            "stuff. Don't want them to have to sort anything out."
        ),
        "high",
        "letters left, affairs",
    ),
    (
        (
            "if anything happens to me the code for my phone is on a note under the kettle. "
            "just so someone knows"
        ),
        "high",
        "note left, 'if anything happens'",
    ),
    (
        "after friday it wont matter anyway",
        "high",
        "time with finality",
    ),
    (
        ("this weekend is the last one im doing this. either something changes or thats it"),
        "high",
        "time with finality",
    ),
    (
        "tonights the night i think. sorry everyone",
        "high",
        "time with finality, apology",
    ),
    (
        (
            "keep driving to the suspension bridge on the way back from physio and just "
            "sitting in the car park for ages. dont really know what im waiting for"
        ),
        "high",
        "place: bridge, repeated visits",
    ),
    (
        (
            "stood at the end of the platform at temple meads for ages today watching the "
            "fast ones come through. didnt get on any. dont know why im telling u"
        ),
        "high",
        "place: railway, fast trains",
    ),
    (
        (
            "been sitting in the car in the garage with the engine running and the door "
            "down. just to see what it feels like"
        ),
        "high",
        "method: garage, car fumes",
    ),
    (
        "bought a rope from B&Q today. and its not for the garden",
        "high",
        "method: rope with intent",
    ),
    (
        (
            "went up to the top of the multi storey in town and leaned over the wall for a "
            "while. the drop didnt frighten me like it used to"
        ),
        "high",
        "place: high place",
    ),
    (
        (
            "walked down to the river after dark. water looked so still. stood there "
            "thinking how easy it would be to just keep walking"
        ),
        "high",
        "place: water",
    ),
    (
        (
            "lorries come past mine doing 60. sometimes i think about stepping out, itd "
            "look like an accident and nobody would have to feel guilty"
        ),
        "high",
        "method: road",
    ),
    (
        (
            "Been going up Brean Down on my own most days. Standing right at the edge is "
            "the only time my head goes quiet."
        ),
        "high",
        "place: cliff edge",
    ),
    (
        (
            "cut my arm again last night. first time in 6 years. it was the only way to "
            "feel something that wasnt the nerve pain"
        ),
        "high",
        "self-harm: cutting",
    ),
    (
        (
            "held my hand against the iron on purpose this morning. its kind of a relief. "
            "dont know why im telling u lot"
        ),
        "high",
        "self-harm: burning",
    ),
    (
        (
            "when the migraine gets like this i bang my head on the wall till i see stars. "
            "husband caught me doing it tonight and cried"
        ),
        "high",
        "self-harm: head banging",
    ),
    (
        (
            "scratched my legs raw again till they bled. its not just the fibro itch. i "
            "want it to hurt"
        ),
        "high",
        "self-harm: scratching till bleeding",
    ),
    (
        (
            "keep punching my own thighs when the pain spikes. bruises all up both legs "
            "now, hiding them under leggings so nobody asks"
        ),
        "high",
        "self-harm: hitting self",
    ),
    (
        (
            "home from the hospital. they had to pump my stomach on sunday. please dont say "
            "anything to anyone at the clinic"
        ),
        "high",
        "recent attempt, secrecy",
    ),
    (
        (
            "got as far as having the tablets in my hand last night. then the dog barked "
            "and i put them down. still here i suppose"
        ),
        "high",
        "near-attempt",
    ),
    (
        (
            "Put on three of my fentanyl patches on Saturday night instead of one. Woke up "
            "Sunday afternoon, which I honestly didn't expect to."
        ),
        "high",
        "recent attempt: fentanyl patches",
    ),
    (
        (
            "feel really calm today for the first time in months. made my mind up about "
            "things and its like a weight has gone"
        ),
        "high",
        "sudden calm after deciding",
    ),
    (
        (
            "You have all been so worried about me and I am sorry. Please don't be. "
            "Everything feels very clear and peaceful now I have decided."
        ),
        "high",
        "sudden calm after despair",
    ),
    (
        (
            "weird, after all the crying this week i feel fine now. its all sorted. nothing "
            "to worry about anymore 🙂"
        ),
        "high",
        "sudden calm, 'all sorted'",
    ),
    (
        (
            "stopped all my meds a fortnight ago. havent taken them back to the chemist, "
            "theyre in a bag at the back of the wardrobe. just in case"
        ),
        "high",
        "stopped treatment, stock kept",
    ),
    (
        (
            "told the GP im still taking the pregabalin. im not. theyre all in my sock "
            "drawer, 3 months worth"
        ),
        "high",
        "stopped pregabalin, hidden stock",
    ),
    (
        (
            "hes taken my bank card and checks my phone every night. if he sees this im in "
            "trouble. posting from the bathroom"
        ),
        "high",
        "not safe: coercive control",
    ),
    (
        ("im not going to do anything stupid, but i dont feel safe at the moment. thats all"),
        "high",
        "not safe; negation must not clear (rule 2)",
    ),
    (
        (
            "My son pushed me into the door frame again when I asked for my pension money "
            "back. I'm 78. I have nowhere else to go."
        ),
        "high",
        "not safe: hurt by family member",
    ),
    (
        (
            "not sure im safe at home tonight. hes been drinking since lunch and my meds "
            "make me too slow to get away from him"
        ),
        "high",
        "not safe at home: partner",
    ),
    (
        (
            "can someone else look after the group's kitty for now? he found the tin last "
            "time and I paid for it. better if it's not in my house"
        ),
        "high",
        "indirect domestic abuse",
    ),
    (
        "wouldnt mind not waking up. the kids would be fine, probably better off tbh",
        "high",
        "passive wish plus burden",
    ),
    (
        (
            "I sometimes hope my heart just stops in my sleep. I've stopped taking the "
            "blood pressure tablets so maybe it will."
        ),
        "high",
        "passive wish plus stopping treatment",
    ),
    (
        (
            "wish i could go to sleep and not wake up. been taking my books and clothes to "
            "the charity shop a bag at a time so theres less to clear"
        ),
        "high",
        "passive wish plus giving away",
    ),
    (
        (
            "my husband has to do everything for me now, hes exhausted. theyd all be better "
            "off without me dragging them down"
        ),
        "medium",
        "burden",
    ),
    (
        "feel like a burden on everyone, even you lot. sorry for always moaning",
        "medium",
        "burden",
    ),
    (
        (
            "My daughter took another day off work to drive me to the hospital. I'm just a "
            "weight round her neck these days."
        ),
        "medium",
        "burden",
    ),
    (
        (
            "Everyone would have an easier life if I wasn't in it. Not going to do "
            "anything, just how it feels."
        ),
        "medium",
        "burden, with negation",
    ),
    (
        ("cant even push the trolley round tesco without my partner now. what use am i to anyone"),
        "medium",
        "burden, worthlessness",
    ),
    (
        (
            "im the reason we never go anywhere as a family. they say they dont mind but i "
            "know they do"
        ),
        "medium",
        "burden",
    ),
    (
        (
            "my back is absolutely killing me and honestly theyd all be better off if they "
            "didnt have to look after me"
        ),
        "medium",
        "idiom plus burden (rule 2: burden wins)",
    ),
    (
        (
            "kept everyone waiting at the cafe again cos of my legs. honestly just go "
            "without me next time, im only slowing you all down"
        ),
        "medium",
        "burden",
    ),
    (
        "today has been horrendous. i cant keep going like this",
        "medium",
        "can't cope",
    ),
    (
        (
            "feel completely trapped. cant work, cant sleep, cant get out of this flat. "
            "same 4 walls every day"
        ),
        "medium",
        "trapped",
    ),
    (
        ("I'm not coping. At all. This flare has gone on three weeks and I've nothing left."),
        "medium",
        "can't cope",
    ),
    (
        (
            "pip turned me down again and the UC sanction letter came the same week. i cant "
            "do this anymore"
        ),
        "medium",
        "can't cope",
    ),
    (
        "stuck. thats the only word for it. stuck in this body, stuck in this house",
        "medium",
        "trapped",
    ),
    (
        (
            "im drowning tbh. kids, work, the pain, mum in the home. i think im the one "
            "thats going to snap"
        ),
        "medium",
        "can't cope",
    ),
    (
        (
            "Cried in the queue at the chemist today because they'd lost my prescription "
            "again. I can't cope with one more thing going wrong."
        ),
        "medium",
        "can't cope",
    ),
    (
        "there's no way out of this pain is there. i feel like an animal in a cage",
        "medium",
        "trapped",
    ),
    (
        "whats the point of any of it. 12 years of this and its only getting worse",
        "medium",
        "hopelessness",
    ),
    (
        (
            "nothing will ever change. the pmp was nice while it lasted but im right back "
            "where i started"
        ),
        "medium",
        "hopelessness",
    ),
    (
        ("Another consultant, another shrug. I've given up hoping anyone will find anything."),
        "medium",
        "hopelessness",
    ),
    (
        "no point going thursday, no point doing the exercises, no point really",
        "medium",
        "hopelessness",
    ),
    (
        (
            "i used to think id get better one day. i dont think that anymore. this is just "
            "my life now and its rubbish"
        ),
        "medium",
        "hopelessness",
    ),
    (
        ("Honestly don't see any future for myself. Just more of the same, year after year."),
        "medium",
        "hopelessness",
    ),
    (
        (
            "read everyones good news on here and felt nothing. dont think the pacing or "
            "any of it works for people like me. never will"
        ),
        "medium",
        "hopelessness",
    ),
    (
        "hope is for other people",
        "medium",
        "hopelessness, short",
    ),
    (
        "some mornings i wish i just hadnt woken up",
        "medium",
        "passive wish alone",
    ),
    (
        "If I didn't wake up tomorrow I don't think I'd mind that much.",
        "medium",
        "passive wish alone",
    ),
    (
        (
            "i keep thinking it'd be easier if i just wasnt here. not doing anything about "
            "it, its just the thought"
        ),
        "medium",
        "passive wish alone, negation",
    ),
    (
        "sometimes i hope i just dont come round from the anaesthetic lol",
        "medium",
        "passive wish alone, joking tone",
    ),
    (
        "wish i could go to sleep for a year. or forever. whichever",
        "medium",
        "passive wish alone",
    ),
    (
        (
            "Sat in the hospital car park after the appointment and thought I wouldn't "
            "really care if something happened to me on the way home."
        ),
        "medium",
        "passive wish alone",
    ),
    (
        "i dont want to die exactly. i just dont want to be here like this",
        "medium",
        "passive wish alone",
    ),
    (
        (
            "havent got out of bed since sunday except for the loo. curtains shut. not "
            "answering the door"
        ),
        "medium",
        "withdrawal",
    ),
    (
        "not eaten properly in about a week, cant be bothered. just tea",
        "medium",
        "not eating",
    ),
    (
        (
            "Haven't spoken to a soul since our last meeting. That was three weeks ago. "
            "Just me and the telly."
        ),
        "medium",
        "isolation",
    ),
    (
        (
            "stopped answering the phone to my sister. stopped going up the allotment. cant "
            "face anyone"
        ),
        "medium",
        "withdrawal",
    ),
    (
        (
            "sorry ive been ignoring all your messages. not showered in days, the house is "
            "a tip, i just lie on the sofa"
        ),
        "medium",
        "withdrawal, self-neglect",
    ),
    (
        (
            "I've not been out of the house since the clocks went back. Tesco delivers so "
            "why bother."
        ),
        "medium",
        "withdrawal",
    ),
    (
        ("cancelled physio, the pain clinic and my hair appt. dont want to see anyone at all"),
        "medium",
        "withdrawal, cancelling care",
    ),
    (
        (
            "muted the group for a while, not because of you lot. i just dont want to talk "
            "to anyone or do anything anymore"
        ),
        "medium",
        "withdrawal, low mood",
    ),
    (
        (
            "has anyone heard from Sandra? she hasnt replied since tuesday and her last "
            "message worried me"
        ),
        "medium",
        "concern about a member",
    ),
    (
        (
            "Bit worried about Keith. He said some odd things at the cafe on Thursday about "
            "not seeing the point. Has anyone been in touch?"
        ),
        "medium",
        "concern about a member",
    ),
    (
        (
            "did anyone else think Mo's post last night sounded off? his phone goes "
            "straight to voicemail"
        ),
        "medium",
        "concern about a member",
    ),
    (
        (
            "Lorraine hasn't been to the last three meetings and when I rang her husband "
            "said she's 'not up to it'. Should we tell someone at the clinic?"
        ),
        "medium",
        "concern about a member",
    ),
    (
        ("im worried about Tash. she messaged me at 3am really low and theres been nothing since"),
        "medium",
        "concern about a member",
    ),
    (
        (
            "Anyone seen Gwen at church or the shops? Not like her to miss craft morning "
            "and her phone's off."
        ),
        "medium",
        "concern about a member",
    ),
    (
        (
            "I'm probably overreacting but Dave's been really quiet since his mum died and "
            "on the phone he said he's 'done with all of it'. Has anyone heard from him?"
        ),
        "medium",
        "concern about a member",
    ),
    (
        (
            "the pain is killing me today, back's gone completely. hot water bottle and "
            "netflix for me"
        ),
        "none",
        "idiom only",
    ),
    (
        "I could murder a cuppa and a bacon sandwich after that hydro session",
        "none",
        "idiom",
    ),
    (
        "dying to see you all on thursday!! been a long month xx",
        "none",
        "idiom",
    ),
    (
        ("this weather will be the death of me, every joint I've got knows it's going to rain"),
        "none",
        "idiom",
    ),
    (
        ("my knees are absolutely killing me after the grandkids sports day, worth it though 😂"),
        "none",
        "idiom",
    ),
    (
        (
            "im dead on my feet, walked round the whole of cribbs causeway looking for a "
            "dress for the wedding"
        ),
        "none",
        "idiom",
    ),
    (
        "hips are done in, could sleep for a week",
        "none",
        "idiom, sleep hyperbole",
    ),
    (
        (
            "this is my last post for a bit! moving to my daughters in cornwall next week, "
            "will be back on when the internet is sorted x"
        ),
        "none",
        "benign goodbye: moving house, will return",
    ),
    (
        (
            "Goodbye for now everyone, I've moved to the Tuesday group in Weston as it's "
            "closer. I'll still come to the summer gathering."
        ),
        "none",
        "benign goodbye: moving group",
    ),
    (
        ("off to lanzarote for 2 weeks!! wont be on here much, see you all when im back 😎"),
        "none",
        "benign goodbye: holiday",
    ),
    (
        (
            "taking a little break from the board while I get through my hip op recovery. "
            "back in the new year, love to all"
        ),
        "none",
        "benign break with return",
    ),
    (
        (
            "Well that's my final session as a PTV done after 6 years. Sad to say goodbye "
            "to the Thursday lot but I'll still be around at the gatherings."
        ),
        "none",
        "final, goodbye: retiring volunteer",
    ),
    (
        "signing off for the night, thanks for the chat everyone, night night x",
        "none",
        "benign goodnight",
    ),
    (
        (
            "can you take paracetamol with co-codamol or is that doubling up? pharmacist "
            "was too busy to ask"
        ),
        "none",
        "medicine question",
    ),
    (
        (
            "Sunday job done, dosette box filled for the week. pregabalin morning and "
            "night, amitriptyline at 8. feel like a pharmacist 😅"
        ),
        "none",
        "medicine routine, dosette",
    ),
    (
        ("anyone travelled to spain with gabapentin? do i need a letter from the GP for customs?"),
        "none",
        "travelling with meds",
    ),
    (
        (
            "got loads of old tramadol left from before I came off it, does boots take them "
            "back or do I just bin them?"
        ),
        "none",
        "disposing of old stock",
    ),
    (
        ("my fentanyl patch keeps peeling off in the shower, any tips? tape over the top?"),
        "none",
        "patches: practical question",
    ),
    (
        (
            "Repeat prescription has gone missing AGAIN. Surgery blames the chemist, "
            "chemist blames the surgery."
        ),
        "none",
        "repeat prescription moan",
    ),
    (
        "does sertraline make anyone else really sweaty at night? week 2 for me",
        "none",
        "side effect question",
    ),
    (
        (
            "GP wants to bring my codeine down by 30mg a week. bit nervous but the PMP made "
            "me think its the right thing"
        ),
        "none",
        "dose reduction plan",
    ),
    (
        (
            "three years ago I was in a really dark place and honestly didn't want to be "
            "here. never thought I'd be running the allotment stall at the summer fete now. "
            "hang in there new folks"
        ),
        "none",
        "past-tense recovery story",
    ),
    (
        (
            "when I started the PMP I'd stopped going out at all. last week I got the bus "
            "to Bath on my own. small steps!"
        ),
        "none",
        "recovery story",
    ),
    (
        (
            "Before my programme I had planned how I would do it, I'm not ashamed to say "
            "that now. Five years on I'm a PTV and I love my life. It does get better."
        ),
        "none",
        "past-tense recovery story; historical plan",
    ),
    (
        (
            "used to scratch my arms till they bled when the CRPS was at its worst, years "
            "ago now. these days its the ice cube trick from the programme and honestly it "
            "helps"
        ),
        "none",
        "past-tense recovery; historical self-harm",
    ),
    (
        "12 months off the oxycodone today!! couldnt have done it without this group 🎉",
        "none",
        "recovery milestone",
    ),
    (
        (
            "anyone watch casualty last night? the overdose storyline was hard going but i "
            "thought they did it well"
        ),
        "none",
        "TV mention",
    ),
    (
        (
            "Just finished 'The Salt Path', the couple walking the coast path. Made me want "
            "to try a bit of it, a flat bit mind."
        ),
        "none",
        "book mention",
    ),
    (
        (
            "got an easy grip knife from the OT so i can chop veg again without my hands "
            "seizing up. small win"
        ),
        "none",
        "innocent: knife",
    ),
    (
        ("my grandson is doing rope climbing at the leisure centre now, I could hardly watch"),
        "none",
        "innocent: rope",
    ),
    (
        (
            "Walked over the Clifton bridge with the grandkids for the balloon fiesta, "
            "first time in years I've managed that far"
        ),
        "none",
        "innocent: bridge",
    ),
    (
        (
            "train to cardiff cancelled so i sat at the station for 2 hours. did my "
            "stretches on the platform 😂"
        ),
        "none",
        "innocent: train, station, platform",
    ),
    (
        "car's in the garage for its MOT, anyone going thursday fancy giving me a lift?",
        "none",
        "innocent: car, garage",
    ),
    (
        (
            "got a new tablet for christmas, the samsung one. is there a way to make the "
            "writing bigger on here?"
        ),
        "none",
        "innocent: tablet",
    ),
    (
        (
            "my flare plan is finally written down and stuck on the fridge like they said "
            "at the last session"
        ),
        "none",
        "innocent: plan, last",
    ),
    (
        (
            "Sorting out mum's will and probate is a nightmare, the solicitor wants "
            "everything in triplicate"
        ),
        "none",
        "innocent: will (deceased parent)",
    ),
    (
        (
            "giving away my old perching stool and grab rail, the OT got me new ones. free "
            "to anyone in Yate"
        ),
        "none",
        "innocent: giving away, replaced aids",
    ),
    (
        (
            "decided to give hydrotherapy another go. at peace with the fact ill never be a "
            "swimmer lol"
        ),
        "none",
        "innocent: decided, peace",
    ),
    (
        ("we're better off meeting at the garden centre cafe, the pub was far too loud last time"),
        "none",
        "innocent: better off, last",
    ),
    (
        ("got a letter from the pain clinic today, appointment in march. only took 9 months"),
        "none",
        "innocent: letter",
    ),
    (
        "tonights the night!! bake off final, tea and biscuits at the ready",
        "none",
        "innocent: tonight, final",
    ),
    (
        (
            "sat on the bench by the river for an hour this afternoon watching the swans. "
            "felt so calm"
        ),
        "none",
        "innocent: river, calm",
    ),
    (
        (
            "meeting thursday 2pm at the cafe in the mall, theres a lift now so no stairs. "
            "let me know if ur coming x"
        ),
        "none",
        "meeting logistics",
    ),
    (
        (
            "Morning all. Rough night with the sciatica but the sun's out so I'm going to "
            "try a short walk round the block."
        ),
        "none",
        "ordinary pain update",
    ),
    (
        ("anyone got a good slow cooker stew recipe? need something i can bung in on a bad day"),
        "none",
        "recipe",
    ),
    (
        "welcome to the group Ray! we dont bite, mostly 😂",
        "none",
        "welcome",
    ),
    (
        "Happy birthday Margaret!! 80 and still out-pacing the lot of us xx",
        "none",
        "birthday",
    ),
    (
        (
            "pacing question: how do you all stop yourselves overdoing it on a good day? i "
            "always pay for it after"
        ),
        "none",
        "pacing question",
    ),
    (
        "PIP form has arrived. 40 pages. anyone got tips for the moving around bit?",
        "none",
        "benefits form",
    ),
    (
        "TENS machine on its way, fingers crossed it helps my neck",
        "none",
        "equipment",
    ),
    (
        (
            "flare day 3. on the sofa with the heat pad doing the breathing. itll pass, it "
            "always does"
        ),
        "none",
        "flare with coping",
    ),
    (
        ("Can we move next month's meet to the 14th? I've got a hospital appointment on the 7th."),
        "none",
        "scheduling",
    ),
    (
        "made a patchwork cushion at craft morning. its wonky but i love it",
        "none",
        "hobby",
    ),
    (
        "physio gave me new exercises with the green band, anyone else use them?",
        "none",
        "exercise",
    ),
    (
        (
            "Parking at the community centre is a nightmare on market day, get there early "
            "if you're driving."
        ),
        "none",
        "venue tip",
    ),
    (
        "cant make it tomorrow, migraine brewing. save me a scone x",
        "none",
        "apology, migraine",
    ),
    (
        (
            "grandkids here for half term so im shattered but happy. set the timer and "
            "actually sat down every 30 mins!"
        ),
        "none",
        "pacing success",
    ),
    (
        "has anyone tried the mindfulness apps the clinic mentioned? headspace or calm?",
        "none",
        "app question",
    ),
    (
        ("Thank you all for the cards while I was in hospital. Home now and doing OK, slowly."),
        "none",
        "thanks after hospital",
    ),
    (
        "cold snap and my hands have seized up. gloves on indoors 🧤",
        "none",
        "weather, arthritis",
    ),
    (
        ("sleep still rubbish, wide awake at 3 every night. any tips that arent 'no screens' lol"),
        "none",
        "sleep question",
    ),
    (
        (
            "Allotment update: the runner beans have gone mad. Anyone want some? I'll bring "
            "a bag Thursday."
        ),
        "none",
        "allotment",
    ),
    (
        "whos coming to the christmas meal? need numbers for the harvester by friday",
        "none",
        "social planning",
    ),
    (
        "pain 7/10 today but i got the washing out. small wins right",
        "none",
        "pain with coping",
    ),
    (
        "Does anyone know if the leisure centre still does the warm water session on Weds?",
        "none",
        "question",
    ),
    (
        ("my UC journal says i have an appointment but nobody told me?? anyone else had that"),
        "none",
        "benefits question",
    ),
    (
        (
            "found a wedge cushion that really helps my coccyx on long car trips, happy to "
            "share the link"
        ),
        "none",
        "tip",
    ),
    (
        "Well done Jo on your first 10 minute walk without stopping!!! 👏👏",
        "none",
        "encouragement",
    ),
    (
        (
            "new to the board, finished the PMP on monday. bit nervous but looking forward "
            "to meeting up"
        ),
        "none",
        "new member",
    ),
    (
        "anyone elses CRPS worse when its humid? my foots bright red today",
        "none",
        "symptom chat",
    ),
    (
        (
            "Just to let you know I've booked the room at St Mark's for 2-4 on the 3rd. £3 "
            "each for tea and cake."
        ),
        "none",
        "venue booking",
    ),
    (
        ("consultant appointment went well actually, theyre trying a nerve block in january"),
        "none",
        "positive update",
    ),
    (
        "sat in the garden for 20 mins with a coffee. felt normal for a bit, lovely",
        "none",
        "ordinary good moment",
    ),
    (
        "my daughter's expecting!! first grandchild, can't stop smiling",
        "none",
        "good news",
    ),
    (
        (
            "Does anyone know a hairdresser who does home visits in Kingswood? I can't "
            "manage the salon chair any more."
        ),
        "none",
        "practical question",
    ),
    (
        (
            "bit of a moan, waited 4 hours in A&E with my back last night. they gave me "
            "diazepam and sent me home. sore but ok"
        ),
        "none",
        "A&E visit, medicine mention, ok",
    ),
    (
        (
            "been doing the relaxation recording every night this week and i think its "
            "actually helping"
        ),
        "none",
        "self-management",
    ),
    (
        "Would anyone like to share a taxi to the summer gathering at the hospital?",
        "none",
        "gathering logistics",
    ),
]
