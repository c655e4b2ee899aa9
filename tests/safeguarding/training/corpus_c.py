"""Labelled training posts, set C: everyday chatter and many voices. Written on 2026-11-26 by a
helper session (a language model) for pmp-followon, from the design rules in
shared/design/safeguarding.md (rules 1-5), shared/design/domain.md and the way members talk in
the seed paper, without sight of the screener or of other example sets. All 320 posts are
invented (no real person's words): 200 "none" (meetings, cafes, parking, RSVPs, pacing,
flare-ups, medicines, benefits, family, hobbies, greetings and many hard negatives), 60 "high"
and 60 "medium", written in many UK voices and mostly indirect. They are for training and
tuning the post screener, which triages posts for review by a clinician; it is not risk
prediction.
"""

SAMPLES_TRAIN_C: list[tuple[str, str, str]] = [
    # (text, label, note)
    # ---- none: everyday chatter and hard negatives ----
    ("cant make thurs x sorry", "none", "RSVP, very short"),
    (
        "Dear all, I regret that I shall not be able to attend Thursday's meeting, as "
        "my daughter is taking me to the eye clinic. I do hope the weather is kind to "
        "you. Kind regards, Margaret (Mrs).",
        "none",
        "formal older writer, apology for absence",
    ),
    (
        "is it the community centre or the church hall this month? ive lost track lol",
        "none",
        "venue question",
    ),
    (
        "Right folks, next meet up is Tuesday 8th at the Railway Inn, the back room not "
        "the bar, its quieter and theres proper chairs with arms. 2pm till whenever. "
        "Shout if you need a lift",
        "none",
        "meeting notice; innocent 'railway'",
    ),
    (
        "aye thats me in for the 14th. is it the same wee cafe as last time wi the good scones?",
        "none",
        "Scottish voice, RSVP and venue",
    ),
    (
        "Hello everybody, sorry my english not so good. The meeting is 2 o'clock or 3 "
        "o'clock? I must ask my son to drive me. Thank you",
        "none",
        "first language not English, meeting time",
    ),
    (
        "can we do mornings instead of afternoons? by 3 im done in and cant drive, i "
        "know it suits the workers tho so no worries if not",
        "none",
        "meeting time preference; fatigue",
    ),
    ("poll's up for december, pick all the dates that work for u 👍", "none", "availability poll"),
    (
        "just a reminder the hall has no lift this month cos of the works, its the "
        "ground floor room at the back, door by the bins",
        "none",
        "venue access notice",
    ),
    (
        "is there a loop system in the library room? my hearing aids are rubbish in echoey places",
        "none",
        "venue accessibility",
    ),
    (
        "meeting moved to the 21st cos the hall double booked us with the slimming club 🙄",
        "none",
        "date change",
    ),
    (
        "Hiya all, sorry for the late notice but I'm going to hand over organising the "
        "January one, Lynn's said she'll do it so message her with dates. Thanks both x",
        "none",
        "coordinator handover",
    ),
    (
        "ow am ya all. thursday still on? ill bring the cobs if someone does the cake",
        "none",
        "Black Country/Brummie voice, meeting",
    ),
    (
        "can someone send me the address again pls, new phone lost everything",
        "none",
        "address request",
    ),
    (
        "is the new time half 1 or half 2? two of you have said different 😂",
        "none",
        "time confusion",
    ),
    (
        "ey up, anyone fancy a brew at mine tuesday? kettle's on from 11. me knees say "
        "no stairs so it's the front room",
        "none",
        "Northern voice, meeting at home",
    ),
    (
        "howay man, the lift at the metro station's broke again, had to go the long way "
        "round. canny meeting though pet, ta",
        "none",
        "Geordie voice; innocent 'station'",
    ),
    (
        "the cafe at the garden centre does a pensioners lunch on a wednesday, £6.50 "
        "with pud, just saying 👀",
        "none",
        "cafe suggestion",
    ),
    (
        "Costa was way too loud last time, couldn't hear a word Sue said. could we try "
        "the little tea room on the high street? they've got cushions on the chairs",
        "none",
        "venue noise, suggestion",
    ),
    (
        "they've changed the chairs at the cafe to those metal ones. my back is NOT "
        "impressed. anyone know somewhere with comfy seats?",
        "none",
        "cafe seating",
    ),
    (
        "I could murder a cuppa and a teacake right now. roll on thursday",
        "none",
        "hard negative: idiom 'murder a cuppa'",
    ),
    (
        "made up the cafe kept our table for us la, the girl in there is dead sound",
        "none",
        "Scouse voice; 'dead' as intensifier",
    ),
    (
        "lush scones at the new place by the park, tidy prices too. we should go there next time",
        "none",
        "Welsh turns of phrase, cafe",
    ),
    (
        "bostin meeting today, ta everyone. the cobs went down a treat 😂 tara-a-bit",
        "none",
        "Brummie voice, thanks",
    ),
    (
        "you're better off parking at the leisure centre and walking round, the church "
        "car park is pay and display now and the machine eats coins",
        "none",
        "hard negative: 'better off' about parking",
    ),
    (
        "is there blue badge parking near the new venue? its a fair walk from the bus stop for me",
        "none",
        "parking accessibility",
    ),
    (
        "got a parking ticket outside the hall!!! 20 mins over because the meeting ran "
        "on. appealing it, wish me luck",
        "none",
        "parking fine",
    ),
    (
        "for anyone coming by car the road by the station is shut for gas works till "
        "the 30th so come in the back way by Aldi",
        "none",
        "hard negative: road, station",
    ),
    (
        "the 50 went a different way today bab and i ended up at the island by the "
        "retail park. took me an hour to get home, legs like jelly",
        "none",
        "Brummie voice, bus trouble",
    ),
    ("yes pls x", "none", "RSVP, very short"),
    ("count me in 👍", "none", "RSVP, very short"),
    ("cant do the 3rd, any other date fine", "none", "RSVP"),
    ("running late, save me a seat!!", "none", "short logistics"),
    ("prob not this time, flaring. next one tho x", "none", "RSVP with flare, plans to return"),
    ("Will attend. Maureen.", "none", "formal very short RSVP; innocent 'will'"),
    ("in", "none", "one-word RSVP"),
    ("maybe, depends how i am on the day. ill text in the morning", "none", "RSVP tentative"),
    (
        "short walk round the lake after the meeting for anyone who fancies it? flat "
        "path, benches every couple of hundred yards, we go at the slowest persons "
        "speed (usually me haha)",
        "none",
        "walk invitation",
    ),
    (
        "did 15 minutes round the park today and stopped before i needed to. pacing "
        "works who knew 😅",
        "none",
        "walk, pacing win",
    ),
    (
        "Walked to the end of the pier and back with my sticks today. Three years ago I "
        "couldn't get to the end of my road. Just saying, keep going folks.",
        "none",
        "past-tense recovery; innocent 'end'",
    ),
    (
        "nordic walking taster at the leisure centre on sat if anyone wants to come "
        "with me, im nervous going on my own",
        "none",
        "walk invitation",
    ),
    (
        "braw walk along the prom this morning, blowin a hoolie mind, nearly lost ma hat",
        "none",
        "Scottish voice, walk",
    ),
    (
        "first hydrotherapy session today. the water was lovely and warm, getting "
        "changed after was the worst bit. knackered but in a good way",
        "none",
        "hydrotherapy",
    ),
    (
        "does anyone know if you can self refer for hydro or does it have to be the GP?",
        "none",
        "hydrotherapy question",
    ),
    (
        "the hydro pool is closed till March for repairs. gutted, its the only thing "
        "that helps my hips",
        "none",
        "hydrotherapy closure",
    ),
    (
        "tip for hydro: take a dressing gown with a zip not buttons, my fingers cant do "
        "buttons when im wet and cold",
        "none",
        "hydrotherapy tip",
    ),
    (
        "Hydro cancelled again, third time. The physio says it's staffing. Not blaming "
        "anyone, just fed up of getting ready for it and then nothing.",
        "none",
        "hydrotherapy cancellation grumble",
    ),
    (
        "boom and bust again this week. felt good monday so i did the whole garden, "
        "paid for it tues wed and thurs. when will i learn lol",
        "none",
        "pacing, boom and bust",
    ),
    (
        "using the timer on my phone for hoovering now, 10 mins then sit. house is "
        "never fully clean but im not in bits",
        "none",
        "pacing",
    ),
    (
        "Can someone remind me what the physio said about baselines? Was it work out "
        "what you can do on a bad day and knock 20% off?",
        "none",
        "pacing question",
    ),
    (
        "the spoon theory thing someone shared is exactly it. had about 4 spoons today "
        "and used 3 on the dentist",
        "none",
        "pacing, spoon theory",
    ),
    (
        "ngl pacing is the hardest bit of the whole programme. the exercises are easy "
        "compared to stopping when you feel ok",
        "none",
        "pacing reflection",
    ),
    (
        "my goal this month was the allotment once a week for an hour. done it 3 weeks out of 4 🥕",
        "none",
        "goal setting",
    ),
    (
        "big flare this week. hot water bottle, netflix and the cat on my feet. should "
        "settle in a few days, it always does",
        "none",
        "flare-up, coping",
    ),
    (
        "the pain is killing me today, back's gone completely. on the sofa with a heat "
        "pad. anyone got any good box sets?",
        "none",
        "hard negative: idiom 'killing me', no other cue",
    ),
    (
        "flare from sitting on a coach 4 hours to see my sister. worth it though, she "
        "was made up i came",
        "none",
        "flare-up, worth it",
    ),
    (
        "my fibro fog is terrible this week, put the kettle in the fridge this morning 🙈",
        "none",
        "fibro fog joke",
    ),
    (
        "CRPS foot flaring with the cold, can't bear a sock on it. slippers at the "
        "meeting if thats ok with everyone",
        "none",
        "CRPS flare",
    ),
    (
        "Good morning. I have had a bad flare since Sunday, I am afraid, so I shall "
        "stay at home and rest this week. I look forward to hearing your news. Best "
        "wishes, Edith.",
        "none",
        "formal older writer, flare",
    ),
    (
        "migraine came on at the school gates, had to get my mum to do pick up. in a "
        "dark room now, will read the chat later",
        "none",
        "migraine; innocent 'dark room'",
    ),
    (
        "nerve pain doing its electric shock thing down my leg again. its like living "
        "with a badly wired plug",
        "none",
        "nerve pain description",
    ),
    (
        "flare day. thats all. no advice needed, just saying it out loud to people who get it x",
        "none",
        "flare, venting",
    ),
    (
        "this cold snap is doing my knees in. anyone else feel the weather change "
        "before the forecast does? better than the met office me",
        "none",
        "weather and pain",
    ),
    ("dreich again. every joint i own is complaining", "none", "Scottish voice, weather"),
    (
        "its siling down here, soaked through waiting for the bus. hands have seized right up",
        "none",
        "Welsh voice, weather",
    ),
    (
        "storm due thursday, might be a zoom one for me if the wind's up, cant risk "
        "standing at the bus stop",
        "none",
        "weather, attendance",
    ),
    (
        "damp weather = fibro hell. heated throw is the best thing I've bought, £30 in "
        "the Aldi middle aisle",
        "none",
        "weather, tip",
    ),
    (
        "pressure's dropping and my head's starting. anyone tried those pressure band "
        "things for migraine?",
        "none",
        "weather, migraine",
    ),
    (
        "awake at 3am again with my hips, anyone else up? watching old episodes of bargain hunt",
        "none",
        "sleep",
    ),
    (
        "the sleep hygiene stuff actually works if you stick with it. no phone in bed "
        "was the hardest bit for me",
        "none",
        "sleep tip",
    ),
    (
        "got a memory foam mattress topper, slept 6 hours straight for the first time in months!!",
        "none",
        "sleep win",
    ),
    (
        "Does anyone else find the body scan recording sends them off before the end? "
        "I've never heard the last 5 minutes of it",
        "none",
        "hard negative: 'end', 'last'",
    ),
    (
        "does pregabalin make anyone else really hungry? ive put on half a stone since september",
        "none",
        "medicine side effect question",
    ),
    (
        "GP wants me to come down off the tramadol slowly, 50mg less every 2 weeks. "
        "anyone done this? how bad was it",
        "none",
        "medicine tapering question",
    ),
    (
        "my dosette box has been a life saver for the fog, the chemist fills it weekly "
        "now, no more did i take them or not",
        "none",
        "dosette box routine",
    ),
    (
        "Is it normal to feel a bit spaced out the first week on amitriptyline? 10mg at "
        "night. Dry mouth too.",
        "none",
        "medicine side effect question",
    ),
    (
        "butrans patch keeps falling off in the shower, anyone got tips? tried the "
        "tegaderm over it",
        "none",
        "hard negative: patches, routine",
    ),
    (
        "going to spain in may, do i need a letter from the gp to take my codeine "
        "through the airport?",
        "none",
        "travelling with meds",
    ),
    (
        "the chemist has shorted me on my pregabalin again, 14 short, told to come back "
        "tomorrow. same every month",
        "none",
        "hard negative: named medicine and count, pharmacy error",
    ),
    (
        "repeat prescription app is down AGAIN. has anyone found a way round it or is "
        "it ringing the surgery at 8am like the old days",
        "none",
        "repeat prescription",
    ),
    (
        "switched from gabapentin to pregabalin and feel like a zombie. does it settle?",
        "none",
        "medicine switch question",
    ),
    (
        "lidocaine plasters are a game changer for my rib pain, ask your gp, mine was "
        "reluctant at first",
        "none",
        "medicine tip",
    ),
    (
        "Hello. The doctor changed my tablets to the sertraline. I feel sick in the "
        "stomach every morning. Is this normal in the start? Thank you friends",
        "none",
        "first language not English, side effect",
    ),
    (
        "off the morphine completely as of today after 4 years!!! GP and the pain team "
        "were brilliant. scared but proud",
        "none",
        "medicine reduction success",
    ),
    (
        "anyone know if you can get co-codamol 30/500 over the counter? no, didnt think "
        "so lol. surgery shut till monday and im down to my last few",
        "none",
        "hard negative: medicine, 'last', running low",
    ),
    (
        "the fentanyl patch made me itchy as anything, they've moved me onto something "
        "else and its much better",
        "none",
        "hard negative: fentanyl patch side effect",
    ),
    (
        "how do you lot get rid of old tablets? got a bag of mum's from when she "
        "passed, do i just take them to the chemist?",
        "none",
        "returning old medicines",
    ),
    (
        "gp gave me diazepam for the muscle spasms, one week only, very strict about "
        "it. anyone find heat works nearly as well?",
        "none",
        "medicine routine",
    ),
    (
        "got my meds review next week. making a list like we learnt on the programme so "
        "I dont go blank in there",
        "none",
        "medication review, PMP skill",
    ),
    (
        "stocked up on my repeat before the surgery shuts for christmas, GP was fine "
        "about it. one less thing to worry about",
        "none",
        "hard negative: stock of meds, routine",
    ),
    (
        "18 months on the waiting list for the spinal clinic and they've just sent a "
        "letter saying another 6 😤",
        "none",
        "waiting list",
    ),
    (
        "got the 8am phone scrum tomorrow to try for a GP appointment. wish me luck",
        "none",
        "GP access",
    ),
    (
        "rheumatology appointment finally on the 12th. anyone know if i can take "
        "someone in with me?",
        "none",
        "appointment question",
    ),
    (
        "the pain clinic rang! follow up booked, only waited 9 months this time haha",
        "none",
        "appointment news",
    ),
    (
        "Had my MRI last Tuesday. Results in 4 to 6 weeks, they say. The waiting is the "
        "hard part isn't it.",
        "none",
        "waiting for results",
    ),
    (
        "physio discharged me with a sheet of exercises and a wave. feel a bit cut "
        "loose but im doing them",
        "none",
        "discharge; innocent 'cut'",
    ),
    (
        "A&E last night with my back, 7 hours, sent home with diazepam and a leaflet. "
        "staff were lovely tho, run off their feet",
        "none",
        "hard negative: A&E visit for pain, routine",
    ),
    (
        "injections in my facet joints on friday. nervous. anyone had them? did they work?",
        "none",
        "procedure question",
    ),
    (
        "PIP form arrived. 40 pages. anyone free to help me fill it in? I go blank at "
        "the questions",
        "none",
        "benefits help",
    ),
    (
        "got my PIP award letter, enhanced mobility!!! after the tribunal. don't give up folks",
        "none",
        "benefits win",
    ),
    (
        "Universal Credit want me at a work coach appointment the same day as the "
        "meeting and wont move it. gutted",
        "none",
        "benefits clash",
    ),
    (
        "citizens advice were brilliant with my mandatory reconsideration, go to them "
        "before you give up on it",
        "none",
        "benefits tip",
    ),
    (
        "the assessor asked if I could walk 20 metres and I said on a good day and she "
        "wrote yes. sigh. appealing",
        "none",
        "benefits assessment grumble",
    ),
    (
        "does anyone know if the blue badge renewal needs a new letter from the GP? "
        "mine runs out in Feb",
        "none",
        "blue badge question",
    ),
    (
        "I was finally awarded attendance allowance at 79. My son did the forms. Thank "
        "you to whoever in the group told me about it.",
        "none",
        "older writer, benefits thanks",
    ),
    (
        "back at work 2 days a week from monday, phased return. terrified and excited",
        "none",
        "return to work",
    ),
    (
        "occupational health want to see me again, anyone know what sort of questions they ask?",
        "none",
        "work question",
    ),
    (
        "told my manager about the fibro today. she was great actually. got a proper "
        "chair and can work from home on tuesdays",
        "none",
        "work disclosure",
    ),
    (
        "access to work paid for my sit stand desk! if you're working look into it",
        "none",
        "work tip",
    ),
    (
        "retired at last!! 42 years at the council, they gave me a lovely send off. now "
        "i can come to the daytime meetings 🎉",
        "none",
        "retirement; innocent 'send off'",
    ),
    (
        "grandkids staying this weekend so I'll be quiet on here. pacing around a 3 and "
        "a 5 year old lol",
        "none",
        "family, quiet on board with reason",
    ),
    (
        "our kid's getting married in june la, need to work out how i'll manage "
        "standing at the church",
        "none",
        "Scouse voice, family wedding",
    ),
    (
        "my mam's in hospital again with her chest, so if i'm quiet that's why. she's "
        "in good hands",
        "none",
        "family illness, quiet with reason",
    ),
    ("daughter had the baby!!! 7lb 2, little girl, both doing well 💕", "none", "family news"),
    (
        "teenager has discovered the word cringe and uses it about everything I do, "
        "including breathing",
        "none",
        "family joke",
    ),
    (
        "husband finally read the leaflet from the pain clinic and said so it's real "
        "then. 6 years. men 🙄",
        "none",
        "family understanding",
    ),
    (
        "Me and the wife celebrated 50 years married on Saturday. Couldn't dance but we "
        "had a good sit down.",
        "none",
        "older man, anniversary",
    ),
    (
        "our kid's taking me to the match saturday, got a seat in the accessible bit, "
        "proper made up",
        "none",
        "Scouse voice, outing",
    ),
    (
        "finished the blanket! 2 years in the making, crocheted in 20 minute goes. pics "
        "at the meeting",
        "none",
        "hobby",
    ),
    (
        "allotment update: giving away courgettes, take them please i beg you 😂",
        "none",
        "hard negative: 'giving away' produce",
    ),
    (
        "anyone into jigsaws? got a pile of 1000 piece ones to swap, all pieces present (i think)",
        "none",
        "hobby swap",
    ),
    (
        "painting class at the library was fab, did a sort of tree. grandson said it "
        "looks like broccoli",
        "none",
        "hobby",
    ),
    (
        "started the family tree on ancestry. turns out my great grandad was a rope "
        "maker in Bristol. who knew",
        "none",
        "hard negative: innocent 'rope'",
    ),
    (
        "got the fishing rods out again, sat on the bank in my special chair, caught "
        "nowt but didnt care",
        "none",
        "Northern voice, hobby",
    ),
    (
        "the card making group is looking for new people if anyone fancies it. "
        "tuesdays, free, tea and biscuits",
        "none",
        "hobby invitation",
    ),
    (
        "joined a choir for people with long covid and chronic stuff, all sitting down. "
        "best thing ive done all year",
        "none",
        "hobby",
    ),
    (
        "knitting hats for the premature baby unit, if anyone has spare wool going I'll take it",
        "none",
        "hobby, request",
    ),
    (
        "built a raised bed so i dont have to kneel. hubby did the heavy bits, i supervised 😎",
        "none",
        "hobby, adaptation",
    ),
    (
        "my physio said I need to do more core work so I've started eating apples. I'll "
        "get my coat",
        "none",
        "joke",
    ),
    (
        "what do you call a fibro patient at a rave? someone who'll be paying for it for a week 😂",
        "none",
        "joke",
    ),
    ("my joints are like the weather forecast, never right but always moaning", "none", "joke"),
    (
        "nearly died laughing at Bev's story about the mobility scooter and the "
        "automatic doors. still chuckling",
        "none",
        "hard negative: idiom 'nearly died laughing'",
    ),
    (
        "my hot water bottle has been with me longer than my ex and treats me better x",
        "none",
        "joke",
    ),
    (
        "happy birthday Pauline!!! 🎂 hope you're having a lovely day, see you thurs for cake",
        "none",
        "birthday",
    ),
    (
        "Many happy returns to Jim, 75 today. Wishing you a lovely day with your family.",
        "none",
        "formal birthday wish",
    ),
    ("penblwydd hapus Gwen! have a tidy day x", "none", "Welsh birthday wish"),
    (
        "its my 40th tomorrow, doing a low key afternoon tea, anyone local welcome, "
        "lots of chairs i promise",
        "none",
        "birthday invitation",
    ),
    ("hbd sue xx", "none", "birthday, very short"),
    (
        "thank you all for the cards and flowers after my op, it meant more than you "
        "know. back on my feet slowly",
        "none",
        "thanks after operation",
    ),
    (
        "Just want to say thanks to whoever recommended the heated mattress pad. best "
        "£40 I've ever spent",
        "none",
        "thanks, tip",
    ),
    (
        "thank you for the lovely meeting today, first time I've laughed properly in "
        "ages. same again next month?",
        "none",
        "thanks, looking forward",
    ),
    ("diolch yn fawr to everyone who came on the walk, lovely day", "none", "Welsh thanks"),
    (
        "Thank you to Janet for organising the Christmas lunch. Everything was "
        "splendid, particularly the sherry trifle.",
        "none",
        "formal thanks",
    ),
    ("welcome to the group Steve! we don't bite, and the biscuits are free", "none", "welcome"),
    (
        "hi all im new, did the march programme. nervous about coming to a meeting but "
        "going to try thurs",
        "none",
        "new member",
    ),
    (
        "hello from Dariusz, I am from Poland, living in England 12 years. I have back "
        "pain after accident at work. Nice to meet you all",
        "none",
        "first language not English, introduction",
    ),
    (
        "Hello, I am the new one. I am Farah. English is my second language so sorry "
        "for mistakes. Looking forward to meet everyone.",
        "none",
        "first language not English, introduction",
    ),
    (
        "ey up everyone, new lad here. only bloke on my programme so bit daunting but "
        "you seem a good bunch",
        "none",
        "Northern voice, new member",
    ),
    (
        "moving to Cornwall to be near my daughter in Jan so this'll be my last meeting "
        "with you lot 😢 the pain clinic are putting me in touch with a group down "
        "there. not goodbye, just ta-ra for now",
        "none",
        "hard negative: benign goodbye, moving house",
    ),
    (
        "taking a break from the board for a few weeks to concentrate on recovering "
        "from my knee op. back in the new year, still reading sometimes x",
        "none",
        "hard negative: break with return",
    ),
    (
        "I've asked to move to the Tuesday group as the evenings suit my shifts better. "
        "Will miss you all, you've been brilliant. I'll still come to the summer picnic",
        "none",
        "hard negative: moving to another group",
    ),
    (
        "off to lanzarote for 2 weeks tomorrow!! see you all when I'm back with a tan 🌞",
        "none",
        "holiday",
    ),
    (
        "going to be offline for a bit, phone contract ran out and I'm sorting a new "
        "one. back soon, ring the landline if you need me",
        "none",
        "hard negative: offline with return",
    ),
    (
        "Goodbye for now, friends. Our flat has been sold and we are moving to the "
        "bungalow near my son in Leicester. I hope to visit when I can. Thank you for "
        "two very happy years. Yours, Doreen",
        "none",
        "hard negative: formal goodbye, moving house",
    ),
    (
        "coming off the whatsapp bit cos my phone storage is full of everyones photos, "
        "but ill still be on here and at meetings",
        "none",
        "leaving a channel, staying in group",
    ),
    (
        "my back's absolutely killing me after the car boot but I got a lamp for 50p so worth it",
        "none",
        "hard negative: idiom 'killing me'",
    ),
    (
        "dying to see you all on thursday, it's been a long month",
        "none",
        "hard negative: idiom 'dying to see you'",
    ),
    ("if I hear Mariah Carey one more time in Tesco I'm going to scream", "none", "hyperbole"),
    (
        "this cold will be the death of me, 3 jumpers on and still shivering",
        "none",
        "hard negative: idiom 'death of me'",
    ),
    (
        "dead on my feet after the grandkids but what a day",
        "none",
        "hard negative: idiom 'dead on my feet'",
    ),
    (
        "Over my dead body am I going back to that osteopath, 60 quid to be told to "
        "drink more water",
        "none",
        "hard negative: idiom 'over my dead body'",
    ),
    ("i could kill for a proper nights sleep", "none", "hard negative: idiom 'could kill for'"),
    (
        "my hips are murdering me today, forecast says rain tomorrow so that's why",
        "none",
        "hard negative: idiom 'murdering me'",
    ),
    (
        "the bridge on the A38 is shut this weekend for repairs so allow extra time if "
        "you're coming from that side",
        "none",
        "hard negative: innocent 'bridge'",
    ),
    (
        "trains are on strike thursday, anyone coming from the station side want a "
        "lift? got room for 3",
        "none",
        "hard negative: innocent 'train', 'station'",
    ),
    (
        "car's in the garage for its MOT, can anyone give me a lift to the hall?",
        "none",
        "hard negative: innocent 'garage', 'car'",
    ),
    (
        "cleared out the shed today in 3 goes like a good pacer. found my old "
        "rollerskates from 1979 😂",
        "none",
        "hard negative: innocent 'shed'",
    ),
    (
        "OT gave me these chunky handled knife and fork, game changer for my hands. ask "
        "for them if your grip's bad",
        "none",
        "hard negative: innocent 'knife'",
    ),
    (
        "end of an era, the cafe's closing down after 30 years, owner's retiring. we "
        "need a new venue from Feb",
        "none",
        "hard negative: 'end', closing",
    ),
    (
        "final reminder: christmas lunch money to Janet by friday please, £18 a head",
        "none",
        "hard negative: innocent 'final'",
    ),
    (
        "I've decided to give tai chi a go, there's a beginners class at the community centre",
        "none",
        "hard negative: innocent 'decided'",
    ),
    (
        "finally some peace and quiet, the builders next door have gone. the drilling "
        "was doing my head in",
        "none",
        "hard negative: innocent 'peace'",
    ),
    (
        "giving away my old recliner, I got a riser chair through the OT. free to "
        "anyone who can collect, it's heavy",
        "none",
        "hard negative: giving away with ordinary reason",
    ),
    (
        "made a plan for christmas day this year: sitting down, crackers, no cooking, "
        "takeaway curry. radical",
        "none",
        "hard negative: innocent 'plan'",
    ),
    (
        "got a letter from the hospital today, appointment in feb for the nerve "
        "conduction test, finally",
        "none",
        "hard negative: innocent 'letter'",
    ),
    (
        "tonight's the school nativity, our grandson is a sheep. an hour on the hard "
        "chairs so pray for me lol",
        "none",
        "hard negative: innocent 'tonight'",
    ),
    (
        "last meeting of the year on the 19th, mince pies provided, secret santa £5 limit",
        "none",
        "hard negative: innocent 'last'",
    ),
    (
        "Have decided to have the knee replacement after all. Surgeon says a six month "
        "wait. At my age (82) I would rather be walking than waiting.",
        "none",
        "hard negative: formal, 'decided'",
    ),
    (
        "the Age UK drop in does wills for £50 if anyone's been meaning to. me and "
        "Geoff finally got ours done after 40 years of saying we would, then went for "
        "fish and chips",
        "none",
        "hard negative: routine will, couple, no finality",
    ),
    (
        "anyone know where to get decent rope for a washing line? the old one snapped "
        "and everything ended up in the mud",
        "none",
        "hard negative: innocent 'rope'",
    ),
    (
        "watched a documentary about the Clifton suspension bridge last night, amazing "
        "engineering, Brunel was a genius",
        "none",
        "hard negative: TV, 'bridge'",
    ),
    (
        "reading the new Richard Osman, someone's been bumped off at the retirement "
        "village again, love it",
        "none",
        "hard negative: book, 'bumped off'",
    ),
    (
        "Eastenders was grim last night wasnt it, another death in the Square. why are "
        "they all so miserable in that place",
        "none",
        "hard negative: TV, 'death'",
    ),
    (
        "saw on the news they're closing the walk-in centre. there's a petition going "
        "round, link's in the group",
        "none",
        "news mention",
    ),
    (
        "last tablet of the antibiotics today, chest infection finally clearing",
        "none",
        "hard negative: 'last tablet', antibiotics course",
    ),
    (
        "hit the road at 6 for the hospital in Bristol, back by 2, knackered but the "
        "consultant was lovely",
        "none",
        "hard negative: innocent 'road'",
    ),
    (
        "The Salvation Army shop are glad of donations if anyone is clearing out. I "
        "took two bags of my late husband's things last month; it was time, and they "
        "were so kind.",
        "none",
        "hard negative: bereavement, giving away late husband's clothes",
    ),
    (
        "anyone tried the TENS pads from Boots vs the cheap ones off Amazon? the cheap "
        "ones don't stick",
        "none",
        "hard negative: pads/patches, routine",
    ),
    (
        "camera club trip to the cliffs at the weekend, they've got a bench halfway up "
        "for people like me 😂",
        "none",
        "hard negative: innocent 'cliffs'",
    ),
    (
        "my cousin's swimming in the sea at Tenby in november for charity, mad. I'll be "
        "the one holding the towel",
        "none",
        "hard negative: innocent water",
    ),
    (
        "3 years ago i was in a really dark place and couldnt see the point of "
        "anything. the programme and you lot changed that. still have rubbish days but "
        "i'm glad im here x",
        "none",
        "hard negative: past-tense recovery story",
    ),
    (
        "Looking back, when I started the PMP I was taking 8 co-codamol a day and "
        "sleeping in the chair. Now it's 2 when I need them and I'm back in my own bed. "
        "Never thought I'd say it.",
        "none",
        "hard negative: past medicine use, recovery",
    ),
    (
        "a year ago today I couldnt walk to the postbox. today I walked to the post "
        "office and back. little cry in the kitchen after, happy tears",
        "none",
        "past-tense recovery",
    ),
    (
        "there was a time a few years back I'd have given up on all of this. glad I "
        "didn't. the group's a big part of why",
        "none",
        "hard negative: past-tense 'given up'",
    ),
    (
        "has anyone heard from Pat? she's got the key to the cupboard with the tea urn in it 😂",
        "none",
        "hard negative: 'has anyone heard from' about logistics",
    ),
    (
        "anyone heard how Maureen's hip op went? sending love if she's reading",
        "none",
        "asking after member's operation, no worry cue",
    ),
    (
        "right so I've been meaning to post for ages but you know what its like. anyway "
        "update is the new consultant at the pain clinic is actually nice, she "
        "listened, didnt rush me, said we could try the lidocaine for the nerve bit in "
        "my foot and see, then i went to Boots after and the queue was out the door so "
        "I went to the big Tesco one and they had it ready which never happens, then "
        "got home and the dog had eaten a sock. so a mixed day lol. hope everyone is "
        "ok, see you thursday if my foot behaves",
        "none",
        "long rambling, appointment and chemist",
    ),
    (
        "well whit a week. the boiler packed in on monday so we've been freezin, the "
        "man cannae come till friday, and ma hands have been that sore wi the cold I "
        "couldnae open a jar. our Fiona brought round a heater and a big pot of soup so "
        "we're no deid yet haha. been daein the stretches in front of the telly and I "
        "think it's helping a wee bit. hope yous are all keepin well and warm, see yous "
        "at the cafe",
        "none",
        "long Scottish ramble; 'no deid yet' humour",
    ),
    (
        "Good afternoon everyone. I thought I should write to let you know how I have "
        "been getting on since the programme finished in June. I have kept up with the "
        "exercises most mornings, although I confess the ones on the floor are beyond "
        "me now. My granddaughter set up this message board on my telephone, so please "
        "forgive any errors. The hydrotherapy has been a great help, and I have made a "
        "friend there called Irene who also has arthritis. I am looking forward very "
        "much to the Christmas lunch. With best wishes to you all, Arthur (aged 81).",
        "none",
        "long formal older writer, progress update",
    ),
    (
        "hiya, long one sorry. work's been mad, they've put me on the tills 4 days "
        "instead of 3 and my back is NOT having it, so I've asked occupational health "
        "for a review. our Jade's started at the big school and needs lifts everywhere, "
        "and me mam's hip is playing up so I'm doing her shopping too. I know I know, "
        "pacing. I did sit down for a full hour on sunday with a brew and the telly and "
        "didn't feel guilty, so thats progress?? anyway, is the meeting still the first "
        "thursday? I can do after 5",
        "none",
        "long rambling, work and family, meeting question",
    ),
    # ---- high ----
    (
        "ive been putting a few tramadol to one side each week instead of taking them. "
        "got quite a pile now. just knowing theyre there helps",
        "high",
        "means: tramadol accumulation",
    ),
    (
        "lovely to see everyone at the cafe yesterday, the carrot cake was spot on. I "
        "won't be at the next one. I've made my peace with it all and I wanted my last "
        "memory of you lot to be a nice one x",
        "high",
        "farewell, last memory, calm",
    ),
    (
        "does anyone want a cat? Smudge is 6, very loving, spayed. need her gone to a "
        "good home by friday, after that there'll be nobody here to feed her",
        "high",
        "pet given away with finality, time",
    ),
    (
        "spent all week sorting. will's signed, passwords written down for my daughter, "
        "funeral wishes in the blue folder. first time in ages i feel like ive got "
        "everything straight",
        "high",
        "affairs in order, will, calm",
    ),
    (
        "wrote a letter to each of the kids last night and put them in the bureau. "
        "they'll know what to do with them when the time comes. feels like a weight off",
        "high",
        "letters left, finality",
    ),
    (
        "after friday none of this will be my problem anymore. just wanted to say ta to "
        "everyone on here",
        "high",
        "time with finality, farewell",
    ),
    (
        "stood on the footbridge over the bypass for a good half hour last night "
        "watching the lorries. dont really know what stopped me",
        "high",
        "place: bridge over road, near-attempt",
    ),
    (
        "keep ending up at the level crossing on my walks. just stand there listening "
        "for the trains. dont know why im telling you this",
        "high",
        "place: railway",
    ),
    (
        "sat in the car in the garage with the door down for a long time tonight. didnt "
        "turn the key. this time.",
        "high",
        "method: garage/car, near-attempt",
    ),
    (
        "got some rope from b&q today. told the lad on the till it was for the washing "
        "line. it isnt",
        "high",
        "method: rope, intent",
    ),
    (
        "pressed my arm on the oven door till it blistered last night. dont know why it "
        "helps but it does for a minute",
        "high",
        "self-harm: burning",
    ),
    (
        "started cutting again, only my thighs so nobody sees. first time in 5 years. "
        "please dont make a fuss at the meeting",
        "high",
        "self-harm: cutting",
    ),
    (
        "when the nerve pain gets like this i bang my head on the wall till it stops. "
        "did it last night till i was dizzy",
        "high",
        "self-harm: head banging",
    ),
    (
        "scratched my arms raw again in the night, till they bled. long sleeves on "
        "thursday so dont ask lol",
        "high",
        "self-harm: scratching till bleeding, minimised",
    ),
    (
        "just so you know why i missed the meeting, i took all my tablets on saturday. "
        "woke up on a ward. home now, theyre doing a mental health referral",
        "high",
        "recent attempt",
    ),
    (
        "got right to the edge at the top of the cliff path on sunday. then a dog "
        "walker said morning and i came home. nearly. thats all",
        "high",
        "near-attempt: cliff",
    ),
    (
        "I feel so calm today. After months of fighting it I've decided, and it's like "
        "a weight has lifted. Thank you all for being so kind to me x",
        "high",
        "sudden calm after deciding, thanks",
    ),
    (
        "stopped all my meds a fortnight ago, didnt tell the gp. not binned them tho, "
        "theyre all in the drawer. ill know when",
        "high",
        "stopping treatment, stock in drawer",
    ),
    (
        "he took my phone again last night and said if i go to the group thursday i'll "
        "regret it. im on my friends phone. please dont reply on here",
        "high",
        "not safe: domestic abuse, threats",
    ),
    (
        "My son has my bank card and my tablets and he decides when I get them. He "
        "shouts if I say anything. I do not feel safe in my own home but I have nowhere "
        "to go.",
        "high",
        "not safe: coercion by family member",
    ),
    (
        "im not going to do anything daft before anyone panics, but i dont feel safe at "
        "home right now. he's been drinking since dinner",
        "high",
        "not safe at home; negation must not clear",
    ),
    (
        "honestly wouldnt mind not waking up. got plenty of the pregabalin to make sure of it too",
        "high",
        "passive wish plus means",
    ),
    (
        "wish i could just go to sleep and not wake up. theyd all be better off, my "
        "kids, my husband, the lot",
        "high",
        "passive wish plus burden",
    ),
    (
        "been keeping my old fentanyl patches instead of taking them back to the "
        "chemist. there's a fair few now. I know what they're for",
        "high",
        "means: fentanyl patches saved, intent",
    ),
    (
        "went round three shops today for paracetamol, boots, tesco and the co-op, cos "
        "they only let you have two boxes. ive got enough now",
        "high",
        "means: paracetamol accumulation",
    ),
    (
        "got all the amitriptyline lined up on the bedside table, counted them twice. "
        "funny how calm it makes me",
        "high",
        "means: lined up, counted, calm",
    ),
    (
        "The nurse keeps increasing my gabapentin and I keep not taking it. I have a "
        "shoebox full now. Not sure what I'm waiting for.",
        "high",
        "means: gabapentin stockpile",
    ),
    (
        "alright la, sorry ive been quiet. been saving me co-codamol, 2 a day less than "
        "i should, got a proper stash now. tell our Kelly i loved her if she asks",
        "high",
        "means plus farewell, Scouse voice",
    ),
    (
        "Dear friends, I have been putting aside my diazepam for some weeks now and I "
        "believe I have sufficient. I should like to thank you all for your kindness "
        "over the past two years. Please do not think badly of me. Yours sincerely, "
        "Hilda",
        "high",
        "means plus farewell, formal older writer",
    ),
    (
        "the oramorph's been piling up in the cupboard since i stopped using it. didnt "
        "tell the district nurse. dont want anyone taking it off me",
        "high",
        "means: morphine stock, secrecy",
    ),
    (
        "stopped the sertraline, kept every box. might want them all at once one day soon",
        "high",
        "stopping treatment, stock, intent",
    ),
    (
        "duw it's been a long year. been down by the weir most nights watching the "
        "water, thinking how cold and quick it'd be. diolch for everything butt",
        "high",
        "place: water, farewell, Welsh voice",
    ),
    (
        "the top floor of the hospital multi storey has a good view. been up there "
        "after both my appointments this week. looked over the edge a long time",
        "high",
        "high place",
    ),
    (
        "stood by the dual carriageway for ages yesterday waiting for one big enough. "
        "didnt. might next time",
        "high",
        "method: road, near-attempt",
    ),
    (
        "just wanted to say you lot have meant the world to me. i wont be at the next "
        "one or any after it. dont be sad, its what i want",
        "high",
        "farewell, last post",
    ),
    (
        "anyone want my sewing machine and all the fabric? clearing the lot out this "
        "week, no point keeping any of it now. first come first served",
        "high",
        "giving possessions away with finality",
    ),
    (
        "this weekend i'm finally getting some peace. ive made my mind up and i'm not "
        "scared anymore",
        "high",
        "time with finality, decided, calm",
    ),
    (
        "left a note for Gary under the kettle, he'll find it when he's back off "
        "nights. everything else is sorted",
        "high",
        "note left, affairs in order",
    ),
    (
        "taking Buster to my sister's tomorrow for good. she'll give him a better home "
        "and after tomorrow there won't be anyone here to walk him",
        "high",
        "pet given away with finality",
    ),
    (
        "hydro was good today, the new physio is lovely, got my steps up to 3000. been "
        "reading up on how many of my tablets it would actually take, lots of "
        "conflicting stuff online. anyway cafe thursday, who's in?",
        "high",
        "means research buried in ordinary post",
    ),
    ("i count them every night now. 84.", "high", "counting tablets, very short"),
    (
        "he pushed me on the stairs on sunday. told the gp at my review it was my back "
        "giving way. please dont say anything at the group, he reads my phone",
        "high",
        "not safe: partner violence",
    ),
    (
        "my husband reads everything i post on here. he says the group is filling my "
        "head with rubbish. im frightened of what he'll do when he finds out i went "
        "last week",
        "high",
        "not safe: coercive control, fear",
    ),
    (
        "My grandson has been taking money from my purse and when I said something he "
        "pushed me into the door. I have not told anyone. I am rather frightened of him "
        "coming round tonight.",
        "high",
        "not safe: elder abuse, older writer",
    ),
    (
        "punched my leg over and over till it went black. at least thats a pain i picked",
        "high",
        "self-harm: hitting self",
    ),
    (
        "had the tablets in my hand last night, the whole lot. put them back. not sure "
        "i will next time",
        "high",
        "near-attempt with means",
    ),
    (
        "for the first time in years i'm not worried about a thing. it's all sorted. "
        "you'll understand soon enough x",
        "high",
        "sudden calm, finality",
    ),
    (
        "put me down as a no for december. and dont bother keeping my name on the list "
        "after that. thanks for being the best bunch i could have asked for, ive loved "
        "every minute xx",
        "high",
        "farewell buried in RSVP",
    ),
    (
        "I have been saving my tablets many weeks, now I have enough of them. I am very "
        "tired of this life with pain. Thank you to everybody who was kind to me here.",
        "high",
        "means plus farewell, first language not English",
    ),
    (
        "ow am ya all. wont be round much longer bab, got it all planned out. just "
        "wanted to say ta for everything. tara",
        "high",
        "plan plus farewell, Brummie voice",
    ),
    (
        "aye am fine dinnae worry. been up the big bridge a few times this week just "
        "lookin doon. a'll no be at the next meet",
        "high",
        "place: bridge, farewell, Scottish voice",
    ),
    ("tonights the night. love you all x", "high", "time with finality, farewell, very short"),
    (
        "sorted out who gets what today. my sister's having the jewellery, the "
        "neighbour's having the plants. feel lighter already",
        "high",
        "giving possessions away, affairs in order",
    ),
    (
        "looked up when the last train comes through the station tonight. not to get on it",
        "high",
        "method: railway, tonight",
    ),
    (
        "our lass dunt know but i've been up t' railway bridge a few times this week. "
        "just stood there. summat's got to give",
        "high",
        "place: railway bridge, Northern voice",
    ),
    (
        "proper cold today, heating on full and the joints still screaming. anyway just "
        "so someone knows, i did something stupid with my oxycodone last night and im "
        "still rough today. dont tell anyone",
        "high",
        "recent overdose buried in weather post",
    ),
    (
        "some days i hope i just dont wake up. the morphine's right there by the bed, "
        "it would be so easy",
        "high",
        "passive wish plus means",
    ),
    (
        "so much to tell you! grandkids came at half term, the hoover broke, had my flu "
        "jab, all go. ive also been sorting the bungalow, gave the car to our Dean, "
        "bikes to next door's kids, and wrote all the bank stuff down for our Sharon so "
        "she's not left in a mess after. feels good to be done. anyway how are you all",
        "high",
        "giving away, affairs in order, buried in long post",
    ),
    (
        "been saving my codeine instead of taking it. should have enough by christmas",
        "high",
        "means: codeine accumulation, time",
    ),
    (
        "not wanting to worry anyone but has anyone heard from Gill? she messaged me "
        "last night saying goodbye and thanks for everything and now her phone's off",
        "high",
        "concern about member who sent farewell then silence",
    ),
    # ---- medium ----
    (
        "i'm just a burden on my daughter now. she'd have a much easier life without me "
        "to run around after",
        "medium",
        "burden",
    ),
    (
        "feel like everyone would be better off without me dragging them down",
        "medium",
        "burden: better off without me",
    ),
    ("sometimes i wish i just didnt wake up in the morning", "medium", "passive wish alone"),
    ("wouldnt bother me if i didnt wake up tomorrow tbh", "medium", "passive wish alone"),
    (
        "whats the point going back to the pain clinic. nothing ever changes, nothing ever will",
        "medium",
        "hopelessness",
    ),
    (
        "havent been out of bed since sunday. curtains shut, phone off. just cant face anything",
        "medium",
        "withdrawal behaviour",
    ),
    (
        "not really eating, not answering the door. hubby's worried. i just dont want "
        "to see anyone",
        "medium",
        "withdrawal: not eating, isolating",
    ),
    (
        "has anyone heard from Dave? he said some worrying things at the last meeting "
        "and he's not answering his phone",
        "medium",
        "concern about another member",
    ),
    (
        "Jean's not replied to any of my texts since her post on tuesday night. anyone "
        "spoken to her? it didnt sound like her",
        "medium",
        "concern about another member",
    ),
    (
        "I cant cope with any of it anymore. the pain, the forms, the waiting. I'm done in",
        "medium",
        "can't cope",
    ),
    ("feel trapped in this body. like there's no way out of it", "medium", "trapped"),
    (
        "I am afraid I have become rather a nuisance to my son and his wife. They have "
        "their own lives and I know I am a burden to them.",
        "medium",
        "burden, formal older writer",
    ),
    (
        "cannae see the point o any of it anymore. every day's the same. sair, tired, nae better",
        "medium",
        "hopelessness, Scottish voice",
    ),
    (
        "sorry I've not been answering anyone. not been out the house in a fortnight, "
        "not even to the Spar. can't face people",
        "medium",
        "withdrawal",
    ),
    (
        "proper down la. me ma does everything for me now and i feel like a waste of "
        "space. she'd be better off not having to bother with me",
        "medium",
        "burden, Scouse voice",
    ),
    (
        "grey and wet again, the bins went out late cos i couldnt face the drive, and "
        "the physio rang to rebook. honestly dont see the point of any of it lately",
        "medium",
        "hopelessness at end of ordinary post",
    ),
    (
        "Every day same pain, same nothing. Doctors cannot help. I think it will never "
        "change for me. Why I try?",
        "medium",
        "hopelessness, first language not English",
    ),
    ("having a rotten day. cant carry on like this, honestly", "medium", "can't cope"),
    (
        "has anyone seen or heard from Paul? his post last night wasnt like him at all "
        "and he's gone quiet since",
        "medium",
        "concern about another member",
    ),
    (
        "bit worried about Sandra, she's stopped coming and when i rang she said she "
        "doesnt see the point of anything now. could one of the staff give her a ring?",
        "medium",
        "concern about another member, hopelessness reported",
    ),
    (
        "Rambling update: pain clinic discharged me, physio's done, GP says there's "
        "nothing more they can offer, and the PIP tribunal isn't till next summer. I'm "
        "doing the pacing and the breathing but honestly it feels like nothing is ever "
        "going to get better and I'm just waiting for I don't know what. Anyway. Cake "
        "on Thursday?",
        "medium",
        "hopelessness in long post",
    ),
    (
        "stopped going to the meetings, stopped the walks, stopped answering the phone. "
        "everyone's noticed im sure. i just dont have it in me",
        "medium",
        "withdrawal",
    ),
    (
        "I'm the reason everyone in this house is miserable. they'd have a life if it "
        "wasnt for me and my pain",
        "medium",
        "burden",
    ),
    (
        "nobody at home gets it and i'm sick of trying to explain. just going to keep "
        "myself to myself from now on",
        "medium",
        "withdrawal, isolation",
    ),
    (
        "some nights I lie there thinking it wouldnt be the worst thing if I just didnt wake up",
        "medium",
        "passive wish alone",
    ),
    (
        "5 days without a proper meal. cant be bothered cooking, cant be bothered with anything",
        "medium",
        "withdrawal: not eating, low mood",
    ),
    (
        "I'm stuck. Can't work, can't go out, can't sleep, can't see a way out of any of it.",
        "medium",
        "trapped",
    ),
    (
        "Not sure why I'm still doing the exercises. 20 years of this and it's never "
        "going to change.",
        "medium",
        "hopelessness",
    ),
    (
        "not been up to much bab. not been up at all tbh. in bed most days, not seen anyone",
        "medium",
        "withdrawal, Brummie voice",
    ),
    (
        "has anyone been round to see Tony? he was saying at the cafe he's given up on "
        "everything and then he left early",
        "medium",
        "concern about another member",
    ),
    (
        "i feel like a weight round my husbands neck. he never signed up for this",
        "medium",
        "burden",
    ),
    (
        "nowt's gonna change is it. same pain, same tablets, same four walls. what's the point",
        "medium",
        "hopelessness, Northern voice",
    ),
    (
        "wont be there thurs. havent been out the front door in two weeks and not "
        "spoken to anyone bar the postman. im fine, just cant face it",
        "medium",
        "withdrawal in RSVP",
    ),
    (
        "everyone at work thinks im lazy and they'd rather i just left. so would my "
        "family probably. im just a drain on everyone",
        "medium",
        "burden",
    ),
    (
        "I find I do not much care whether I wake in the morning or not these days. I "
        "am not unhappy, exactly. Just tired.",
        "medium",
        "passive wish, formal older writer",
    ),
    (
        "anyone else feel like theyre just existing? get up, pain, tablets, telly, bed, "
        "pain. whats it all for",
        "medium",
        "hopelessness",
    ),
    (
        "been sat crying in the car outside the surgery for an hour. cant face going "
        "in. cant face going home either",
        "medium",
        "can't cope, trapped",
    ),
    (
        "i keep cancelling on everyone. my sister, my mates, this group. not eaten "
        "since yesterday. i just want to be left alone",
        "medium",
        "withdrawal",
    ),
    (
        "honestly can't see the point in the christmas do. or christmas. or anything really",
        "medium",
        "hopelessness",
    ),
    (
        "I'm so tired of being a problem for everyone. the kids, the GP, the DWP, even you lot",
        "medium",
        "burden",
    ),
    (
        "well the new tablets arent working, the GP says wait and see, the physio's off "
        "sick, and next door are having an extension so it's drilling from 8 till 5. "
        "I've not been sleeping, not eating much, and I've stopped answering the door "
        "because I don't want anyone to see the state of me or the house. Sorry for "
        "moaning. Hope everyone else is having a better week.",
        "medium",
        "withdrawal in long post",
    ),
    (
        "cant remember the last time i got dressed. no point when i'm not going anywhere",
        "medium",
        "withdrawal, low mood",
    ),
    (
        "tidy to hear everyone's news. me, I'm stuck in the house, can't get out, can't "
        "get better, can't see any way out of this",
        "medium",
        "trapped, Welsh voice",
    ),
    (
        "If I'm honest I'd rather not be here some days. Not going to do anything. Just "
        "would rather not be.",
        "medium",
        "passive wish alone",
    ),
    (
        "Worried about Kev. Saw him in Tesco, he's lost loads of weight and said he's "
        "not bothered about anything anymore. anyone closer to him able to check in?",
        "medium",
        "concern about another member",
    ),
    (
        "I just lie here. Dont answer messages. Sorry to everyone I've ignored",
        "medium",
        "withdrawal",
    ),
    (
        "I am sorry I don't come to meetings. I stay in my room all day, I don't want "
        "to speak with nobody, even my husband. I don't know why.",
        "medium",
        "withdrawal, first language not English",
    ),
    (
        "feel like i'm letting everyone down all the time. my kids deserve a mum who "
        "can actually do things",
        "medium",
        "burden",
    ),
    (
        "ten years of this. nobody can fix it. no point pretending anymore",
        "medium",
        "hopelessness",
    ),
    ("cant cope today", "medium", "can't cope, very short"),
    (
        "if i could just fall asleep and not have to do tomorrow that'd be grand",
        "medium",
        "passive wish alone",
    ),
    (
        "back's gone again, sofa and heat pad, the usual. gave the physio exercises a "
        "go. to be honest i'm at the end of my rope with it all, cant see it ever "
        "getting better",
        "medium",
        "hopelessness at end of flare post",
    ),
    (
        "Does anyone else feel like they're just in the way? My daughter sighs every "
        "time I ask for help.",
        "medium",
        "burden",
    ),
    (
        "has anybody heard from Rhiannon? she hasnt been on here or at the cafe since "
        "she said she couldnt take much more. not like her",
        "medium",
        "concern about another member",
    ),
    (
        "I've not spoken to a single person in nine days. not sure anyone's noticed",
        "medium",
        "withdrawal, isolation",
    ),
    (
        "ah'm no right. cannae be bothered wi onythin. no eatin, no sleepin, no "
        "answerin the phone tae ma sister even",
        "medium",
        "withdrawal, Scottish voice",
    ),
    (
        "everything's such an effort i don't know why i bother. the pain always wins in the end",
        "medium",
        "hopelessness",
    ),
    (
        "Sorry to moan. Husband lost his job, car's failed its MOT, pain's through the "
        "roof. I'm trapped in this house with no money and no way out. Anyway, hope the "
        "cafe was good.",
        "medium",
        "trapped, in ordinary post",
    ),
    (
        "hopeless. thats the word for today. and yesterday. and probably tomorrow",
        "medium",
        "hopelessness",
    ),
    (
        "sometimes think my family would be better off without me. not saying anything "
        "else, just tired",
        "medium",
        "burden",
    ),
]
