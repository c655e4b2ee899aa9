"""Labelled training posts, set M (mixed, realistic proportions, many voices). Written on
2026-11-26 by a helper session (an AI assistant) for pmp-followon, from the design rules in
safeguarding.md (rules 1-5), domain.md and the participant quotes in the seed paper, without
reference to the screener or its tests. Every post is invented: it imitates a year of one
follow-on group's message board written by recognisable members (a retired miner, a young mum
with CRPS, a nurse off sick, a carer, a formal older man, an emoji user, a dyslexic writer,
members whose first language is Urdu or Polish). There are 360 posts: 90 "high", 90 "medium" and
180 "none" (half ordinary, half hard negatives such as pain idioms, benign goodbyes, medicine
routine, recovery stories and innocent uses of risky words). They are for training and checking
the triage screener, which sends worrying posts to a clinician for human review; they are not
risk predictions about anyone.
"""

SAMPLES_TRAIN_M: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "Happy new year everybody! Szczesliwego Nowego Roku!",
        "none",
        "ordinary: new year greeting in Polish",
    ),
    (
        "Spent the afternoon in the shed sorting me fishing tackle. Season starts soon.",
        "none",
        "hard neg: 'shed' (sorting fishing tackle)",
    ),
    (
        "Yesterday I gave all my gold to my daughters. All of it. They ask why, I say you "
        "keep now, I will not need. They don't understand.",
        "high",
        "high: giving all jewellery away, 'I will not need'",
    ),
    (
        "I'm nothing but a nuisance to my family now. They take it in turns to visit me, "
        "like a rota. I can see it in their faces.",
        "medium",
        "medium: burden, older voice",
    ),
    (
        "this weather will be the death of me lol. back's like a rusty gate",
        "none",
        "hard neg: idiom 'death of me' (weather)",
    ),
    (
        "Bridge club was lovely this afternoon. My partner and I came second!",
        "none",
        "hard neg: 'bridge' (bridge club)",
    ),
    (
        "Our lass found me Tuesday night in the garage with the engine running. I'm home "
        "now. Don't know what to say to any of you.",
        "high",
        "high: recent attempt (garage, engine running)",
    ),
    (
        "Weather looks awful Thursday. Shall we do a phone catch up instead? Reply here and "
        "I'll sort it.",
        "none",
        "ordinary: bad weather, phone catch-up",
    ),
    (
        "Can we have the meeting after 3 o'clock? I pick up grandchildren from school at 3.15.",
        "none",
        "ordinary: asks for meeting after school run",
    ),
    (
        "Stopped answering my phone. Haven't opened the post in a fortnight. Just sleeping, "
        "mostly all day.",
        "medium",
        "medium: withdrawal (phone, post unanswered)",
    ),
    (
        "My granddaughter she finish university, she is a pharmacist now. Very proud of her.",
        "none",
        "ordinary: granddaughter qualified",
    ),
    (
        "Lots of plasters on my arms today 🩹🩹🩹 and no it wasn't the cat or the roses 😔",
        "high",
        "high: self-harm implied (plasters, not an accident)",
    ),
    ("Sometime I ask God to take me. I am so tired.", "medium", "medium: passive wish, prayer"),
    (
        "Occy health meeting tomorrow. I genuinely can't cope with any of it. Everything is "
        "too much.",
        "medium",
        "medium: can't cope, everything too much",
    ),
    (
        "whats the point. honestly. nothing ever changes",
        "medium",
        "medium: hopelessness ('what's the point')",
    ),
    (
        "gave my ps5 and all my games to my little brother today. told him to keep them for "
        "good. felt right tbh",
        "high",
        "high: giving possessions away 'for good'",
    ),
    (
        "Blue badge renewal came through. Took 11 weeks but we got there.",
        "none",
        "ordinary: blue badge renewed",
    ),
    (
        "Tried the TENS machine from the chemist. Weird tingly feeling but it takes the edge "
        "off my lower back.",
        "none",
        "ordinary: TENS machine",
    ),
    (
        "A patient's relative wrote me a lovely letter when I was on the ward and I found it "
        "today clearing out a drawer. Made me smile.",
        "none",
        "hard neg: 'letter' (old thank-you letter found)",
    ),
    (
        "I knit hot water bottle covers for everyone in the group. Tell me your favourite colour.",
        "none",
        "ordinary: hot water bottle cover knitted",
    ),
    (
        "sumatriptan or rizatriptan, which works better for you lot? gp says i can try either",
        "none",
        "hard neg: triptan comparison",
    ),
    (
        "taking a break from the board for a few weeks, bit overwhelmed with work and the "
        "notifications. nothing bad, back after half term x",
        "none",
        "hard neg: break from the board with a return",
    ),
    (
        "Had two hours to myself today while Roy was at the day centre. Went round the "
        "charity shops and had a scone. Heaven.",
        "none",
        "ordinary: carer gets time to herself",
    ),
    (
        "My daughter has set up this app for me on the iPad. I hope this is the right place "
        "to write. Hello everyone.",
        "none",
        "ordinary: older member first post on iPad",
    ),
    (
        "anyone tried acupuncture for migraines? the nhs is offering me a course of 6",
        "none",
        "ordinary: acupuncture question",
    ),
    (
        "Our lass does everything for me now. Washes me, dresses me, cuts me toenails. Forty "
        "year married and I'm nowt but a weight round her neck.",
        "medium",
        "medium: burden on wife",
    ),
    (
        "Anyone know how is Tina? She not answer my message since the weekend, her phone go "
        "to voicemail.",
        "medium",
        "medium: concern, member not answering, L2 English",
    ),
    (
        "Just want to give the grandkids one more good Christmas. After that I'll be gone. "
        "I've made my peace with it.",
        "high",
        "high: time with finality (after Christmas) + calm",
    ),
    (
        "did 15 mins on the exercise bike today. small wins",
        "none",
        "ordinary: exercise bike small win",
    ),
    (
        "Lovely meeting today, thank you Carol for organising. Good to see some new faces.",
        "none",
        "ordinary: thanks after meeting",
    ),
    (
        "I take the gabapentin 300 three times a day. I feel dizzy in the morning. Is normal "
        "at the start?",
        "none",
        "hard neg: gabapentin dizziness question",
    ),
    (
        "I have become a considerable burden on my son and his family, and I am uncertain "
        "how long that can reasonably continue.",
        "medium",
        "medium: burden, formal, uncertain how long it can continue",
    ),
    (
        "spent the evening writing birthday cards for everyone for the next few years so "
        "they've still got something from me. feels like the right thing",
        "high",
        "high: cards written in advance for future birthdays",
    ),
    (
        "We're moving to a bungalow in Keynsham next month. No more stairs! I'll still come "
        "to the meetings, it's only one bus.",
        "none",
        "hard neg: moving house, still attending",
    ),
    (
        "anyone else get sent a questionnaire from the pain service? is it worth doing",
        "none",
        "ordinary: pain service questionnaire",
    ),
    (
        "if anyone sees this please tell alfie and poppy their mummy loved them more than "
        "anything in the world",
        "high",
        "high: farewell message for children",
    ),
    (
        "saying bye to our old flat today 😢 so many memories. new place has a downstairs "
        "bathroom tho!!",
        "none",
        "hard neg: saying bye to old flat, moving",
    ),
    (
        "Thank you all for your kind wishes on my birthday. It was a quiet day, which suited "
        "me very well.",
        "none",
        "ordinary: thanks for birthday wishes, formal",
    ),
    (
        "I find a place on the cliffs near Brean Down. I check the tide times already. "
        "Nobody go there in winter.",
        "high",
        "high: place (cliffs) + checked tides, planning",
    ),
    (
        "Pain's killing me today. Weather's turned. Off for a bath.",
        "none",
        "hard neg: idiom 'pain's killing me', nothing else",
    ),
    (
        "Happy Friday lovelies 🎉🍰 treat yourselves to something nice this weekend 💕",
        "none",
        "ordinary: Friday greeting with emojis",
    ),
    (
        "mum's had the kids all week. i just lie in the dark. havent eaten since tuesday",
        "medium",
        "medium: withdrawal, lying in dark, not eating",
    ),
    (
        "does anyone want my dog? shes 6, lovely with kids, house trained. needs to go by "
        "the weekend, i wont be around to look after her after that",
        "high",
        "high: giving pet away with finality + time",
    ),
    (
        "tonight's plan: pyjamas, heat pad, crisps, bake off. perfect",
        "none",
        "hard neg: 'tonight's plan' (pyjamas, Bake Off)",
    ),
    (
        "Good news, I get the job in the office, not the warehouse. I can sit and stand, "
        "they give me special desk.",
        "none",
        "ordinary: new office job with special desk",
    ),
    (
        "how many 30/500 co-codamol would it actually take. asking for real not for a laugh",
        "high",
        "high: means + intent (co-codamol amount question)",
    ),
    (
        "Marek posted something very odd on Sunday and nothing since. Is anyone local to him?",
        "medium",
        "medium: concern, odd post then silence",
    ),
    (
        "he took my phone again and wont let me have my tablets unless i do what he says. on "
        "my mums phone. please dont reply on here he checks it",
        "high",
        "high: coercive control (phone and tablets withheld), secrecy",
    ),
    (
        "finaly got my pip desision. enhanced daily living!! cheers to evry one who helped "
        "with the form",
        "none",
        "ordinary: PIP award, thanks",
    ),
    (
        "Lee lad you can have me fishing gear. Rods, box, the lot. I've no more use for it. "
        "Lad next door's having the pigeons, he knows already.",
        "high",
        "high: giving possessions and pigeons away with finality",
    ),
    (
        "Bought a grabber stick off the market. Best three quid I've spent. Don't have to "
        "bend for owt now.",
        "none",
        "ordinary: grabber stick",
    ),
    (
        "Roy's had a good day today, recognised our daughter straight away. Small things.",
        "none",
        "ordinary: carer, a good day",
    ),
    (
        "Flu jab and covid jab done. Arm's sore but I'll live.",
        "none",
        "hard neg: idiom 'I'll live' after jabs",
    ),
    (
        "I don't want this life any more. I am thinking to finish it. Please don't tell my "
        "son, he will be angry with me.",
        "high",
        "high: direct intent ('finish it'), asks for secrecy",
    ),
    (
        "Watched a documentary on the miners' strike last night. Brought it all back. Good "
        "to see it told right for once.",
        "none",
        "hard neg: documentary on miners' strike",
    ),
    (
        "Morning all. Frost on the car this morning. Knees didn't like it.",
        "none",
        "ordinary: weather and knees",
    ),
    (
        "managed the school run AND the big shop today. paying for it now but worth it",
        "none",
        "ordinary: school run and big shop",
    ),
    (
        "Made this bunting for the meeting room 🎏🧵 took me 3 days with breaks 😂 pacing queen 👑",
        "none",
        "ordinary: made bunting, pacing",
    ),
    (
        "Giving away all my craft bits 🧶🎨✂️ wool, needles, the sewing machine, all of it 💕 "
        "just want it to go to people who'll love it. won't need it where I'm going 🙂",
        "high",
        "high: giving possessions away ('won't need it where I'm going')",
    ),
    (
        "This pain is killing me today, the cold is the worst for the fibro. I stay under "
        "the blanket with tea.",
        "none",
        "hard neg: idiom 'pain is killing me' with coping",
    ),
    (
        "my mrs has to do evrything now. cooking, kids, bins. i feel like a spare part. useles",
        "medium",
        "medium: burden, feels useless",
    ),
    (
        "drove out to the suspension bridge again after physio. sat in the car park for an "
        "hour. next time i won't just sit",
        "high",
        "high: place (suspension bridge) + intent",
    ),
    (
        "everything just feels like the walls are closing in. cant go out cant stay in",
        "medium",
        "medium: trapped ('walls closing in')",
    ),
    (
        "city won 2-1!! sat through the whole match without getting up once, that's progress lads",
        "none",
        "ordinary: football result, sitting through a match",
    ),
    (
        "Boxing Day: grandkids everywhere, wrapping paper everywhere. I've been sitting down "
        "every half hour like a good girl. Merry Christmas all!",
        "none",
        "ordinary: grandkids visit, pacing on Boxing Day",
    ),
    ("i cant cope anymore. thats all", "medium", "medium: can't cope, very short"),
    (
        "What's the point of anything 🤷‍♀️ same pain, same four walls 😶",
        "medium",
        "medium: hopelessness with emojis",
    ),
    (
        "Can't see a way out of this. Stuck in this chair all day, telly on, pain through "
        "the roof.",
        "medium",
        "medium: trapped, no way out",
    ),
    (
        "new boots from the work shop. propper support. feet thank me",
        "none",
        "ordinary: new supportive boots",
    ),
    (
        "reading a book about a woman with chronic illness who gets kidnapped by a cult lol "
        "not exactly relatable but gripping",
        "none",
        "hard neg: book mention (kidnap thriller)",
    ),
    (
        "Reminder: no meeting in August, most people are away. See you all in September!",
        "none",
        "ordinary: no meeting in August",
    ),
    (
        "When I began the programme three years ago I was in a very dark place indeed and "
        "could see no future. I now walk to the shops daily and have taken up chess at the "
        "library. I mention it for the newcomers.",
        "none",
        "hard neg: past-tense recovery (dark place three years ago)",
    ),
    (
        "Has anybody seen Geoffrey? He's missed two meetings. Last thing he said to me in "
        "the car park was he'd had enough.",
        "medium",
        "medium: concern about member who said he'd had enough",
    ),
    (
        "My brother pay my rent now because I cannot work. I am only a cost for him. Not a "
        "man any more.",
        "medium",
        "medium: burden on brother, loss of role",
    ),
    (
        "I used to tell my patients it gets better. I don't believe that any more, not for me.",
        "medium",
        "medium: hopelessness (nurse no longer believes it gets better)",
    ),
    (
        "My family they do everything for me, cooking, cleaning, taking me to hospital. I "
        "feel I am only trouble for them now.",
        "medium",
        "medium: burden on family, L2 English",
    ),
    (
        "Sometimes I think, if I don't wake up, also ok.",
        "medium",
        "medium: passive wish, L2 English",
    ),
    (
        "after the crash i had some properly dark months, not gonna pretend otherwise. but "
        "the programme and you lot got me through it and i'm in a much better place now",
        "none",
        "hard neg: past-tense recovery after accident, better place now",
    ),
    (
        "I'm not going to do anything stupid but I don't feel safe tonight",
        "high",
        "high: not feeling safe, with negation",
    ),
    (
        "been stood on the bridge over the m5 for ages tonite watching the lorrys. cant stop "
        "thinking about it",
        "high",
        "high: place (motorway bridge), rumination",
    ),
    (
        "new glasses. varifocals. walking round like ive had six pints",
        "none",
        "ordinary: new varifocals",
    ),
    (
        "Twelve month back I'd not been out the house since Easter. Today I walked to the "
        "club and back. Slow, mind.",
        "none",
        "hard neg: past-tense recovery (housebound last year, walked today)",
    ),
    ("wish i cud just go to sleep for ever", "medium", "medium: passive wish ('sleep forever')"),
    (
        "I'll say it plain because I've never been one for dressing things up. I don't want "
        "to go on living. Sixty-odd year of graft and I've had my fill. Don't ring our lass.",
        "high",
        "high: direct intent, formal older voice, asks not to tell wife",
    ),
    (
        "The bus to the community centre has been rerouted from next week. The 76 now stops "
        "on Station Road instead of outside the library.",
        "none",
        "hard neg: 'Station Road' bus reroute",
    ),
    (
        "Haven't got dressed all week 😶 curtains shut, phone off mostly 📵",
        "medium",
        "medium: withdrawal (not dressed, curtains shut, phone off)",
    ),
    (
        "stopped taking all my meds last week. not binning them though. they're all in the "
        "drawer for when i need them",
        "high",
        "high: stopping treatment, stock kept in drawer",
    ),
    (
        "Is it OK to take ibuprofen with co-codamol? The leaflet is clear as mud and I'm off "
        "the clock so I'm not using my nurse brain.",
        "none",
        "hard neg: ibuprofen with co-codamol question",
    ),
    (
        "havent left my room in days except for the loo. cant face anyone",
        "medium",
        "medium: withdrawal, not leaving room",
    ),
    (
        "My colleagues are covering my shifts for the third month running. I'm just dead "
        "weight to everyone, at work and at home.",
        "medium",
        "medium: burden at work and home",
    ),
    (
        "keep going over it step by step in my head. where id go, what id take, who'd find "
        "me. its not even scary anymore, just feels like a to do list",
        "high",
        "high: plan rehearsed step by step, calm",
    ),
    (
        "does anyone else take pregabalin and amitriptyline together? gp wants to up the ami "
        "to 20mg and im worried about feeling like a zombie at work",
        "none",
        "hard neg: medicine question (pregabalin + amitriptyline dose)",
    ),
    (
        "if i have to fill in one more form i'm going to scream. or cry. probably both lol",
        "none",
        "hard neg: exasperation about forms, hyperbole",
    ),
    (
        "Love you all so so much 💕💕 always remember the laughs at the garden centre 🌻😂 you "
        "lot have been my family. goodbye my lovelies 👋💕🕊️",
        "high",
        "high: farewell with emojis (dove, goodbye)",
    ),
    (
        "no point in the apointments. there not gonna fix me. nothing will",
        "medium",
        "medium: hopelessness about appointments",
    ),
    (
        "I have come to the conclusion that there is no prospect of improvement. One simply "
        "endures.",
        "medium",
        "medium: hopelessness, formal ('one simply endures')",
    ),
    (
        "whats even the point of doing the exercises. ill be like this forever",
        "medium",
        "medium: hopelessness, exercises pointless",
    ),
    (
        "my son got player of the match at football 😀 proud dad",
        "none",
        "ordinary: son player of the match",
    ),
    (
        "My friend Will from work, he also have a back problem. Can he come to the meeting?",
        "none",
        "hard neg: 'Will' as a name, L2 English",
    ),
    (
        "alfie drew a picture of me 'with my poorly foot' and i actually died 😂😭",
        "none",
        "hard neg: idiom 'i died' (laughing at child's drawing)",
    ),
    (
        "I have just finished a rather good Agatha Christie, Death on the Nile. I guessed "
        "the culprit wrongly, as usual.",
        "none",
        "hard neg: book mention ('Death on the Nile')",
    ),
    (
        "Wouldn't mind if I didn't wake up one morning. Our lass would be better off, she's "
        "run ragged wi me.",
        "high",
        "high: passive wish + burden",
    ),
    (
        "cant handle it no more. the pain is 24 7 and ive got no where to go with it",
        "medium",
        "medium: can't handle it, nowhere to go",
    ),
    (
        "Gardeners' World on tonight, Monty's doing winter pruning. Don't ring me between 8 "
        "and 9 please!",
        "none",
        "hard neg: TV (Gardeners' World tonight)",
    ),
    (
        "I want somebody to know that I have a plan, and that it is well thought through. I "
        "shall not go into the details here.\nGeoffrey",
        "high",
        "high: plan stated, formal voice",
    ),
    (
        "keep holding my hand over the gas ring till i cant stand it. at least i control that one",
        "high",
        "high: self-harm (burning hand on gas ring)",
    ),
    (
        "Who's coming to the Christmas lunch?? 🎄🍗🎅 I've got my jumper ready 😂",
        "none",
        "ordinary: Christmas lunch excitement",
    ),
    (
        "Thank you for the lovely card everyone. 83 and still going! Pat x",
        "none",
        "ordinary: thanks for birthday card",
    ),
    (
        "kids deserve a better mum than me. one who can actually take them to the park "
        "instead of watching from the bench",
        "medium",
        "medium: burden ('kids deserve a better mum')",
    ),
    (
        "Crying in the Tesco car park 😭 can't do this anymore 😭",
        "medium",
        "medium: can't do this anymore, crying in car park",
    ),
    (
        "first day at nursery for poppy 😭 she didnt even look back",
        "none",
        "ordinary: first day at nursery",
    ),
    (
        "I could murder a cuppa and a bourbon right now 🍪☕😂",
        "none",
        "hard neg: idiom 'could murder a cuppa'",
    ),
    (
        "Sometime I hope I don't wake up. I have a lot of tablets now in a box, tramadol and "
        "the other ones. I don't take them, I keep.",
        "high",
        "high: passive wish + tramadol stockpile",
    ),
    (
        "i've decided to go back to work 4 days instead of 5. best decision i've made all year",
        "none",
        "hard neg: 'decided' (work pattern)",
    ),
    (
        "car's in the garage for its MOT so I'll need a lift thursday if anyone's going past "
        "Kingswood",
        "none",
        "hard neg: 'garage' (car in for MOT)",
    ),
    (
        "first week on duloxetine. sick as a dog but apparently that settles after a couple "
        "of weeks",
        "none",
        "hard neg: duloxetine side effects settling",
    ),
    (
        "First runner beans of the year! Did 20 min on the plot then sat with a flask like "
        "we said. Pacing works.",
        "none",
        "ordinary: allotment and pacing",
    ),
    (
        "wouldnt care if i never woke up. been stopping on the bridge on the way back from "
        "nursery a few times now just looking down",
        "high",
        "high: passive wish + bridge, looking down",
    ),
    (
        "going to end it. sorry everyone x",
        "high",
        "high: intent ('end it') + farewell, very short",
    ),
    (
        "when the migraine is that bad i honestly wish i'd just not come round from it",
        "medium",
        "medium: passive wish during migraine",
    ),
    (
        "I've been scratching my arms until they bleed at night. Told the GP it's eczema. It "
        "isn't.",
        "high",
        "high: self-harm (scratching till bleeding), hidden from GP",
    ),
    (
        "wats the time for the xmas meal again? and is it the one with the ramp",
        "none",
        "ordinary: Christmas meal time question",
    ),
    (
        "Last post from me for a while, off to our daughter's in Spain for a month! Back "
        "mid-March. Behave yourselves x",
        "none",
        "hard neg: 'last post' for a while, holiday with return date",
    ),
    (
        "Where is Steph? She write last week she is very down, now nothing. I am worry.",
        "medium",
        "medium: concern, L2 English, member very down",
    ),
    (
        "alfie said his first proper sentence today 'mummy foot poorly' 😭❤️ my heart",
        "none",
        "ordinary: toddler milestone",
    ),
    (
        "Rugby on the telly, bacon butty, feet up. Sunday sorted.",
        "none",
        "ordinary: Sunday rugby and butty",
    ),
    (
        "After 3 years I'm handing the coordinating over to Bev from January. I'm not going "
        "anywhere, I'll still be at every meeting, I just need a rest from the admin!",
        "none",
        "hard neg: benign goodbye, handing over coordinator role, staying",
    ),
    (
        "bit worried about carol. she's doing everything for the group and sounded really "
        "low on the phone. can someone check in with her?",
        "medium",
        "medium: concern about coordinator sounding low",
    ),
    (
        "haven't been out of bed since sunday. not eating. not answering the door",
        "medium",
        "medium: withdrawal (bed, not eating, not answering)",
    ),
    (
        "Wish I could just disappear 😔 been giving my rings and bits to the girls 💍",
        "high",
        "high: passive wish + giving jewellery away",
    ),
    (
        "wish i was ded honestly. and ive been cutting agen",
        "high",
        "high: passive wish + self-harm",
    ),
    (
        "Every night I think how I will do it. Now I know the way and the place. Is not so "
        "hard like I think before.",
        "high",
        "high: plan with method and place, L2 English",
    ),
    (
        "Welcome to our new members from the autumn programme! Say hello when you're ready, "
        "no pressure at all.",
        "none",
        "ordinary: welcome to new members",
    ),
    (
        "deleted all my socials. havent spoken to anyone irl in like 2 weeks",
        "medium",
        "medium: withdrawal, deleted socials, not speaking to anyone",
    ),
    (
        "everyone has to plan round me. my friends stopped inviting me out and honestly i "
        "don't blame them, i'm such hard work",
        "medium",
        "medium: burden, friends stopped inviting her",
    ),
    (
        "took way too many co-codamol on sunday. on purpose. was sick all night. nobody knows",
        "high",
        "high: recent overdose (co-codamol) on purpose",
    ),
    (
        "My partner take all the money, my PIP go to his account. If I argue he lock me out "
        "in the garden at night. I don't know who I can tell.",
        "high",
        "high: financial control + locked out (coercion)",
    ),
    (
        "After Friday it will not matter any more. I am tired to explain.",
        "high",
        "high: time with finality ('after Friday')",
    ),
    (
        "That's my last day at work for two weeks, off on annual leave. Going to do "
        "absolutely nothing and pace myself doing it.",
        "none",
        "hard neg: 'last day at work', annual leave",
    ),
    (
        "Table's booked for the Christmas lunch at the Red Lion, 12.30 on the 18th. Let me "
        "know numbers by Friday please, and any dietary bits.",
        "none",
        "ordinary: Christmas lunch booking",
    ),
    (
        "anyone play anything on switch? looking for stuff i can play lying down lol",
        "none",
        "ordinary: games to play lying down",
    ),
    (
        "anyone know any soft play places with seating near the entrance? cant do the "
        "walking round bit",
        "none",
        "ordinary: soft play with seating",
    ),
    (
        "Anyone watching that new drama on BBC1 Sunday nights? 😱 the bit on the bridge had "
        "me on the edge of my seat 📺",
        "none",
        "hard neg: TV drama mention (bridge scene)",
    ),
    (
        "Just a quick one. Pat hasn't been picking up the phone since Tuesday. Does anyone "
        "have her daughter's number?",
        "medium",
        "medium: concern, member not answering phone",
    ),
    (
        "cancelled pain clinic, stopped the meds, told the gp im fine. hung onto the "
        "tramadol tho, in the shed. might need it one day",
        "high",
        "high: disengaged from treatment, tramadol kept in shed",
    ),
    (
        "Can't make Thursday sorry 😕 he says I'm not allowed out with 'that lot' anymore 🙄 "
        "and the bruises are still showing anyway 😬 have a lovely time xx",
        "high",
        "high: domestic abuse buried in apology for missing meeting",
    ),
    (
        "Better off with a heat pad than ice for me. Anyone else?",
        "none",
        "hard neg: 'better off' (heat vs ice)",
    ),
    (
        "train to cardiff for my sister's hen do next weekend. anyone know if the station "
        "has lifts?",
        "none",
        "hard neg: 'train', 'station' (accessibility question)",
    ),
    (
        "I try the pacing with cleaning, one room a day. My flat is not perfect but my back "
        "is better.",
        "none",
        "ordinary: pacing housework, L2 English",
    ),
    (
        "I attended the relaxation session at the library on Tuesday. I can recommend it, "
        "though I confess I nodded off.",
        "none",
        "ordinary: relaxation session, nodded off",
    ),
    (
        "went up the top floor of the multi storey in town and leaned over for ages. nearly. "
        "so nearly",
        "high",
        "high: high place (multi-storey), near attempt",
    ),
    (
        "not took my gabapentin for 2 weeks now. not told the doctor. got a big pile of it "
        "saved in my drawer insted",
        "high",
        "high: stopped gabapentin, saving it, GP not told",
    ),
    (
        "universal credit have stopped my money pending a review. rent due friday. back in "
        "bits. honestly at the end of my rope",
        "medium",
        "medium: at the end of his rope (idiom) with money and pain",
    ),
    (
        "Feel like such a burden on everyone lately 😞 always cancelling, always moaning, "
        "always needing lifts 😔",
        "medium",
        "medium: burden, always cancelling",
    ),
    (
        "I am not eating now, not going out. My daughter say Mum you are not talking to us. "
        "I don't want to talk.",
        "medium",
        "medium: withdrawal, not eating, not talking to family",
    ),
    (
        "written letters for the kids. they're in the bedside drawer under the bible. didn't "
        "know who else to tell",
        "high",
        "high: letters left for children",
    ),
    (
        "I shall be away for a fortnight visiting my son in Aberdeen, so you may not hear "
        "from me. I shall report back on the Scottish weather.\nRegards, Geoffrey",
        "none",
        "hard neg: benign absence, visiting son, will report back",
    ),
    (
        "I nearly did it last night. Had everything ready on the table. Then Roy called out "
        "for me and I couldn't leave him like that.",
        "high",
        "high: near-attempt, stopped by husband calling",
    ),
    (
        "My daughter bought me a special knife with a big handle for cooking, for the "
        "arthritis. Now I can cut onions again!",
        "none",
        "hard neg: 'knife' (adapted kitchen knife)",
    ),
    (
        "did anyone hear back from hannah?? she said she was in a really bad place on the "
        "whatsapp and then nothing",
        "medium",
        "medium: concern, member in a bad place then silent",
    ),
    (
        "whoever made the lemon drizzle on thursday PLEASE share the recipe 🍋",
        "none",
        "ordinary: lemon drizzle recipe request",
    ),
    (
        "How do you lot remember your tablets? Our lass has got me a dosette box from Boots, "
        "seven days, four slots. Feels like a school project.",
        "none",
        "hard neg: dosette box routine",
    ),
    (
        "Eid Mubarak to everyone. I make samosas for the next meeting inshallah.",
        "none",
        "ordinary: Eid greeting, bringing food",
    ),
    (
        "Last week I try to do something stupid. My brother find me in time. Now he take my "
        "car keys and my tablets.",
        "high",
        "high: recent attempt, brother intervened",
    ),
    (
        "done tesco, boots and the superdrug by the station today. 2 boxes of paracetamol "
        "from each. that's 3 days running now",
        "high",
        "high: means accumulation (paracetamol from several shops, several days)",
    ),
    (
        "having an awful day. cant carry on like this",
        "medium",
        "medium: can't carry on, awful day",
    ),
    (
        "Our lass has made a shepherd's pie the size of a coal truck. Anyone local welcome.",
        "none",
        "ordinary: shepherd's pie offer",
    ),
    (
        "Some days I think it would be easier not to exist.",
        "medium",
        "medium: passive wish ('easier not to exist')",
    ),
    (
        "I go to Pakistan for my nephew wedding, three weeks. I will miss you all. See you after.",
        "none",
        "hard neg: trip to Pakistan for a wedding, will return",
    ),
    (
        "gave my old bike to a lad down the road. cant ride it with my back and hes made up "
        "with it",
        "none",
        "hard neg: 'gave away' old bike (no finality)",
    ),
    (
        "Today I walk to the park with my daughter in law. 20 minute. First time this month.",
        "none",
        "ordinary: walked to the park",
    ),
    (
        "third migraine this week. i'm drowning. can't keep my head above water at work or home",
        "medium",
        "medium: can't cope ('drowning')",
    ),
    (
        "Social worker rang, Roy's respite is confirmed, the 14th for a week at Oakfield. "
        "The staff there are lovely, he went last spring. My hip's been bad but the new "
        "physio is good. I've worked it all out for while he's away. It's the only time I'll "
        "have the house to myself. I'm not telling the kids.",
        "high",
        "high: plan + time (respite week, house to herself)",
    ),
    (
        "Only two of us came Thursday so I've cancelled the room for next month. Not sure "
        "there's any point keeping the group going if nobody comes. Not sure there's any "
        "point in much at the moment to be honest.",
        "medium",
        "medium: hopelessness buried in coordinator admin",
    ),
    (
        "My grandson pushed me over again when I said no about the money. I didn't go to "
        "A&E. I don't want him in trouble, but I'm frightened when he comes round.",
        "high",
        "high: elder abuse by grandson, frightened",
    ),
    (
        "my last shift at the depot today. starting the new job on monday, desk job, no more "
        "lifting",
        "none",
        "hard neg: 'last shift', new job Monday",
    ),
    (
        "Roy's carers have changed again. Third lot this year. Bit fed up of explaining his "
        "routine to new faces every few months.",
        "none",
        "ordinary: carer frustration with changing carers",
    ),
    (
        "Not been out the house in three week. Not shaved. Our lass says I'm not speaking to "
        "her. Don't know what to say to her.",
        "medium",
        "medium: withdrawal, not leaving house, not speaking",
    ),
    (
        "bought rope at the hardware shop today. and no its not for the garden",
        "high",
        "high: method (rope), not for the garden",
    ),
    (
        "would kill for a dark quiet room right now. year 9 assembly was LOUD",
        "none",
        "hard neg: idiom 'would kill for a quiet room'",
    ),
    (
        "not been on here cos ive not been up to much. not been out of bed much. not washed. "
        "sorry all",
        "medium",
        "medium: withdrawal, not washed, not out of bed",
    ),
    (
        "Been to the pain clinic, been to physio, been on every tablet going. Nowt works. "
        "Nowt ever will.",
        "medium",
        "medium: hopelessness, nothing works",
    ),
    (
        "This will be my last meeting before Christmas as my daughter is taking me to Devon. "
        "Merry Christmas all, see you in the new year.",
        "none",
        "hard neg: 'last meeting before Christmas', Devon",
    ),
    (
        "The chair yoga class at the mosque is very good for ladies. If anyone want to come, "
        "Wednesday morning 10 o'clock.",
        "none",
        "ordinary: chair yoga class invite",
    ),
    (
        "Lovely to see everyone today. The Victoria sponge was delicious, thank you Sue.",
        "none",
        "ordinary: thanks for the cake",
    ),
    (
        "swimming at the leisure centre, 10 lengths slow. back feels looser",
        "none",
        "ordinary: swimming lengths",
    ),
    (
        "i'm so tired of fighting. cant cope with another flare, another appointment, "
        "another bloody form",
        "medium",
        "medium: can't cope, tired of fighting",
    ),
    (
        "sorry for always moaning on here. you'd all have a nicer board without me on it",
        "medium",
        "medium: burden on the group",
    ),
    (
        "Anyone heard from Jade? 😟 not like her to go quiet this long 💕",
        "medium",
        "medium: concern about a member gone quiet",
    ),
    (
        "My English is not so good, sorry for mistakes. I want say thank you for yesterday, "
        "I feel good after.",
        "none",
        "ordinary: thanks after meeting, L2 English",
    ),
    (
        "just wanted to say ur all sound. proper. ill not be on here no more so take care of "
        "ur selfs",
        "high",
        "high: farewell, leaving the board for good",
    ),
    (
        "the psych liaison nurse saw me in resus on saturday. home now. the forms say "
        "accidental overdose but it wasn't",
        "high",
        "high: recent attempt recorded as accidental",
    ),
    (
        "I spent the weekend at a retreat in the Quantocks. Complete peace and quiet. I "
        "would recommend it.",
        "none",
        "hard neg: 'peace and quiet' (retreat)",
    ),
    (
        "road works on the A4 again. took me an hour to get to physio",
        "none",
        "hard neg: 'road' (roadworks)",
    ),
    (
        "I stop all my medicine and I don't tell doctor. All the boxes I keep in the drawer, "
        "for later time.",
        "high",
        "high: stopped medicine secretly, boxes kept 'for later'",
    ),
    (
        "I confess I would welcome not waking. I have written to my brother, just in case.",
        "high",
        "high: passive wish + letter written",
    ),
    (
        "Is the meeting still on with this snow? I won't risk the bus if it's icy.",
        "none",
        "ordinary: is the meeting on in snow",
    ),
    (
        "Wouldn't bother me if I went in me sleep. I've had a good run.",
        "medium",
        "medium: passive wish ('go in me sleep')",
    ),
    (
        "got into the gaming group at the library on tuesdays. they have proper chairs 🙏",
        "none",
        "ordinary: gaming group at library",
    ),
    (
        "Roy had me by the throat last night when I was changing him. He doesn't know what "
        "he's doing half the time, but I'm frightened of him now. And I'm frightened of me.",
        "high",
        "high: not safe at home (assaulted by husband with dementia), fear of self",
    ),
    ("wish i didnt wake up this morning", "medium", "medium: passive wish alone, short"),
    (
        "Need some strong rope to tie the bean poles down before the storm. Wilko's gone, "
        "where do people go now?",
        "none",
        "hard neg: 'rope' for bean poles",
    ),
    (
        "22 and my life's already over basically. whats left",
        "medium",
        "medium: hopelessness, young man ('life's over')",
    ),
    (
        "got a tablet for my birthday so i can watch stuff in bed without holding my phone "
        "over my face 🙌",
        "none",
        "hard neg: 'tablet' (device)",
    ),
    (
        "spent all night reading how much it'd take and how long. pretty sure i know exactly "
        "what to do now",
        "high",
        "high: plan, researched method and amounts",
    ),
    (
        "tryed the breathing thing from the course wen my back went at work. actualy helped",
        "none",
        "ordinary: breathing technique helped",
    ),
    (
        "making sure ive got enough of my repeat to cover christmas, surgery shuts for 4 "
        "days. anyone else order early?",
        "none",
        "hard neg: ordering repeat early for Christmas closure",
    ),
    (
        "dad keeps saying he'll put me in a home if i don't stop 'faking it'. he locked my "
        "wheelchair in the shed yesterday. i dont feel safe here",
        "high",
        "high: threats and control by parent, not safe",
    ),
    (
        "After months of feeling like I'm drowning I finally feel calm. I know what I need "
        "to do now and honestly it's such a relief.",
        "high",
        "high: sudden calm after despair, knows what to do",
    ),
    (
        "Too much tension. I cannot manage nothing. Pain, house, family, money. My head is full.",
        "medium",
        "medium: can't cope, overwhelmed (tension)",
    ),
    (
        "we're rehoming the hamster to my sister's cos poppy's allergic. she's only down the "
        "road so the kids can still visit him",
        "none",
        "hard neg: rehoming hamster nearby (no finality)",
    ),
    (
        "counted all my tabs out on the kitchen table last nite. co codamol, diazapam, the "
        "amytriptaline. didnt do nothing just counted them and put them back",
        "high",
        "high: means counting (co-codamol, diazepam, amitriptyline)",
    ),
    (
        "Last weekend of feeling like this 🙂 after sunday no more pain ever 🕊️🕊️",
        "high",
        "high: time with finality + end of pain",
    ),
    (
        "cant see a future where this gets better. everyone keeps saying hang in there but "
        "for what",
        "medium",
        "medium: hopelessness, 'hang in there but for what'",
    ),
    (
        "Every day now I go to the river. I stand on the side and I think, it is very deep "
        "here, the water is fast.",
        "high",
        "high: water (river), daily visits",
    ),
    (
        "When Roy was first diagnosed I thought I'd never cope. Five years on, we've got our "
        "routines and I've got you lot. It's not easy but it's ok.",
        "none",
        "hard neg: past-tense recovery as carer",
    ),
    (
        "Heat pad recommendations? Mine's packed in and Amazon has about a thousand to "
        "choose from.",
        "none",
        "ordinary: heat pad recommendations",
    ),
    (
        "called in sick again. cancelled on my sister again. haven't eaten a proper meal in days",
        "medium",
        "medium: withdrawal (sick days, cancelling, not eating)",
    ),
    (
        "Mindfulness app recommendations? Headspace or Calm? Or is there a free one that's "
        "any good?",
        "none",
        "ordinary: mindfulness app question",
    ),
    (
        "keep walking down to the level crossing and waiting for the fast trains to go "
        "through. its like im practising",
        "high",
        "high: railway, rehearsal",
    ),
    (
        "Weirdly happy today 😊 everything's so clear now, no more worrying about anything "
        "ever again 🙏💕",
        "high",
        "high: sudden calm, 'no more worrying ever again'",
    ),
    (
        "gp swaped me from tramadol to buprenorphine patches. anyone had them? do they make "
        "you itch",
        "none",
        "hard neg: switch from tramadol to patches, side effects",
    ),
    (
        "Productive day. Sorted the pension nomination form, cancelled the gym, took the cat "
        "round to my sister's for keeps, wrote to Mum. Just tying up the loose ends.",
        "high",
        "high: affairs in order, cat rehomed, 'tying up loose ends'",
    ),
    (
        "The trouble with being a nurse is I know exactly what would work. I've been putting "
        "the oxycodone by instead of taking it. Don't lecture me please.",
        "high",
        "high: means accumulation (oxycodone) + knowledge of lethality",
    ),
    ("Wouldn't mind if I just didn't wake up tbh 😴", "medium", "medium: passive wish with emoji"),
    (
        "honnestly i want to die. not for atenshun. i just do. sory to put it on here",
        "high",
        "high: direct intent, dyslexic spelling",
    ),
    (
        "wen i started the course i was on the sofa 24 7 and didnt see no point in nothing. "
        "now im helping coach my lads football team. didnt think id ever say that",
        "none",
        "hard neg: past-tense recovery (no point then, coaching now)",
    ),
    (
        "got a leter from the pain clinic finaly. appointment in febuary",
        "none",
        "hard neg: 'letter' from the pain clinic",
    ),
    (
        "I find that I am no longer coping. I say this not for sympathy but because the "
        "group agreed we would be honest with one another.",
        "medium",
        "medium: no longer coping, formal",
    ),
    (
        "Haven't been to choir or the group for months now. I don't ring anyone back. I just "
        "do Roy's tablets and sit.",
        "medium",
        "medium: withdrawal, stopped choir and group",
    ),
    ("Guess who got a new puppy 🐶😍 meet Biscuit!! 🐾🐾", "none", "ordinary: new puppy"),
    (
        "are you allowed to drive on pregabalin? the dvla website is confusing",
        "none",
        "hard neg: driving on pregabalin question",
    ),
    (
        "I not go to work, not go to shop, only lay on the sofa. My friend call, I don't "
        "answer him.",
        "medium",
        "medium: withdrawal, not answering friends",
    ),
    (
        "do people take sertraline morning or night? mine's making me wide awake at 3am",
        "none",
        "hard neg: sertraline timing question",
    ),
    (
        "sorted how im gonna do it. just gotta pick the day. dont try and talk me out of it "
        "on here",
        "high",
        "high: plan, only the day left to choose",
    ),
    (
        "Remembrance Sunday at the war memorial with the kids. they were so good during the "
        "last post and the silence",
        "none",
        "hard neg: 'last post' (Remembrance Sunday)",
    ),
    (
        "anyone else find the cold makes everything worse? layering up like an onion",
        "none",
        "ordinary: cold weather, layering",
    ),
    (
        "I move to Swindon for the new job. I will find a group there, but I keep reading "
        "here. Thank you for everything, see you at the big gathering in spring.",
        "none",
        "hard neg: moving city for job, 'thank you for everything', continuity",
    ),
    (
        "dark room, eye mask, peppermint oil on the temples. it's passing. thanks for the "
        "tips last week",
        "none",
        "ordinary: migraine tips worked",
    ),
    (
        "got my new wheelchair!! purple frame obvs 💜 feeling fancy",
        "none",
        "ordinary: new wheelchair",
    ),
    (
        "Did someone go to the gathering at the hospital in October? I could not come, I was "
        "working. Was it good?",
        "none",
        "ordinary: asks about twice-yearly gathering",
    ),
    (
        "left a note for the missus in the glovebox of the van. she'll find it when she needs to",
        "high",
        "high: note left for partner",
    ),
    (
        "Anyone want my allotment plot? I mean properly take it on, shed, tools, the lot. "
        "Runner bean canes are in the corner and there's a full water butt. I won't be "
        "needing any of it after this month. Better one of you has it than the council.",
        "high",
        "high: giving away allotment with finality + time",
    ),
    (
        "I shan't be at the next meeting, or any after it. You have all been very good to me "
        "and I want to say thank you while I can. God bless.\nPat",
        "high",
        "high: farewell, not attending 'any after'",
    ),
    (
        "when the migraine gets that bad i bang my head on the wall. properly hard. my "
        "partner had to pull me off it last night",
        "high",
        "high: self-harm (head banging) during migraine",
    ),
    (
        "Giving away tomato plants, I've got 30 too many. Come and grab them from the front "
        "wall, first come first served.",
        "none",
        "hard neg: 'giving away' tomato plants",
    ),
    (
        "wrote a letter for my mum. took me ages cos of my speling lol. its under my pillow "
        "for wen she needs it",
        "high",
        "high: letter left for mother",
    ),
    (
        "Dave seemed really flat at the cafe on Saturday and he's not answered any texts "
        "since. Probably nothing but I can't shake it.",
        "medium",
        "medium: concern, member flat and not answering",
    ),
    (
        "missus would be better off with someone who can actually work and kick a ball about "
        "with the kids",
        "medium",
        "medium: burden ('missus would be better off')",
    ),
    (
        "Hello, I am Agnieszka, friend of Marek, I also did the programme. Fibromyalgia 5 "
        "years. Happy to find this group.",
        "none",
        "ordinary: new member introduction, L2 English",
    ),
    (
        "I have spent the week putting my affairs in order. The solicitor has my "
        "instructions, the bank details are written down for my son, and I have written to "
        "each of my grandchildren. I feel I have done all I reasonably can.\nRegards, Geoffrey",
        "high",
        "high: affairs in order, solicitor, letters to grandchildren",
    ),
    (
        "wish i could just go to sleep and not wake up. got my sertraline and the zopiclone "
        "saved up, more than enough to make sure of it",
        "high",
        "high: passive wish + means (sertraline, zopiclone saved)",
    ),
    (
        "got the letter from PIP, turned down again. no point fighting it. no point in "
        "anything really",
        "medium",
        "medium: hopelessness after PIP refusal",
    ),
    (
        "I have not left the house since the last meeting, and I have let the post and the "
        "telephone go unanswered.",
        "medium",
        "medium: withdrawal, formal (not left house)",
    ),
    (
        "Honestly can't cope with how cute my neighbour's new kitten is 😍",
        "none",
        "hard neg: idiom 'can't cope' about a kitten",
    ),
    ("not long now x", "high", "high: very short farewell with finality"),
    (
        "Bake Off final last night 😱 I nearly died when the cake collapsed 😂🎂",
        "none",
        "hard neg: idiom 'nearly died' + 'final' (Bake Off)",
    ),
    (
        "right, update from the migraine clinic for anyone who asked: they're trying me on "
        "the botox next month, 31 jabs round the head and neck, lovely. waiting list about 8 "
        "weeks so we'll see. work have been ok about it. to be honest though i don't think "
        "i'll be around to have them. i've made my mind up about that.",
        "high",
        "high: intent buried at the end of a clinic update",
    ),
    (
        "I'm dead on my feet after the grandchildren's visit, but it was lovely to have them.",
        "none",
        "hard neg: idiom 'dead on my feet'",
    ),
    ("sometimes i wish i just wasnt here", "medium", "medium: passive wish alone"),
    (
        "Anyone else's chemist messed up their repeat?? 🙄💊 waiting 3 days for my gabapentin now",
        "none",
        "hard neg: repeat prescription delay (gabapentin)",
    ),
    (
        "anyone been to the pain clinic at cossham? got my first appt there next month",
        "none",
        "ordinary: first pain clinic appointment at new site",
    ),
    (
        "Has anyone tried the hydrotherapy pool at Southmead? My physio's referred me and "
        "I'm wondering what to expect. Do you need your own towel?",
        "none",
        "ordinary: question about hydrotherapy",
    ),
    (
        "happy birthday jade!! 🎂🎉 hope the kids spoil you rotten",
        "none",
        "ordinary: birthday wishes to member",
    ),
    (
        "My husband brother he is shouting at me and he hit me when my husband is at work. I "
        "am scared to be in the house. I cannot say to anybody here.",
        "high",
        "high: physical abuse at home by relative, scared",
    ),
    (
        "A question for those who travel: does one need a letter from the GP to take "
        "morphine sulphate tablets abroad? We are going to Portugal in May.",
        "none",
        "hard neg: travelling abroad with morphine",
    ),
    (
        "Morning lovelies ☀️☀️ Beautiful day! Managed a little walk to the post box and back "
        "💪 pacing like we learned 😉 Fibro is grumbling but what's new 🙄 Been putting my "
        "pregabalin to one side for a few weeks now instead of taking it, got a nice little "
        "stash building up 🙂 Anyway hope you all have a fab day 💕💕",
        "high",
        "high: means accumulation (pregabalin) buried in cheerful emoji chatter",
    ),
    (
        "I would not be sorry if the Lord saw fit to call me home sooner rather than later.",
        "medium",
        "medium: passive wish, religious formal",
    ),
    (
        "Grandson's passed his driving test. Took him four goes, takes after his grandad.",
        "none",
        "ordinary: grandson passed driving test",
    ),
    (
        "I'm trapped. Roy needs me round the clock, my hips are going, and there's nobody "
        "else. I can't keep doing this.",
        "medium",
        "medium: trapped as carer, can't keep doing this",
    ),
    (
        "Bit of a long one sorry. Had the review at the pain clinic, the consultant was nice "
        "for once and actually listened. We're going to try cutting down one of the tablets "
        "over the spring and see how I go. Then I went to Tesco and sat in the cafe for a "
        "bit because my back went, and who should walk in but the lady from our old "
        "programme with the walking stick with flowers on it! We had a good natter. She says "
        "hello to everyone and might come to a meeting. Anyway my feet are up now and our "
        "Kayleigh's doing tea.",
        "none",
        "ordinary: long rambling update, mostly positive",
    ),
    (
        "my back is murdering me after that drive. brb lying on the floor",
        "none",
        "hard neg: idiom 'back is murdering me'",
    ),
    (
        "Our plan for next year: one meeting a month, one outing a quarter, and a proper "
        "Christmas do. Thoughts?",
        "none",
        "hard neg: 'plan' for the group's year",
    ),
    (
        "how do you get rid of old fentanyl patches safely? i've been changed to something "
        "else and don't want them lying about the house",
        "none",
        "hard neg: safe disposal of old fentanyl patches",
    ),
    (
        "Part of me hopes the car skids on the ice on the way to physio. Then everyone would "
        "be spared the trouble of me.",
        "high",
        "high: passive wish (road accident) + burden",
    ),
    (
        "Slept 6 hours straight. I'd forgotten what that felt like.",
        "none",
        "ordinary: slept six hours",
    ),
    (
        "ngl that physio session nearly killed me 😂 dead on the sofa now",
        "none",
        "hard neg: idiom 'nearly killed me' (physio), 'dead on the sofa'",
    ),
    (
        "I'm worried about Darren after his last post. Has anyone got a number for him?",
        "medium",
        "medium: concern about another member's post",
    ),
    (
        "Took all my old meds back to the pharmacy for disposal today. The drawer was "
        "getting ridiculous after all the changes.",
        "none",
        "hard neg: returned old meds from drawer to pharmacy",
    ),
    (
        "I think this is my life now forever. Nothing will be better. Why I try.",
        "medium",
        "medium: hopelessness, why try",
    ),
    (
        "Is the meeting still on tonight? I've got a sitter for Roy till 9.",
        "none",
        "hard neg: 'tonight' (meeting, sitter)",
    ),
    (
        "At my age there's nothing left to hope for. I just sit and wait.",
        "medium",
        "medium: hopelessness, older voice, waiting",
    ),
    (
        "been cutting again. only on my thighs where no one can see. tbh it helps more than "
        "the pregabalin does",
        "high",
        "high: self-harm (cutting), mentions pregabalin",
    ),
    (
        "One year ago I lose my job and I think my life is finish. Now new job, new flat, "
        "and I learn to live with the back.",
        "none",
        "hard neg: past-tense recovery (life 'finish' a year ago)",
    ),
    (
        "sleeping on the sofa all day. not going to the football no more, not even checking "
        "the scores",
        "medium",
        "medium: withdrawal, stopped football",
    ),
    (
        "Occy health were actually supportive today. Phased return after Easter, starting "
        "with two short shifts a week.",
        "none",
        "ordinary: supportive occupational health",
    ),
    (
        "car park at the hospital was full so i parked over the bridge and walked. knees not "
        "impressed but i made it",
        "none",
        "hard neg: 'car', 'bridge' (traffic on the way to meeting)",
    ),
    (
        "got out of hospital yesterday. they had to pump my stomach. please dont tell the clinic",
        "high",
        "high: recent attempt (stomach pumped), secrecy",
    ),
    (
        "Has anyone had a carer's assessment? The council finally rang me back and I don't "
        "know what to ask for.",
        "none",
        "ordinary: carer's assessment question",
    ),
    (
        "Some mornings I'm disappointed to wake up. Awful thing to say, I know.",
        "medium",
        "medium: passive wish, disappointed to wake",
    ),
    (
        "my mum's taking me to the seaside for my birthday!! weston here we come 🌊🍦",
        "none",
        "ordinary: seaside birthday trip",
    ),
    (
        "once the kids are at their dads on saturday thats it for me. done",
        "high",
        "high: time with finality (Saturday, kids away)",
    ),
    (
        "My back is killing me after the long shift, but the weekend is coming. Sunday I do "
        "nothing.",
        "none",
        "hard neg: idiom 'back is killing me', positive ending, L2 English",
    ),
    (
        "Roy's put the telly remote in the fridge again. I'll kill him! Love him really 😂",
        "none",
        "hard neg: joking threat about husband (affectionate hyperbole)",
    ),
    (
        "mum had to give up her job to drive me to all my appointments. i've basically "
        "wrecked her life",
        "medium",
        "medium: burden, mother gave up job",
    ),
    (
        "dying to see you all on thursday!! been ages 💕",
        "none",
        "hard neg: idiom 'dying to see you'",
    ),
    ("This'll be me last post. Look after yourselves. Ken.", "high", "high: last post farewell"),
    (
        "Doctor say to reduce the tramadol slowly, one less every week. Somebody did this? "
        "It is hard?",
        "none",
        "hard neg: tapering tramadol with GP",
    ),
    (
        "Sorry I missed today 😕 flare up but I'm on the mend 💪💕",
        "none",
        "ordinary: missed meeting due to flare, recovering",
    ),
    (
        "not gonna lie i'm done. don't want to be alive anymore and i've stopped pretending i do",
        "high",
        "high: direct intent, no obvious keyword",
    ),
    (
        "I decided to try the swimming at the leisure centre. First time after ten years. "
        "Was good!",
        "none",
        "hard neg: 'decided' (trying swimming)",
    ),
    (
        "Blue sky 🌞 washing on the line 👕👖 cuppa in the garden ☕ bliss",
        "none",
        "ordinary: washing on the line",
    ),
    (
        "Garage is sealed up now. Got a length of hose from B&Q and the car's got a full "
        "tank. Just so you know where I'll be.",
        "high",
        "high: method (garage, hose, car fumes)",
    ),
    (
        "Please what is the name of the stretching video we watch in the last session? I "
        "want to find it on YouTube.",
        "none",
        "ordinary: asking for stretching video name",
    ),
    (
        "I have been keeping an activity diary as recommended. It is sobering how much I "
        "overdo things on a good day and then pay for it.",
        "none",
        "ordinary: activity diary reflection",
    ),
    (
        "did anyone see the news about the rail strikes? gonna be a nightmare getting to the "
        "hospital",
        "none",
        "hard neg: news (rail strikes)",
    ),
    (
        "back at work 3 days a week from monday. phased return. nervous but ok",
        "none",
        "ordinary: phased return to work",
    ),
    (
        "I keep forgetting whether I've had my morning tablets. My grandson has set an alarm "
        "on my phone. Clever boy.",
        "none",
        "hard neg: forgetting tablets, phone alarm",
    ),
    (
        "Frost has got my dahlias. Oh well, there's always next year.",
        "none",
        "ordinary: frost got the dahlias",
    ),
    (
        "I am somewhat concerned for Rhys. His remarks after the meeting troubled me. Could "
        "someone who knows him better check on him?",
        "medium",
        "medium: concern, formal, asks for check",
    ),
    (
        "feel like im stuck in a body thats on fire with no way out 😭😭",
        "medium",
        "medium: trapped in body (CRPS)",
    ),
    (
        "Please do not concern yourselves with my earlier messages. I have reached a "
        "decision and I am entirely at ease with it. It is the most settled I have felt in "
        "years.",
        "high",
        "high: sudden calm, decision reached, dismisses earlier worry",
    ),
    (
        "Slept right through for the first time in months. Funny what making your mind up "
        "does for you. No more fretting.",
        "high",
        "high: sudden calm after making mind up",
    ),
    (
        "I feel like I'm a burden on my daughter now my hands have gone as well. She's got "
        "her own kids to think about without running round after me and her dad.",
        "medium",
        "medium: burden on daughter",
    ),
    (
        "Not being funny but Lee's messages have been really dark lately. Should we tell "
        "someone at the clinic?",
        "medium",
        "medium: concern, dark messages, asks whether to tell someone",
    ),
    ("migraine free for 9 days!! 🎉 new record", "none", "ordinary: migraine-free streak"),
    (
        "everyone would be better off without me dragging them down all the time",
        "medium",
        "medium: burden ('better off without me')",
    ),
    (
        "Been saving me tramadol in an old baccy tin since the summer. Near full now. "
        "Thought somebody ought to know.",
        "high",
        "high: means accumulation (tramadol saved in tin)",
    ),
    (
        "wish i could go to sleep and skip the next few years. or all of them",
        "medium",
        "medium: passive wish ('skip all of it')",
    ),
    (
        "Notes from Thursday: we agreed to try the garden centre cafe in March, and Bev is "
        "going to find out about the hydro pool times. Subs stay at £2.",
        "none",
        "ordinary: meeting minutes",
    ),
    (
        "mum's fentanyl patches from when she passed are still in my drawer. never took them "
        "back to the chemist. keep getting them out and looking at them",
        "high",
        "high: means (fentanyl patches kept, handled repeatedly)",
    ),
    (
        "Doctor say nothing more to do. I feel no hope. Every day same same.",
        "medium",
        "medium: hopelessness, L2 English",
    ),
    (
        "Hello everyone, I am Marek, new to the group. I did the pain programme in the "
        "spring. Back pain from warehouse work. Nice to meet you.",
        "none",
        "ordinary: new member introduction",
    ),
    (
        "Me bus pass has come! Free travel, look out Weston-super-Mare.",
        "none",
        "ordinary: bus pass",
    ),
    (
        "neuro says there's nothing else to try. so that's it i guess. this is me for the "
        "next 40 years",
        "medium",
        "medium: hopelessness after neurology",
    ),
    (
        "Could I suggest we trial a later meeting time for those who work? I am happy either way.",
        "none",
        "ordinary: suggests later meeting time",
    ),
    (
        "Please, can I take paracetamol when I take co-codamol? Pharmacist say no but my "
        "friend say yes. Who is right?",
        "none",
        "hard neg: paracetamol with co-codamol question, L2 English",
    ),
    (
        "Hi all, next meeting Thursday 2pm at the Hollybrook community centre, the room with "
        "the comfy chairs. Sue is bringing cake 🎂",
        "none",
        "ordinary: meeting arrangements",
    ),
    (
        "punched the wall then kept hitting my head on it till i saw stars. dont no wats "
        "wrong with me",
        "high",
        "high: self-harm (hitting head on wall)",
    ),
    (
        "I don't know how much more I can take, dear. Every day is the same struggle.",
        "medium",
        "medium: can't take much more, older voice",
    ),
    (
        "moving to the tuesday evening group cos of work. not leaving you lot for good, ill "
        "still be on here",
        "none",
        "hard neg: moving to another group, staying on board",
    ),
    ("tonight's the night. sorry", "high", "high: time with finality, very short"),
    (
        "took the kids crabbing at clevedon. sat on my camping stool most of the time. good day",
        "none",
        "ordinary: crabbing with kids",
    ),
    (
        "Room's booked for the 3rd, same time. Can people let me know about lifts please. "
        "Also I've been thinking maybe someone else should coordinate for a while. I'm just "
        "a drag on the group at the minute and you'd all do it better.",
        "medium",
        "medium: burden as coordinator, buried in meeting admin",
    ),
    (
        "half term so the house is chaos. managed my stretches in the bathroom with the door "
        "locked lol",
        "none",
        "ordinary: half term, stretches",
    ),
    (
        "Good afternoon all. A reminder that the central library has large-print copies of "
        "the pacing booklet. I found it most useful.\nRegards, Geoffrey",
        "none",
        "ordinary: tip about large-print booklet",
    ),
    (
        "wen is the next meet up? cant find the date on here",
        "none",
        "ordinary: asking date of meet up",
    ),
    (
        "Physio give me new exercise for the back, with the band. I do it every morning now, "
        "10 minute.",
        "none",
        "ordinary: physio exercise with band",
    ),
    (
        "Goodbye for now lovelies 👋 going off grid for a week at the caravan 🏕️ see you when "
        "I'm back 💕",
        "none",
        "hard neg: 'goodbye for now', caravan week",
    ),
    (
        "Did anyone see the story in the Post about the lady who is 100 and still swimming "
        "in the lido every morning?",
        "none",
        "hard neg: local news story (lido swimmer)",
    ),
    (
        "I nearly died laughing at Carol's story about the hoover and the curtains.",
        "none",
        "hard neg: idiom 'nearly died laughing'",
    ),
    (
        "feel strangely at peace now i've decided. haven't felt this calm in years",
        "high",
        "high: sudden calm after deciding",
    ),
    (
        "These slugs are going to be the end of me. Every lettuce gone overnight.",
        "none",
        "hard neg: idiom 'end of me' (slugs)",
    ),
    (
        "There's nothing to look forward to now. Just more of the same, day after day.",
        "medium",
        "medium: hopelessness, nothing to look forward to",
    ),
    (
        "has any one herd from ken. his lass rang me asking if hed been in touch. im worried",
        "medium",
        "medium: concern, relative asking if member has been in touch",
    ),
    (
        "Anyone know a good day centre in north Bristol? Roy's social worker has given me a "
        "list but I'd rather hear from real people.",
        "none",
        "ordinary: asking about day centres",
    ),
    (
        "burnt my arm with the iron on purpose last night. funny thing is my back stopped "
        "hurting for a minute",
        "high",
        "high: self-harm (burning with iron)",
    ),
    (
        "I've had my innings. I wouldn't mind going now.",
        "medium",
        "medium: passive wish, older voice ('had my innings')",
    ),
    (
        "Two years ago I was signed off and felt like a burden to everyone. Today I did my "
        "first full shift back on the ward. Thank you all.",
        "none",
        "hard neg: past-tense recovery (felt a burden two years ago, back at work)",
    ),
    (
        "Before the programme, I was crying every day and I don't go out. Now I go to the "
        "chair yoga and I meet ladies. Alhamdulillah.",
        "none",
        "hard neg: past-tense recovery, L2 English",
    ),
    (
        "I am like in a cage. Cannot work, cannot sleep, cannot go back to Poland to my "
        "mother. Nowhere to go.",
        "medium",
        "medium: trapped ('like in a cage')",
    ),
    (
        "18 months ago i had a migraine every other day and i'd basically given up. down to "
        "3 a month now. don't give up on the preventers",
        "none",
        "hard neg: past-tense recovery (migraine, had given up)",
    ),
    (
        "has anyone heard from Dave? he said some worrying things at the last meeting and "
        "he's not answering his phone",
        "medium",
        "medium: concern about a member (Dave), worrying things said",
    ),
    (
        "kinda wish i'd not survived the crash tbh",
        "medium",
        "medium: passive wish (wish he hadn't survived the crash)",
    ),
    (
        "Snow's settled up here. Our lass is off to her sister's in Skeggy this weekend. "
        "I'll see to it then while she's away. Better she's not here for it.",
        "high",
        "high: time with finality while wife away",
    ),
    (
        "Does anyone use the lidocaine plasters? Wondering if the patches are worth asking "
        "the GP for.",
        "none",
        "hard neg: 'patches' (lidocaine question)",
    ),
    (
        "this time last year i couldnt get out of bed and i honestly didnt want to be here. "
        "now i do the school run most days and i laugh again. it does get better x",
        "none",
        "hard neg: past-tense recovery (didn't want to be here last year, better now)",
    ),
    (
        "I am keeping my tablets, not taking. Gabapentin and the one for sleep. Now I have "
        "many boxes in the cupboard behind the rice.",
        "high",
        "high: means accumulation (gabapentin, sleeping tablets) hidden",
    ),
    (
        "any recs for a good mattress topper? the memory foam one i've got is like sleeping "
        "on a crisp packet",
        "none",
        "ordinary: mattress topper",
    ),
    (
        "finally got a gp appointment without ringing at 8am 47 times. miracles happen",
        "none",
        "ordinary: GP appointment success",
    ),
]
