"""Training posts, set I: 400 ordinary peer-support board posts, all labelled "none".

Written on 2026-11-26 by a helper session for pmp-followon, from the design rules in
../shared/design/safeguarding.md and domain.md and the member quotes in seed-paper.txt, with
no access to the screener. Every post is invented. Theme: meetings, RSVPs, venues, travel,
weather, pacing, flare-ups, sleep, appointments, medicines and side effects, benefits and work.
About 70% are plainly ordinary and about 30% are hard negatives (pain idioms and hyperbole,
benign goodbyes, medicine questions, past-tense recovery stories, innocent uses of risky
words), so that the screener learns what normal talk in a group looks like.
"""

SAMPLES_TRAIN_I: list[tuple[str, str, str]] = [
    # (text, label, note)
    ("cant make it thurs x", "none", "ordinary: RSVP no, one-liner"),
    ("count me in for the 14th 👍", "none", "ordinary: RSVP yes"),
    (
        "yes please, me and my walking stick will be there lol",
        "none",
        "ordinary: RSVP yes, light joke",
    ),
    (
        "Sorry all, I have a hospital appointment that morning so I'll have to miss this one. "
        "See you next month.",
        "none",
        "ordinary: apology, hospital appointment",
    ),
    (
        "is it still 2pm at the community centre or did we move it to half 1?",
        "none",
        "ordinary: meeting time question",
    ),
    (
        "can we do mornings instead? by 4 oclock im done in",
        "none",
        "ordinary: time preference, fatigue",
    ),
    (
        "Just to confirm, the December meet is Weds 9th at the Orchard Cafe, 11 till 1. Let me "
        "know numbers so I can tell them x",
        "none",
        "ordinary: coordinator confirming date",
    ),
    ("put me down as a maybe, depends how my hips are", "none", "ordinary: RSVP maybe"),
    ("i'll be late, school run", "none", "ordinary: running late"),
    (
        "Running 10 mins behind, bus didn't turn up. Save me a seat x",
        "none",
        "ordinary: running late, bus",
    ),
    ("im in!!", "none", "ordinary: RSVP yes, one-liner"),
    (
        "Apologies for the next one, it's my granddaughter's nativity play and I have been told"
        " in no uncertain terms that I must attend.",
        "none",
        "ordinary: apology, family event",
    ),
    (
        "whos bringing the biscuits this time, i did it last time 😂",
        "none",
        "ordinary: biscuits rota",
    ),
    (
        "poll says tuesday wins so tuesday it is. 10.30 at the usual place",
        "none",
        "ordinary: poll result",
    ),
    (
        "Hi everyone, new here. Finished the PMP in October with the Wednesday lot. Is the next"
        " meet open to anyone or just your cohort?",
        "none",
        "ordinary: new member introduction",
    ),
    (
        "welcome Janet! yes anyone can come, we dont bite x",
        "none",
        "ordinary: welcoming new member",
    ),
    (
        "lovely meeting today, thanks for organising Carol. the carrot cake was spot on",
        "none",
        "ordinary: thanks after meeting",
    ),
    (
        "Good to see so many of us today, eight! Think that's a record since the summer.",
        "none",
        "ordinary: attendance note",
    ),
    (
        "could we try a zoom one in january for those who cant get out in the cold?",
        "none",
        "ordinary: suggesting online meeting",
    ),
    (
        "zoom is fine by me as long as someone shows me how to unmute 🙈",
        "none",
        "ordinary: zoom joke",
    ),
    (
        "not sure about the 23rd, waiting on a rota from work. will let you know by friday",
        "none",
        "ordinary: RSVP pending work rota",
    ),
    (
        "Sharon can you add me to the reminder list, I keep forgetting which week it is",
        "none",
        "ordinary: reminder request",
    ),
    (
        "two of us from the tuesday group might come along to yours if thats ok?",
        "none",
        "ordinary: joining from another group",
    ),
    ("The more the merrier!", "none", "ordinary: one-liner reply"),
    (
        "I'd like to put pacing on the agenda for next time, I've slipped back into boom and "
        "bust a bit.",
        "none",
        "ordinary: agenda, pacing",
    ),
    (
        "anyone fancy doing a bit of goal setting next time like on the course? i need a kick "
        "up the bum",
        "none",
        "ordinary: goal setting suggestion",
    ),
    ("yes to goals, my goal is to actually get there on time lol", "none", "ordinary: joke reply"),
    (
        "Co-coordinator wanted! Happy to keep doing it but it would be nice to share it with "
        "someone for the weeks when I'm flaring.",
        "none",
        "ordinary: coordinator asks for co-coordinator",
    ),
    (
        "i'll share it with you Mandy, just show me how the app poll thing works",
        "none",
        "ordinary: volunteering as co-coordinator",
    ),
    ("Brilliant, thank you Dawn, that's a weight off.", "none", "ordinary: thanks"),
    ("thumbs up from me", "none", "ordinary: one-liner"),
    ("yep", "none", "ordinary: one-liner"),
    ("can do the 3rd not the 10th", "none", "ordinary: dates"),
    (
        "Mon or Fri are best for me, the rest of the week is physio and hydro",
        "none",
        "ordinary: availability",
    ),
    (
        "sorry for the no show today, car wouldnt start. gutted",
        "none",
        "ordinary: missed meeting, car",
    ),
    (
        "notes from today for those who couldnt come: venue ok for jan, Pete is looking into "
        "the garden centre cafe for spring, next time we're trying the breathing one from week "
        "6",
        "none",
        "ordinary: meeting notes",
    ),
    (
        "i'll bring the raffle prizes, got a load of smellies from christmas i'll never use",
        "none",
        "ordinary: raffle prizes",
    ),
    ("is there parking or shall i get a lift", "none", "ordinary: parking question"),
    (
        "Could whoever has my umbrella let me know? I think I left it on the coat hooks.",
        "none",
        "ordinary: lost umbrella",
    ),
    (
        "can i bring my husband? he wants to see what all the fuss is about",
        "none",
        "ordinary: bringing partner",
    ),
    (
        "Partners welcome to the christmas meal I think? Check with Sue.",
        "none",
        "ordinary: christmas meal",
    ),
    (
        "christmas meal: i'll have the turkey and the sticky toffee pudding ta. paid my deposit"
        " to Sue",
        "none",
        "ordinary: christmas meal order",
    ),
    ("Deposit sent. Vegetarian option for me please.", "none", "ordinary: christmas meal order"),
    ("how much is the deposit again, 10 or 15?", "none", "ordinary: deposit question"),
    ("£10 and the rest on the day", "none", "ordinary: one-liner answer"),
    ("who's up for a chippy tea after the next one", "none", "ordinary: social plan"),
    (
        "Will there be anywhere to lie flat for a bit? Long sitting is my nemesis.",
        "none",
        "ordinary: venue need, lying down",
    ),
    (
        "i'll bring my cushion, that chair at the library is a killer",
        "none",
        "hard neg: idiom 'killer' about a chair",
    ),
    (
        "first meeting for me tomorrow, bit nervous but looking forward to it",
        "none",
        "ordinary: first meeting nerves",
    ),
    (
        "don't be nervous, it's just tea and chat and the odd moan x",
        "none",
        "ordinary: reassurance",
    ),
    (
        "can someone remind me tonight about tomorrow, brain fog is bad this week",
        "none",
        "hard neg: 'tonight' innocent, brain fog",
    ),
    (
        "The library meeting room has a lift now, so no more stairs for Ann.",
        "none",
        "ordinary: venue access",
    ),
    (
        "the orchard cafe is too loud for me, cant hear a word with my hearing aid. could we "
        "look somewhere quieter?",
        "none",
        "ordinary: venue noise",
    ),
    (
        "what about the room at st marys church hall, its free on wednesdays and theres a ramp",
        "none",
        "ordinary: venue suggestion",
    ),
    ("Church hall is freezing in winter fyi, bring layers", "none", "ordinary: venue cold"),
    (
        "community centre said we can have the small room for £12 a session, which between 6 of"
        " us is £2 each",
        "none",
        "ordinary: venue cost",
    ),
    ("£2 is a bargain, book it!", "none", "ordinary: one-liner reply"),
    (
        "Garden centre cafe has those high back chairs with arms which are so much easier to "
        "get out of",
        "none",
        "ordinary: venue chairs",
    ),
    (
        "does the pub do food at lunchtime? want to know before I drag myself there hungry",
        "none",
        "ordinary: pub food question",
    ),
    (
        "accessible loo at the cafe is out of order this week, the one in Boots next door is ok",
        "none",
        "ordinary: venue toilets",
    ),
    (
        "Is the venue dog friendly? My assistance dog Molly comes everywhere with me.",
        "none",
        "ordinary: assistance dog",
    ),
    (
        "the new place has step free access from the car park side, not the front",
        "none",
        "ordinary: step free access",
    ),
    (
        "Could we sit away from the door this time? The draught goes straight through my neck.",
        "none",
        "ordinary: seating, draught",
    ),
    (
        "Booked the back room at the Red Lion for the 18th, from 12. They said they'll put a "
        "couple of comfy chairs in for us.",
        "none",
        "ordinary: venue booked",
    ),
    (
        "anyone going from Fishponds? could do with a lift if its no trouble",
        "none",
        "ordinary: lift request",
    ),
    (
        "I can pick up anyone on the way from Kingswood, I've got room for 3 and the seats go "
        "right back",
        "none",
        "ordinary: offering lifts",
    ),
    (
        "the 48 bus is on diversion till march because of the roadworks, allow extra time",
        "none",
        "hard neg: 'road' innocent, bus diversion",
    ),
    (
        "got the train in from Yate, was fine until the walk up from the station 🥵",
        "none",
        "hard neg: 'train' and 'station' innocent",
    ),
    (
        "Blue badge spaces at the back are usually free before 11",
        "none",
        "ordinary: blue badge parking",
    ),
    (
        "My bus pass runs out next month, does anyone know if the renewal is online now?",
        "none",
        "ordinary: bus pass renewal",
    ),
    (
        "yes its online for bristol, took me ten mins. you need a photo",
        "none",
        "ordinary: reply bus pass",
    ),
    (
        "Taxi there and back is nearly £20 so I might skip the next couple unless someone is "
        "passing Hanham",
        "none",
        "ordinary: taxi cost",
    ),
    ("Hanham's on my way, I'll grab you 👍", "none", "ordinary: offering lift"),
    (
        "Community transport is brilliant if anyone's not tried it, they come to the door and "
        "help you in. You book 48 hours ahead.",
        "none",
        "ordinary: community transport tip",
    ),
    (
        "parking at the hospital was a nightmare today, drove round for half an hour",
        "none",
        "ordinary: hospital parking",
    ),
    (
        "the motorway was shut so i turned back, sorry all. next time",
        "none",
        "ordinary: motorway closed",
    ),
    (
        "Walked there today! Only 15 min but first time since the summer. Sat down twice on the"
        " way",
        "none",
        "ordinary: walked to meeting",
    ),
    (
        "lift share spreadsheet is in the group files for anyone who needs it",
        "none",
        "ordinary: lift share",
    ),
    (
        "Park and ride is the best bet on a saturday, town is gridlocked",
        "none",
        "ordinary: park and ride",
    ),
    ("this cold is getting right into my knees", "none", "ordinary: weather, knees"),
    (
        "anyone else's joints predict rain better than the met office",
        "none",
        "ordinary: weather joke",
    ),
    ("Mine do. Forecast says dry but my wrists say otherwise.", "none", "ordinary: weather reply"),
    ("sun's out! off to sit in the garden for 20 mins with a cuppa", "none", "ordinary: sunny day"),
    (
        "storm last night kept me awake, fence panel was banging all night. hubby's fixing it "
        "today",
        "none",
        "ordinary: storm, sleep",
    ),
    (
        "wrapped up like an onion today lol, three layers and a hot water bottle down my top",
        "none",
        "ordinary: layers joke",
    ),
    ("Heat pads on, heating on, dog on my feet. Sorted.", "none", "ordinary: cosy"),
    ("the humidity is doing my head in, migraine city", "none", "ordinary: humidity migraine"),
    (
        "Icy out there this morning, take care on the pavements everyone",
        "none",
        "ordinary: ice warning",
    ),
    (
        "frost on the car, took ages to scrape with my hands being so stiff",
        "none",
        "ordinary: frost, stiff hands",
    ),
    (
        "anyone tried those heated gloves off amazon? worth it?",
        "none",
        "ordinary: heated gloves question",
    ),
    (
        "I have them, the battery lasts about 3 hours on low. Game changer for dog walks.",
        "none",
        "ordinary: heated gloves reply",
    ),
    ("this rain. every. single. day.", "none", "ordinary: rain one-liner"),
    (
        "Lovely crisp day, managed a stroll round the park with my sister.",
        "none",
        "ordinary: nice walk",
    ),
    ("grey and drizzly and my back knows it", "none", "ordinary: drizzle, back"),
    (
        "heating broke on the coldest week of the year, typical. engineer coming thursday",
        "none",
        "ordinary: boiler broken",
    ),
    ("I find the damp worse than the cold, does anyone else?", "none", "ordinary: damp vs cold"),
    (
        "weather app says snow on sunday, might postpone the walk?",
        "none",
        "ordinary: snow, postpone walk",
    ),
    (
        "Good idea, we can do the cafe instead and walk when it's milder.",
        "none",
        "ordinary: reply, plan B",
    ),
    (
        "summer people we need a shady spot next time, i cooked last time 🥵",
        "none",
        "ordinary: heat, shade",
    ),
    (
        "Did my stretches every day this week! Small win but I'm having it",
        "none",
        "ordinary: stretches win",
    ),
    (
        "anyone else find the body scan sends them straight to sleep 😴",
        "none",
        "ordinary: body scan sleepy",
    ),
    (
        "Pacing update: ironing in 10 minute chunks with a sit down between. Took all afternoon"
        " but no flare.",
        "none",
        "ordinary: pacing ironing",
    ),
    (
        "i overdid it at the weekend decorating. boom and bust again. lesson learnt (for the "
        "100th time)",
        "none",
        "ordinary: boom and bust",
    ),
    ("we've all been there. be kind to yourself this week x", "none", "ordinary: kind reply"),
    ("goal for this month is to get to the pool twice a week", "none", "ordinary: goal pool"),
    (
        "how's everyone getting on with the goals from last time?",
        "none",
        "ordinary: goals check-in",
    ),
    (
        "Mine was to walk to the post box and back every day. Done 5 out of 7.",
        "none",
        "ordinary: goal progress",
    ),
    (
        "hydrotherapy pool at Southmead has spaces on tuesdays if anyone wants to join me",
        "none",
        "ordinary: hydro invite",
    ),
    (
        "chair yoga on youtube is decent, theres one lady who does 20 min ones. will find the link",
        "none",
        "ordinary: chair yoga",
    ),
    (
        "Started tai chi at the leisure centre. Most of them are 80 and twice as bendy as me!",
        "none",
        "ordinary: tai chi",
    ),
    (
        "i set a timer on my phone now to get up every 30 mins. annoying but it works",
        "none",
        "ordinary: timer pacing",
    ),
    (
        "The breathing exercise from week 4 got me through the dentist yesterday.",
        "none",
        "ordinary: breathing at dentist",
    ),
    (
        "allotment today, just potted about for an hour. raised beds are the best thing we ever"
        " did",
        "none",
        "ordinary: allotment",
    ),
    (
        "baked a cake in stages, mixed it, sat down, baked it, sat down, icing it tomorrow. "
        "pacing queen 👑",
        "none",
        "ordinary: baking in stages",
    ),
    (
        "has anyone got the handout on activity diaries? lost mine in the move",
        "none",
        "ordinary: handout request",
    ),
    ("I'll photograph mine and put it in the group files.", "none", "ordinary: sharing handout"),
    (
        "trying to cut screen time before bed as per the sleep session. failing miserably",
        "none",
        "ordinary: screen time",
    ),
    ("swimming today, 10 lengths. slow ones but still", "none", "ordinary: swimming"),
    (
        "Knitting group has started at the library, gentle on the hands if you use the chunky "
        "needles.",
        "none",
        "ordinary: knitting group",
    ),
    (
        "i keep forgetting to breathe out properly when it hurts, tensing up makes it so much "
        "worse",
        "none",
        "ordinary: breathing, tensing",
    ),
    (
        "The 'spoons' thing someone mentioned last meeting really helped me explain to my "
        "daughter.",
        "none",
        "ordinary: spoon theory",
    ),
    (
        "spoon count today: about 4. saving 2 for cooking tea 😂",
        "none",
        "hard neg: 'saving' used for energy spoons",
    ),
    (
        "new riser recliner arrived and I can actually get out of it without a crane",
        "none",
        "ordinary: riser recliner",
    ),
    (
        "stick to your baseline even on good days, my physio drilled that into me",
        "none",
        "ordinary: baseline advice",
    ),
    (
        "gardening with a kneeler stool is a revelation, why didnt i do this years ago",
        "none",
        "ordinary: kneeler stool",
    ),
    ("walked the dog round the block and back, Bonnie was thrilled", "none", "ordinary: dog walk"),
    (
        "i've started writing down three good things each night like Lucy suggested. tonight it"
        " was a bacon sandwich",
        "none",
        "hard neg: 'tonight' innocent, gratitude diary",
    ),
    (
        "flare day today so im on the sofa with a film and my heat pad. back to it tomorrow "
        "hopefully",
        "none",
        "ordinary: flare day, resting",
    ),
    (
        "Having a flare since Tuesday, the fibro kind where everything aches. Doing my "
        "relaxation and taking it slowly. Will see you all next week.",
        "none",
        "ordinary: fibro flare, coping",
    ),
    ("ouch. nerve pain in my foot is electric today", "none", "ordinary: nerve pain one-liner"),
    (
        "CRPS arm is very angry today, purple and shiny and I can't bear the sleeve touching "
        "it. Managing though, doing the mirror box and keeping busy with the radio.",
        "none",
        "ordinary: CRPS flare coping",
    ),
    ("Back went while picking up a sock. A SOCK. 🙄", "none", "ordinary: back twinge"),
    (
        "sending gentle hugs to everyone flaring this week, the weather change has got us all",
        "none",
        "ordinary: supportive message",
    ),
    (
        "migraine since yesterday, dark room and ice pack. off the board till it passes x",
        "none",
        "ordinary: migraine, break with return",
    ),
    (
        "flare's settling now, thank god. could feel it easing last night",
        "none",
        "ordinary: flare easing",
    ),
    (
        "my flare plan from the course is stuck on the fridge, it actually helps to follow it "
        "rather than panic",
        "none",
        "hard neg: 'plan' innocent, flare plan",
    ),
    (
        "How do you all explain a flare to your boss? Mine thinks I'm either fine or not.",
        "none",
        "ordinary: explaining flares at work",
    ),
    (
        "sciatica down the left leg all week. heat, gentle stretches, paracetamol. the usual "
        "routine",
        "none",
        "ordinary: sciatica routine",
    ),
    (
        "Day 3 of the flare. Not fun but I know it passes. Watching Strictly repeats to take my"
        " mind off it.",
        "none",
        "ordinary: flare day 3, TV",
    ),
    (
        "right hip flaring after the long drive to my sisters. worth it though, lovely to see her",
        "none",
        "ordinary: hip after drive",
    ),
    (
        "does anyone else get flu like achiness with fibro flares? thought I was coming down "
        "with something",
        "none",
        "ordinary: flu-like fibro",
    ),
    ("Yes, every time. Mine feels like flu without the sniffles.", "none", "ordinary: reply fibro"),
    (
        "Jaw pain today, think I've been clenching in my sleep. Dentist says a guard might help.",
        "none",
        "ordinary: jaw clenching",
    ),
    ("anyone else up? 3am club checking in", "none", "ordinary: night owl"),
    (
        "4am and wide awake. watching old episodes of bake off with the sound low",
        "none",
        "ordinary: awake watching TV",
    ),
    (
        "slept 6 hours straight last night!! cant remember the last time",
        "none",
        "ordinary: good sleep",
    ),
    (
        "the sleep hygiene stuff is hard when pain wakes you every time you turn over",
        "none",
        "ordinary: sleep hygiene",
    ),
    (
        "Body pillow from Dunelm has helped my hips a lot at night, recommend.",
        "none",
        "ordinary: body pillow",
    ),
    (
        "magnesium spray? anyone tried it? friend swears by it",
        "none",
        "ordinary: magnesium question",
    ),
    ("Tried it, did nothing for me but smelt nice.", "none", "ordinary: magnesium reply"),
    (
        "podcast recommendations for insomnia please, something boring but not too boring",
        "none",
        "ordinary: podcast request",
    ),
    (
        "In Our Time on Radio 4. Fascinating, and I am asleep within ten minutes every time.",
        "none",
        "ordinary: podcast reply, formal",
    ),
    (
        "napping in the afternoon ruins my night, but sometimes I really need it. anyone got a "
        "rule for this?",
        "none",
        "ordinary: napping question",
    ),
    ("20 min max and before 3pm is what the OT told me", "none", "ordinary: napping reply"),
    (
        "new mattress topper arrived, memory foam, bit warm but my shoulders are thanking me",
        "none",
        "ordinary: mattress topper",
    ),
    ("finally managed a lie in without my back seizing up", "none", "ordinary: lie in"),
    (
        "weighted blanket is too heavy on my joints, gave up after 2 nights",
        "none",
        "ordinary: weighted blanket",
    ),
    (
        "Awake at 5 with the birds, so I've made a tea and I'm watching the sky go pink. Not "
        "the worst.",
        "none",
        "ordinary: early morning",
    ),
    (
        "Got my pain clinic follow up through for January, only been waiting since June lol",
        "none",
        "ordinary: pain clinic wait",
    ),
    (
        "GP appointment today, finally got someone to listen about my shoulder. Referred for a "
        "scan.",
        "none",
        "ordinary: GP listened",
    ),
    (
        "MRI tomorrow. not looking forward to the noise, anyone got tips for lying still that "
        "long?",
        "none",
        "ordinary: MRI nerves",
    ),
    (
        "Ask for the headphones and a pillow under your knees, and close your eyes before you "
        "go in.",
        "none",
        "ordinary: MRI tips",
    ),
    (
        "physio discharged me with a sheet of exercises and a wave. hmm",
        "none",
        "ordinary: physio discharge",
    ),
    ("rheumatology appointment moved AGAIN. 3rd time", "none", "ordinary: appointment moved"),
    (
        "Take a list with you to the GP like they said on the course, works every time for me.",
        "none",
        "ordinary: GP list tip",
    ),
    (
        "has anyone been referred to the fatigue clinic? what happens there?",
        "none",
        "ordinary: fatigue clinic",
    ),
    (
        "I went last year, it's like a mini PMP for energy. Worth it.",
        "none",
        "ordinary: fatigue clinic reply",
    ),
    (
        "hospital appointment letter says 9am at the Brunel building, where do i park for that?",
        "none",
        "hard neg: 'letter' innocent, appointment",
    ),
    (
        "GP surgery has gone to the online triage thing, took me 40 mins to fill in",
        "none",
        "ordinary: online triage",
    ),
    (
        "blood tests tomorrow, fasting from tonight. Going to be a grump by 10am",
        "none",
        "hard neg: 'tonight' innocent, fasting",
    ),
    (
        "Ive got the nerve conduction study next week, is it painful?",
        "none",
        "ordinary: nerve conduction question",
    ),
    (
        "It's a bit zingy but over quickly. Like static shocks. You'll be fine.",
        "none",
        "ordinary: nerve conduction reply",
    ),
    (
        "Dentist at 2, physio at 4, basically a full time job being ill lol",
        "none",
        "ordinary: busy appointments",
    ),
    (
        "My consultant has retired so I'm on a new one. Fingers crossed she's as good.",
        "none",
        "ordinary: new consultant",
    ),
    (
        "got my steroid injection in my hip today, numb for now, will report back",
        "none",
        "ordinary: hip injection",
    ),
    (
        "injection update: best I've walked in months. ask about them if you have hip pain",
        "none",
        "ordinary: injection update",
    ),
    (
        "physio said my core is 'better than expected' which i'm choosing to take as a compliment",
        "none",
        "ordinary: physio compliment",
    ),
    ("moved my dentist to come to the meeting lol priorities", "none", "ordinary: priorities joke"),
    (
        "Does anyone know if the pain clinic still does the acupuncture sessions?",
        "none",
        "ordinary: acupuncture question",
    ),
    (
        "The OT is coming round on Friday to look at rails for the bathroom. Any tips on what "
        "to ask for?",
        "none",
        "ordinary: OT visit",
    ),
    (
        "Ask about a perching stool for the kitchen. Best thing I've had from them.",
        "none",
        "ordinary: OT tip",
    ),
    (
        "anyone on amitriptyline get the really dry mouth? sucking sweets all night",
        "none",
        "hard neg: medicine side effect, amitriptyline",
    ),
    (
        "Yes! Sugar free mints by the bed and a water bottle. It got better after a few weeks "
        "for me.",
        "none",
        "hard neg: medicine tip reply",
    ),
    (
        "gabapentin makes me so foggy, walked into the fridge door this morning",
        "none",
        "hard neg: medicine side effect, gabapentin fog",
    ),
    (
        "Is it ok to use ibuprofen gel with co-codamol? The pharmacist was busy and I forgot to"
        " ask.",
        "none",
        "hard neg: medicine question, co-codamol",
    ),
    (
        "repeat prescription didnt go through again. 3rd month running. the surgery blame the "
        "chemist, the chemist blame the surgery",
        "none",
        "ordinary: repeat prescription grumble",
    ),
    (
        "nhs app for repeats is much better than ringing, takes 2 mins",
        "none",
        "ordinary: NHS app tip",
    ),
    (
        "my dosette box is a lifesaver, no more wondering if ive taken the morning ones",
        "none",
        "hard neg: idiom 'lifesaver', dosette box",
    ),
    (
        "Does the chemist do dosette boxes for free or do you pay?",
        "none",
        "ordinary: dosette question",
    ),
    (
        "Mine does them free but you have to ask the GP to put it on your notes.",
        "none",
        "ordinary: dosette reply",
    ),
    (
        "travelling to Tenerife in feb with my morphine, do i need a letter from the doctor?",
        "none",
        "hard neg: travelling with morphine, letter",
    ),
    (
        "Yes get a letter, keep it all in the original boxes in your hand luggage, and check "
        "the rules for where you're going. Went to Spain fine with mine.",
        "none",
        "hard neg: travel meds advice",
    ),
    (
        "pregabalin weight gain is real, put on a stone since I started",
        "none",
        "hard neg: medicine side effect, pregabalin weight",
    ),
    (
        "Has anyone come off tramadol? Doctor wants to taper me over 8 weeks. Bit nervous about"
        " the withdrawal side of it.",
        "none",
        "hard neg: supervised tramadol taper",
    ),
    (
        "I tapered off tramadol last year with my GP, slowly. Few rough weeks with the sweats "
        "but I feel much clearer now.",
        "none",
        "hard neg: past taper, better now",
    ),
    (
        "butrans patches giving me an itchy rash, where do you all stick yours?",
        "none",
        "hard neg: patches side effect",
    ),
    (
        "forgot my tablets this morning, nipping home for them, back in 5",
        "none",
        "hard neg: 'tablets' innocent",
    ),
    (
        "new med is duloxetine, day 4, bit queasy. Taking it with food helps.",
        "none",
        "hard neg: new medicine side effects",
    ),
    (
        "Can you drink on pregabalin? Just a glass of wine at my niece's wedding.",
        "none",
        "hard neg: medicine and alcohol question",
    ),
    (
        "fentanyl patch day today, i always change mine on a sunday so i remember",
        "none",
        "hard neg: fentanyl patch routine",
    ),
    (
        "does the chemist near the fire station open on sundays? ran out of paracetamol",
        "none",
        "hard neg: 'ran out' paracetamol, chemist",
    ),
    (
        "Co-codamol has paracetamol in it so don't take extra paracetamol on top. I learnt that"
        " from the pharmacist last week!",
        "none",
        "hard neg: dose safety, co-codamol/paracetamol",
    ),
    (
        "My GP is reviewing all my pain meds next month, anyone had a med review? What do they "
        "ask?",
        "none",
        "hard neg: medication review question",
    ),
    (
        "Medication review done. We're reducing the morphine slowly, I've been wanting to for "
        "ages. Feel good about it.",
        "none",
        "hard neg: supervised morphine reduction",
    ),
    ("naproxen on an empty stomach = never again", "none", "ordinary: naproxen lesson"),
    (
        "Omeprazole with the anti inflammatories, my GP added it to protect my stomach",
        "none",
        "ordinary: stomach protection",
    ),
    (
        "anyone else find amitriptyline gives them vivid dreams? last night I was on a pirate ship",
        "none",
        "hard neg: amitriptyline dreams",
    ),
    (
        "Took my old gabapentin back to the chemist now I've switched to pregabalin, they "
        "dispose of them properly.",
        "none",
        "hard neg: returning old meds to chemist",
    ),
    (
        "side effects leaflet for this new one is longer than my arm 😂",
        "none",
        "ordinary: leaflet joke",
    ),
    (
        "Diazepam for the MRI, anyone had that? Just a one-off for the claustrophobia.",
        "none",
        "hard neg: diazepam one-off for MRI",
    ),
    (
        "pharmacy had a shortage of my HRT AND my naproxen this month. ring round before you go",
        "none",
        "ordinary: pharmacy shortage",
    ),
    (
        "how long did sertraline take to kick in for you? im on week 2 and gp said give it 6",
        "none",
        "hard neg: sertraline question",
    ),
    (
        "Tip: take a photo of your prescription list on your phone, saves so much hassle at "
        "appointments.",
        "none",
        "ordinary: prescription photo tip",
    ),
    (
        "does anyone use the boots pharmacy delivery? is it reliable?",
        "none",
        "ordinary: pharmacy delivery",
    ),
    (
        "codeine constipation is no joke, prune juice and lots of water",
        "none",
        "hard neg: codeine side effect",
    ),
    (
        "do i need to tell dvla about being on morphine? getting conflicting info",
        "none",
        "hard neg: morphine and driving question",
    ),
    ("PIP assessment next tuesday, phone one. any tips?", "none", "ordinary: PIP assessment"),
    (
        "Describe your worst days, not your best. And have someone with you taking notes. Good "
        "luck x",
        "none",
        "ordinary: PIP tips",
    ),
    (
        "PIP award letter came! Standard daily living. Relieved.",
        "none",
        "hard neg: 'letter' innocent, PIP award",
    ),
    (
        "mandatory reconsideration went in today, fingers crossed",
        "none",
        "ordinary: mandatory reconsideration",
    ),
    (
        "universal credit want another fit note, GP only does them for a month at a time",
        "none",
        "ordinary: fit note UC",
    ),
    (
        "Work capability assessment form is 30 pages. I'm doing it in chunks, pacing style.",
        "none",
        "ordinary: WCA form pacing",
    ),
    (
        "Citizens Advice helped me fill in my PIP form, they were brilliant. Worth booking.",
        "none",
        "ordinary: Citizens Advice",
    ),
    (
        "back at work 3 days a week now on a phased return. tired but ok",
        "none",
        "ordinary: phased return",
    ),
    (
        "Access to Work paid for my sit stand desk, if anyone's employed look into it",
        "none",
        "ordinary: Access to Work",
    ),
    (
        "occupational health at work were actually decent today, they're getting me a better "
        "chair and I can work from home on bad days",
        "none",
        "ordinary: occupational health",
    ),
    (
        "boss asked me to do a full week over christmas, said no politely. proud of myself",
        "none",
        "ordinary: saying no at work",
    ),
    (
        "Finished work for good last Friday, early retirement on ill health grounds. Feels "
        "strange but I'm looking forward to more time on the allotment.",
        "none",
        "hard neg: 'finished for good' = ill-health retirement",
    ),
    ("blue badge renewal form done, took 3 days in bits", "none", "ordinary: blue badge form"),
    (
        "council tax reduction, anyone applied? heard you can get it with PIP",
        "none",
        "ordinary: council tax question",
    ),
    (
        "Carer's Allowance question: my daughter helps me most days, can she claim?",
        "none",
        "ordinary: carer's allowance",
    ),
    (
        "She can if you get the daily living part of PIP and she does 35 hours a week. Check on"
        " the website.",
        "none",
        "ordinary: carer's reply",
    ),
    (
        "new job interview on monday!! part time admin at the school",
        "none",
        "ordinary: job interview",
    ),
    ("got the job 🎉 starts in january, 16 hours", "none", "ordinary: got the job"),
    (
        "Told my manager about the fibro, she was really understanding. Reasonable adjustments "
        "form next.",
        "none",
        "ordinary: disclosure at work",
    ),
    (
        "tribunal date through for my PIP appeal. march. long wait",
        "none",
        "ordinary: tribunal date",
    ),
    ("won my appeal!! 8 months of stress but we got there", "none", "ordinary: won appeal"),
    (
        "self employed and pain is a tricky mix. some weeks I earn nothing some weeks loads",
        "none",
        "ordinary: self employed",
    ),
    (
        "works christmas do tonight, going for an hour then home to my pjs",
        "none",
        "hard neg: 'tonight' innocent, work do",
    ),
    ("anyone watching the new series of Traitors?", "none", "ordinary: TV"),
    ("Happy birthday Linda!! hope you're being spoilt 🎂", "none", "ordinary: birthday wishes"),
    (
        "Thanks all, lovely day, cake and a film with the grandkids.",
        "none",
        "ordinary: birthday thanks",
    ),
    ("Grandkids for the weekend so wish me luck 😂", "none", "ordinary: grandkids weekend"),
    (
        "just finished the new Richard Osman, anyone want to borrow it?",
        "none",
        "ordinary: book lending",
    ),
    ("I'll have it after you Maureen x", "none", "ordinary: book reply"),
    ("Strictly final on saturday, who are you backing", "none", "hard neg: 'final' innocent, TV"),
    (
        "there was a bit on BBC breakfast this morning about chronic pain, quite good actually",
        "none",
        "ordinary: TV news",
    ),
    (
        "saw an article saying fibro might be an immune thing, anyone else see it?",
        "none",
        "ordinary: news article",
    ),
    (
        "Radio 4 had a programme on pain clinics yesterday. Worth a listen on Sounds.",
        "none",
        "ordinary: radio programme",
    ),
    (
        "bought a new pair of trainers with proper cushioning, feet are singing",
        "none",
        "ordinary: trainers",
    ),
    (
        "Does anyone know a good cleaner in the Downend area? Hoovering is beyond me these days.",
        "none",
        "ordinary: cleaner recommendation",
    ),
    ("cat has decided my heat pad is hers now", "none", "ordinary: cat"),
    (
        "Merry Christmas everyone, hope you all get a bit of rest x",
        "none",
        "ordinary: christmas wishes",
    ),
    ("Happy new year! Here's to more good days than bad", "none", "ordinary: new year wishes"),
    (
        "Thank you all for the cards. I was very touched.",
        "none",
        "ordinary: thanks for cards, formal",
    ),
    (
        "pics from the outing to the gardens are in the group photos 🌸",
        "none",
        "ordinary: outing photos",
    ),
    (
        "Next outing suggestion: Westonbirt arboretum in the autumn? They do mobility scooters.",
        "none",
        "ordinary: outing suggestion",
    ),
    ("Watched the rugby with my feet up, sound", "none", "ordinary: rugby"),
    ("Knitted my first hat since my hands went bad. Wonky but warm.", "none", "ordinary: knitting"),
    (
        "My granddaughter taught me how to do voice notes so expect more of them!",
        "none",
        "ordinary: voice notes",
    ),
    (
        "my back is killing me today, anyone else? weather i reckon",
        "none",
        "hard neg: idiom 'killing me', weather",
    ),
    ("could murder a cuppa and a bacon roll right now", "none", "hard neg: idiom 'could murder'"),
    (
        "dying to see you all on thursday, its been too long!",
        "none",
        "hard neg: idiom 'dying to see you'",
    ),
    ("these new shoes are killing my feet 😩", "none", "hard neg: idiom 'killing my feet'"),
    (
        "I nearly died laughing at Pete's story about the mobility scooter and the duck pond.",
        "none",
        "hard neg: idiom 'nearly died laughing'",
    ),
    ("knees are screaming today lol", "none", "ordinary: hyperbole knees"),
    ("If one more person tells me to try yoga I'll scream 😂", "none", "ordinary: yoga joke"),
    ("id kill for a decent nights sleep tbh", "none", "hard neg: idiom 'kill for', sleep"),
    (
        "dead on my feet after the christmas shopping but got everything",
        "none",
        "hard neg: idiom 'dead on my feet'",
    ),
    ("that cheesecake at the cafe was to die for", "none", "hard neg: idiom 'to die for'"),
    ("bored to death of this weather", "none", "hard neg: idiom 'bored to death'"),
    (
        "My husband's snoring will be the death of me.",
        "none",
        "hard neg: idiom 'death of me', snoring",
    ),
    (
        "the pain in my hip is murder today, the cold i think",
        "none",
        "hard neg: idiom 'murder', hip",
    ),
    (
        "so nervous about my PIP call I could be sick, wish me luck",
        "none",
        "ordinary: nerves before PIP call",
    ),
    ("im dead 😂😂 that video Karen sent", "none", "hard neg: slang 'i'm dead' = laughing"),
    (
        "my fingers are dead from the cold, typing with my nose",
        "none",
        "hard neg: hyperbole 'fingers are dead', cold",
    ),
    (
        "this cold has knocked me for six, two weeks now and still coughing",
        "none",
        "ordinary: cold knocked me for six",
    ),
    (
        "gardening today absolutely wiped me out but the beds look great",
        "none",
        "ordinary: gardening tired",
    ),
    ("my legs have gone on strike today 😂", "none", "ordinary: legs on strike"),
    (
        "what I wouldn't give for a proper soak in the bath, cant get out of ours. shower it is",
        "none",
        "ordinary: bath wish",
    ),
    (
        "I'm dying for the loo every half hour on these new tablets, anyone else?",
        "none",
        "hard neg: idiom 'dying for the loo', side effect",
    ),
    (
        "that meeting was the highlight of my week, my cheeks hurt from laughing",
        "none",
        "ordinary: laughing at meeting",
    ),
    ("knackered. absolutely cream crackered.", "none", "ordinary: knackered"),
    (
        "the pain was off the scale yesterday but it's back to a 5 today which for me is a good"
        " day",
        "none",
        "ordinary: pain score good day",
    ),
    ("dentist today, pray for me lol", "none", "ordinary: dentist joke"),
    (
        "Bye for now everyone, moving to Cornwall next month to be near my daughter! I'll look "
        "for a group down there but will keep popping in here x",
        "none",
        "hard neg: benign goodbye, moving house",
    ),
    (
        "Off to Lanzarote for two weeks tomorrow, see you all when I'm back with a tan and "
        "hopefully less stiff knees!",
        "none",
        "hard neg: benign goodbye, holiday",
    ),
    (
        "Taking a little break from the board over christmas, family staying and I want to be "
        "present with them. Back in January x",
        "none",
        "hard neg: break from board with return",
    ),
    (
        "goodbye from me for now, I'm switching to the Thursday group in Keynsham as its a 5 "
        "min walk. Thanks for everything, see some of you at the big gathering in spring",
        "none",
        "hard neg: goodbye, moving to another group",
    ),
    (
        "Last meeting for me as coordinator, handing over to Dawn from January. I'll still "
        "come, I just won't be the one nagging you about RSVPs 😂",
        "none",
        "hard neg: 'last meeting' as coordinator, handover",
    ),
    (
        "This will be my last post for a couple of weeks, having my knee done on Monday. Will "
        "update when I'm home and sitting up.",
        "none",
        "hard neg: 'last post' before knee op",
    ),
    ("signing off for tonight, night all x", "none", "hard neg: 'signing off for tonight'"),
    (
        "Goodbye to the old kitchen, new one goes in Monday! No more reaching up to high cupboards",
        "none",
        "hard neg: goodbye to old kitchen",
    ),
    (
        "said goodbye to my little car today, swapped it for an automatic. the clutch was "
        "murder on my knee",
        "none",
        "hard neg: goodbye to car, 'murder' idiom",
    ),
    (
        "We're moving house on the 20th so I'll miss December's meet, but the new place is only"
        " 10 mins further. See you all in Jan",
        "none",
        "hard neg: moving house, missing meeting",
    ),
    (
        "Farewell drinks for Jean at the Red Lion on Friday, she's moving to Scotland to be "
        "near her son. Come and wave her off!",
        "none",
        "hard neg: farewell drinks for member moving",
    ),
    (
        "so long and thanks for all the cake! off to my daughters in Australia for 3 months, "
        "will post pics x",
        "none",
        "hard neg: goodbye, long trip",
    ),
    (
        "leaving the whatsapp group as we've got everything on this app now, see you all on here",
        "none",
        "hard neg: leaving whatsapp, staying on app",
    ),
    (
        "I'm stepping back from coordinating for a while with the new grandson arriving, but "
        "I'm not going anywhere!",
        "none",
        "hard neg: stepping back from coordinating",
    ),
    ("Thats me done for today, see you all thursday", "none", "ordinary: done for today"),
    ("Night all, early start for my infusion tomorrow x", "none", "ordinary: goodnight, infusion"),
    (
        "Thank you all for the send-off yesterday. Retirement starts now! I'll still come to "
        "the group, I've got more time than ever.",
        "none",
        "hard neg: send-off, retirement",
    ),
    (
        "Off grid for a week at a cottage in Wales with no signal, bliss. Back on the 12th.",
        "none",
        "hard neg: off grid holiday with return date",
    ),
    (
        "last time I'll be able to come for a while, starting a college course on tuesdays from"
        " january! will come to the evening ones x",
        "none",
        "hard neg: 'last time' for a while, college",
    ),
    (
        "Anyone know how to get rid of old medicines properly? Clearing mum's bathroom cabinet "
        "after she moved into the care home and it's full of out of date stuff.",
        "none",
        "hard neg: clearing mum's old medicines for disposal",
    ),
    (
        "Got 3 months of pregabalin for my trip to see my son in Canada, GP signed a letter for"
        " customs. Anyone done this? Worried about the airport.",
        "none",
        "hard neg: travel supply of pregabalin, letter",
    ),
    (
        "The pharmacist lined up all my boxes on the counter and went through each one with me "
        "at the medication review. Really helpful, she spotted two I didn't need any more.",
        "none",
        "hard neg: pharmacist 'lined up' boxes at review",
    ),
    (
        "my tablets are all in the dosette now, took half an hour on a sunday night but the "
        "week is sorted",
        "none",
        "hard neg: sorting tablets into dosette",
    ),
    (
        "I've decided to stop the amitriptyline with my GP's help as the morning grogginess is "
        "too much, we're trying something else instead",
        "none",
        "hard neg: 'decided' to stop amitriptyline with GP",
    ),
    (
        "Does anyone else get the tramadol itch? Mine's mostly my back and scalp.",
        "none",
        "hard neg: tramadol side effect",
    ),
    (
        "How many hours apart should I leave ibuprofen? Box says 4 but my GP said 6 to 8",
        "none",
        "hard neg: dose spacing question",
    ),
    (
        "fentanyl patches are so hard to get off, the sticky stuff stays for days. baby oil works",
        "none",
        "hard neg: fentanyl patch removal tip",
    ),
    (
        "Three years ago I was in a really dark place with my back, barely going out. The PMP "
        "and this lot changed that. Today I walked round the lake with my grandson. Just wanted"
        " to say thanks.",
        "none",
        "hard neg: past dark place, better now",
    ),
    (
        "When I started the course I honestly couldn't see how things would get better. Two "
        "years on I'm volunteering at the charity shop twice a week. Slow going but it does get"
        " better.",
        "none",
        "hard neg: past hopelessness, better now",
    ),
    (
        "this time last year I couldnt drive, now im doing the school run again. little steps",
        "none",
        "hard neg: past recovery, driving again",
    ),
    (
        "I remember sitting in the car park before my first PMP session nearly going home "
        "because I was so anxious. So glad I went in.",
        "none",
        "hard neg: past anxiety, car park",
    ),
    (
        "Used to be on five different painkillers and felt like a zombie. Down to two now with "
        "my GP and I actually feel like me again.",
        "none",
        "hard neg: past medicines, fewer now",
    ),
    (
        "Before the programme I'd stopped going anywhere, I wouldn't even answer the door. "
        "Feels like a different person now. Had 6 round for Sunday lunch yesterday.",
        "none",
        "hard neg: past withdrawal, now social",
    ),
    (
        "Four years since my spinal op went wrong and for a long time I was so angry. I'm not "
        "saying I'm happy about it but I've made peace with it and I've got a life again.",
        "none",
        "hard neg: 'made peace', past anger",
    ),
    (
        "I was on the sofa for most of 2022. Now I'm on the allotment committee. If you're at "
        "the start, hang in there.",
        "none",
        "hard neg: past sofa year, now committee",
    ),
    (
        "Honestly after my diagnosis I thought my life was over. It wasn't, it was just "
        "different. Took me a while to see it.",
        "none",
        "hard neg: past 'life was over' after diagnosis",
    ),
    (
        "The PTV on our course said she'd been where we were and I didn't believe her. Now I'm "
        "training to be one myself!",
        "none",
        "hard neg: past disbelief, now training as PTV",
    ),
    (
        "I had a bad patch in the spring, low and not sleeping. The GP and talking therapies "
        "helped a lot and I'm in a much better place now. Don't be afraid to ask.",
        "none",
        "hard neg: past low patch, help sought, better",
    ),
    (
        "Looking back at my pain diary from 2 years ago the difference is incredible. I was at "
        "an 8 most days, now mostly 4 or 5, and I know what to do when it spikes.",
        "none",
        "hard neg: past pain diary, improvement",
    ),
    (
        "A year ago I would have cancelled today. Went to my niece's wedding, danced one dance,"
        " sat the rest out, loved every minute.",
        "none",
        "hard neg: past cancelling, now going out",
    ),
    (
        "I used to think asking for help made me weak. This group has taught me otherwise.",
        "none",
        "ordinary: asking for help",
    ),
    (
        "My CRPS was so bad in 2021 I couldn't wear a shoe. Walked 2 miles on Sunday. Keep "
        "going everyone.",
        "none",
        "hard neg: past CRPS, now walking",
    ),
    (
        "Walked over the Clifton suspension bridge with my sister and had an ice cream at the "
        "other end. First proper walk since my op!",
        "none",
        "hard neg: 'bridge' innocent, walk",
    ),
    (
        "roadworks on the A38 again, took an hour to get to the hospital",
        "none",
        "hard neg: 'road' innocent, roadworks",
    ),
    (
        "car's in the garage for its MOT so I'm on the bus this week",
        "none",
        "hard neg: 'garage' and 'car' innocent, MOT",
    ),
    (
        "spent the afternoon sorting the shed with hubby, found my old fishing gear. might take"
        " it up again, sitting down of course",
        "none",
        "hard neg: 'shed' innocent",
    ),
    (
        "need a new washing line rope, ours snapped in the wind. anyone know if the pulley ones"
        " are easier on the shoulders?",
        "none",
        "hard neg: 'rope' innocent, washing line",
    ),
    (
        "Got some of those chunky handled knives from the OT, I can actually chop veg again!",
        "none",
        "hard neg: 'knives' innocent, OT aids",
    ),
    (
        "train strike next week so if you're coming in from Weston, check before you travel",
        "none",
        "hard neg: 'train' innocent, strike",
    ),
    (
        "Meet outside the station at 10.30 and we'll walk up together slowly",
        "none",
        "hard neg: 'station' innocent, meeting point",
    ),
    (
        "Plan for the next meeting: tea, cake, and the relaxation CD Sue brought back",
        "none",
        "hard neg: 'plan' innocent, meeting",
    ),
    (
        "Final reminder: RSVPs for the christmas meal by Friday please!",
        "none",
        "hard neg: 'final reminder' innocent",
    ),
    (
        "End of an era, the Orchard Cafe is closing in January. We'll need somewhere new.",
        "none",
        "hard neg: 'end of an era', cafe closing",
    ),
    (
        "I'll give away my old walking frame to anyone who needs one, I've upgraded to a "
        "rollator with a seat. Free to a good home!",
        "none",
        "hard neg: giving away walking frame, upgraded",
    ),
    (
        "Giving away a bag of wool and some knitting needles, my hands prefer crochet these "
        "days. Anyone want it for the craft session?",
        "none",
        "hard neg: giving away wool, switched hobby",
    ),
    (
        "you're better off asking the pharmacist, they know more than the receptionist lol",
        "none",
        "hard neg: 'better off' innocent, pharmacist",
    ),
    (
        "Had a letter from the pain clinic asking for feedback on the PMP, I said lovely things",
        "none",
        "hard neg: 'letter' innocent, feedback",
    ),
    (
        "I will be there, will bring biscuits, will try not to eat them all in the car",
        "none",
        "hard neg: 'will' innocent",
    ),
    (
        "Tonight's the night, finally seeing Michael Bublé at the arena! Booked the accessible "
        "seats 🎶",
        "none",
        "hard neg: 'tonight's the night' concert",
    ),
    (
        "Peace and quiet at last, grandkids gone home. Love them to bits but I'm shattered",
        "none",
        "hard neg: 'peace' innocent, grandkids gone",
    ),
    (
        "I've decided to try the hydro pool in the new year, Gill made it sound brilliant",
        "none",
        "hard neg: 'decided' innocent, hydro",
    ),
    (
        "Anyone want my old TENS machine? Got a new one for christmas, this one still works "
        "fine, free to whoever wants it",
        "none",
        "hard neg: giving away TENS machine, got new one",
    ),
    (
        "bridge club on mondays is my brain exercise, body's rubbish but I'm a demon at no trumps",
        "none",
        "hard neg: 'bridge' innocent, card game",
    ),
    (
        "the hospital lift was broken so a porter took us round the back way, like a secret tunnel",
        "none",
        "ordinary: hospital lift broken",
    ),
    (
        "got my patches sorted for the holiday, one for each week plus a spare in case one "
        "comes off in the pool",
        "none",
        "hard neg: patches for holiday with spare",
    ),
    (
        "the walk along the canal towpath is nice and flat, benches every 200m or so",
        "none",
        "hard neg: water innocent, canal walk",
    ),
    (
        "Sea swimming group at Clevedon does a gentle dip on Sundays, apparently the cold is "
        "good for inflammation? anyone tried?",
        "none",
        "hard neg: water innocent, sea swimming",
    ),
    (
        "Going to write a letter to the council about the broken pavement on our road, someone "
        "will go flying",
        "none",
        "hard neg: 'letter' and 'road' innocent, council",
    ),
    (
        "I'm done with this hoover, it weighs a ton. New one ordered.",
        "none",
        "hard neg: 'I'm done with' innocent, hoover",
    ),
    (
        "first time on the motorway since the accident 5 years ago. did it! white knuckles but "
        "did it",
        "none",
        "hard neg: 'car' and motorway, past accident, now driving",
    ),
    (
        "All my old PMP handouts are going in a folder so I don't lose them again",
        "none",
        "ordinary: handouts folder",
    ),
    (
        "Tying up loose ends before Christmas: cards done, presents wrapped, food ordered. Now "
        "I can relax.",
        "none",
        "hard neg: 'tying up loose ends' = christmas prep",
    ),
    (
        "sorted out my wardrobe and took 3 bags to the charity shop, only keeping what I can "
        "get on by myself now. Zips are the enemy",
        "none",
        "hard neg: clearing wardrobe to charity shop, clothes she can manage",
    ),
    (
        "The doctor said the tablets might take a few weeks to work, so I'm giving it till "
        "Christmas before deciding",
        "none",
        "hard neg: 'deciding' innocent, new tablets",
    ),
    (
        "Last post before I head off to my sister's: January venue is confirmed, Red Lion back "
        "room, 12 till 2 😊",
        "none",
        "hard neg: 'last post before I head off' with venue info",
    ),
    (
        "went to see Wicked at the cinema, long time to sit so I stood at the back for the last"
        " half hour",
        "none",
        "ordinary: film, long sitting",
    ),
    (
        "im going to sleep for a week after this weekend lol, wedding and a hen do",
        "none",
        "hard neg: idiom 'sleep for a week'",
    ),
    (
        "Gave notice on my flat today! Moving to a bungalow, no more stairs. So excited",
        "none",
        "hard neg: 'gave notice' = moving to bungalow",
    ),
    (
        "final hydro session today, I'm going to miss it. signed up to the community pool "
        "instead so I can keep going",
        "none",
        "hard neg: 'final' innocent, hydro ending",
    ),
    (
        "no plans this weekend except a hot bath and a good book. bliss",
        "none",
        "hard neg: 'this weekend' innocent, no plans",
    ),
    (
        "we have a plan for saturday: garden centre, cake, home by 3 before the pain kicks in",
        "none",
        "hard neg: 'plan' and 'saturday' innocent",
    ),
    (
        "Finished the jigsaw! 1000 pieces, 3 weeks at 20 mins a day. Pacing works 😂",
        "none",
        "ordinary: jigsaw pacing",
    ),
    ("on my way", "none", "ordinary: one-liner"),
    ("here, table by the window", "none", "ordinary: one-liner, at venue"),
    ("who has the key for the hall this week", "none", "ordinary: key question"),
    ("sorry cant do fridays, thats my hydro day", "none", "ordinary: RSVP no, hydro day"),
    ("tues 10.30 works", "none", "ordinary: one-liner"),
    ("Is it this week or next?", "none", "ordinary: date check"),
    ("next week Maggie x", "none", "ordinary: reply"),
    ("yes from me, no from Brian (he's at the football)", "none", "ordinary: RSVP for two"),
    ("just back from the meet, shattered but happy", "none", "ordinary: after meeting"),
    ("thanks for the lift Sheila xx", "none", "ordinary: thanks for lift"),
    (
        "anyone know if the cafe takes cards? only got my phone",
        "none",
        "ordinary: card payment question",
    ),
    ("they take card and apple pay", "none", "ordinary: reply"),
    (
        "great meeting, loved the idea of a walking group in spring. flat routes only please 😂",
        "none",
        "ordinary: walking group idea",
    ),
    (
        "Bit of a ramble sorry. Week from hell with the fibro, the weather turned and my whole "
        "left side went, then the washing machine flooded the kitchen and the man couldnt come "
        "till Thursday. BUT I remembered what we said about doing one thing at a time, so I "
        "rang the landlord, had a sit down, did my breathing, then mopped in bits. Kitchen is "
        "dry, I'm sore but ok, and my neighbour brought round a shepherd's pie which was lovely"
        " of her. Looking forward to seeing everyone on the 12th x",
        "none",
        "ordinary: long ramble, flare and week",
    ),
    (
        "So I finally sat down with the PIP form this week. I did what someone here suggested "
        "and only did one section a day with a timer, and I kept a notebook next to me all week"
        " writing down every time I struggled with something so I had real examples. It took 9 "
        "days but it's in the post and I've kept a copy. Citizens Advice are checking it over "
        'first. Honestly without the tips from this group I\'d have put "I manage fine" on every'
        " page like last time.",
        "none",
        "ordinary: long ramble, PIP form and pacing",
    ),
    (
        "Dear all, I thought I would report back on the garden centre cafe, as I went on "
        "Tuesday with my husband to have a look. The parking is close to the door and there are"
        " two disabled bays. The chairs are firm with arms, the toilets are on the same level, "
        "and it was quiet until about twelve when the coach party arrived. They would let us "
        "book the corner table for up to ten people if we ring the week before. The scones were"
        " excellent. I would suggest we try it for February.",
        "none",
        "ordinary: long ramble, older writer, venue review",
    ),
    (
        "right so rheumatology today, waited an hour and a half but the new consultant was "
        "lovely. she wants to try me on a different anti inflammatory and add a stomach "
        "protector, and she's referring me to the hand clinic for splints which i didnt even "
        "know existed. also said my bloods were fine which is a relief. came home and had a "
        "nap. anyone had the hand clinic splints? are they the wrist ones or the finger ones",
        "none",
        "ordinary: long ramble, meds and appointment",
    ),
    (
        "ngl work has been a lot this month. im 26 and everyone there assumes im fine cos i "
        "look fine. finally did the reasonable adjustments meeting with HR and they agreed to "
        "let me start at 10 on bad days and gave me a proper chair. felt weird asking but my "
        "pmp lot gave me a pep talk beforehand so cheers guys. gonna try to make the evening "
        "meet next week if the trains behave",
        "none",
        "ordinary: long ramble, young voice, work",
    ),
    (
        "Last day of the caravan holiday today so I'm saying goodbye to the sea view 🌊 it's "
        "been a good week. I paced myself better than usual, a little walk in the morning, a "
        "rest after lunch, and a sit by the harbour in the evenings. Only one bad night with "
        "the hip. Driving back tomorrow with a stop every hour. Will bring fudge to the next "
        "meet!",
        "none",
        "hard neg: long ramble, 'last' and 'goodbye' innocent, holiday",
    ),
    (
        "Sleep update for those who asked. Stuck to the same bedtime for a fortnight, no tablet"
        " in bed, a warm (not hot) bath at 9, and the radio on low. Still waking twice but "
        "getting back off quicker. The pain hasnt changed but I'm less of a zombie in the day, "
        "which is something. Going to keep going through December and see.",
        "none",
        "ordinary: long ramble, sleep routine",
    ),
    ("love this group x", "none", "ordinary: one-liner"),
    ("same here tbh", "none", "ordinary: one-liner"),
    ("brrr", "none", "ordinary: one-liner, weather"),
    ("🙌", "none", "ordinary: one-liner, emoji"),
    ("bad hip day, staying in with the heat pad", "none", "ordinary: one-liner, flare"),
    (
        "Best thing I bought this year was a heated throw from Lidl, £30 and costs pennies to run",
        "none",
        "ordinary: heated throw recommendation",
    ),
    (
        "has anyone hired a mobility scooter from shopmobility in Cabot Circus? how does it work",
        "none",
        "ordinary: scooter query",
    ),
    (
        "You register once with ID and then just ring to book. Staff are lovely.",
        "none",
        "ordinary: scooter reply",
    ),
    (
        "told the grandkids grandad's knees only do 20 minutes of football now, they've made me"
        " goalkeeper with a chair in the goal",
        "none",
        "ordinary: grandkids and pacing",
    ),
    (
        "aqua aerobics this morning. I am the slowest noodle in the pool but I was there",
        "none",
        "ordinary: swimming joke",
    ),
    (
        "planted the tulip bulbs in pots on the patio, sitting on the step. spring me will be "
        "pleased",
        "none",
        "ordinary: spring bulbs",
    ),
    (
        "Handover note for Dawn: venue contact is Mike at the Red Lion, deposit paid to end of "
        "March, the poll link is pinned at the top. Thank you for taking it on!",
        "none",
        "ordinary: coordinator rota handover",
    ),
    (
        "would anyone be up for a craft afternoon instead of a chat one? i can bring paper and "
        "glue for cards",
        "none",
        "ordinary: new group idea",
    ),
]
