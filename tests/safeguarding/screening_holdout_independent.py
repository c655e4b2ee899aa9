"""Independent held-out round 5 for the safeguarding screener.

Written on 2026-11-26 by an independent evaluator (a helper session) who had NOT seen the
screener (safeguarding/screening.py), its phrase library (safeguarding/phrases/), its evaluation
code, the earlier dev/holdout sets, its tests or its documentation. The only sources used were
../shared/design/safeguarding.md (rules 1-5), ../shared/design/domain.md and the participant
quotes in ../shared/design/seed-paper.txt. Labels follow the design rules: high = intent, plans,
means with accumulation, farewells, giving away with finality, affairs in order, notes, a time with
finality, places/methods, self-harm acts, recent attempts, sudden calm, not feeling safe; medium =
burden, trapped/can't cope, hopelessness, passive wish alone, withdrawal, concern about another
member, ambiguous; none = ordinary posts including idioms, hyperbole, benign goodbyes, medicine
questions, past-tense recovery stories, TV/news and innocent uses of scary-looking words.

The file was saved and its SHA-256 recorded before the screener was run on it, then evaluated
once. Do not edit texts or labels afterwards; the results are in
docs/clinical-safety/screening-independent-round.md.
"""

SAMPLES_ROUND5: list[tuple[str, str, str]] = [
    # (text, label, note)   label in {"high", "medium", "none"}
    # ---- high ----
    (
        "ive been collecting my co-codamol for a while now. reckon theres enough in the "
        "bathroom cabinet",
        "high",
        "named medicine + collecting/accumulating, 'enough' implies intent",
    ),
    (
        "sorted everything out for the kids so they wont have to deal with any of it after. "
        "feel lighter than i have in months tbh",
        "high",
        "affairs in order with finality ('after') + sudden relief",
    ),
    (
        "counted out all the tramadol tonight. 64. thats plenty",
        "high",
        "named medicine + counting + 'plenty' + tonight",
    ),
    (
        "does anyone want my craft stuff? all the wool, needles, pattern books, the lot. i "
        "wont be needing any of it anymore x",
        "high",
        "giving possessions away with finality",
    ),
    (
        "neighbours having the cat for good from today. one less thing to sort before im gone",
        "high",
        "pet given away with finality + 'before im gone'",
    ),
    (
        "this will be my last post on here. thank you all for everything, you were the best "
        "bunch of people i ever met. look after each other",
        "high",
        "farewell / last post",
    ),
    (
        "wrote letters for my daughter and my mum last night, theyre in the top drawer of my "
        "bedside. cant do this anymore",
        "high",
        "notes/letters + can't go on",
    ),
    (
        "ive made my mind up. itll be this weekend while hes away at his brothers. please "
        "dont try and talk me out of it",
        "high",
        "decision + time with finality",
    ),
    (
        "drove up the multi storey again last night and sat on the top level for an hour. "
        "next time i wont be coming back down",
        "high",
        "place (height) + intent",
    ),
    (
        "cut myself again last night, first time in years. only thing that takes my mind off "
        "the pain",
        "high",
        "self-harm act, recent",
    ),
    (
        "home from a&e. took too many of my pregabalin on sunday, on purpose. they let me go "
        "this morning, nobody knows except you lot",
        "high",
        "recent attempt with named medicine",
    ),
    (
        "feel weirdly calm today. decided what im going to do and its like a weight has "
        "lifted. thanks for putting up with me all these months",
        "high",
        "sudden calm after decision + thank-you farewell",
    ),
    (
        "i dont feel safe at home. hes got worse since i went off sick, threw the kettle at "
        "me yesterday. please dont ring me he checks my phone",
        "high",
        "not safe at home, domestic abuse",
    ),
    (
        "keep hoping i just wont wake up. stopped taking my amitriptyline a fortnight ago but "
        "kept all the boxes, just in case",
        "high",
        "passive wish + stopping treatment with stock kept",
    ),
    (
        "im not going to do anything daft but honestly i dont feel safe being on my own tonight",
        "high",
        "not feeling safe; negation must not clear it",
    ),
    (
        "still got all the fentanyl patches from before they cut my dose. keep thinking about "
        "sticking the whole lot on at once",
        "high",
        "named medicine, stock + method",
    ),
    (
        "he'll be better off without me. left the insurance papers and my will on the kitchen "
        "table where he'll find them",
        "high",
        "burden + affairs in order, placed to be found",
    ),
    (
        "been googling how many gabapentin it would take. sorry",
        "high",
        "named medicine + researching lethal amount",
    ),
    (
        "just want to say bye to everyone. its been lovely knowing you all. dont be sad x",
        "high",
        "farewell, past tense 'been lovely knowing you'",
    ),
    (
        "stood on the bridge over the bypass for ages today. couldnt do it. maybe tomorrow",
        "high",
        "place + aborted attempt + time",
    ),
    (
        "burnt my arm with the iron on purpose last night. felt like for once the pain was "
        "mine to control",
        "high",
        "self-harm act",
    ),
    (
        "gave my mum my wedding ring and my nans locket today. told her shes to keep them "
        "this time",
        "high",
        "giving treasured possessions with finality",
    ),
    (
        "tonights the night. got everything i need. love you all 💜",
        "high",
        "time + means + farewell",
    ),
    (
        "im putting my oramorph by each day instead of taking it. not for the pain. just "
        "keeping it",
        "high",
        "named medicine + saving, not for pain",
    ),
    (
        "ended up in hospital last week after i tried to end it. theyve changed my meds but "
        "nothing's really different",
        "high",
        "recent attempt",
    ),
    (
        "whats the point. got a big bag of paracetamol and ibuprofen on the side and nobodys "
        "home till monday",
        "high",
        "named medicines + opportunity/time + hopelessness",
    ),
    (
        "garage is all sorted. hosepipe and everything. just wanted someone to know",
        "high",
        "place and method, understated",
    ),
    (
        "sorry to everyone ive let down. this is goodbye from me, you can delete my number",
        "high",
        "farewell with finality",
    ),
    (
        "been scratching my legs till they bleed when the pain gets bad. did it again this "
        "morning, covering it with leggings so nobody sees",
        "high",
        "self-harm act, concealed",
    ),
    (
        "scared of myself tonight. my head keeps going to the knives in the kitchen drawer",
        "high",
        "not safe + method",
    ),
    (
        "my ex turned up drunk at the door again. says hell kill me if i go to the police. im "
        "scared to stay here tonight",
        "high",
        "threat from another person, not safe at home",
    ),
    (
        "sat up popping all my codeine out of the blister packs into a jar. dont even know "
        "why im telling you",
        "high",
        "named medicine + gathering/lining up",
    ),
    (
        "wont be at thursdays meet or any after that. said what i needed to say to the people "
        "who matter. take care of yourselves",
        "high",
        "farewell with finality + settling matters",
    ),
    (
        "do you think it hurts, going under a train? asking for real",
        "high",
        "method enquiry",
    ),
    (
        "sleeping tablets and a bottle of vodka. thats the plan for when the kids are at "
        "their dads",
        "high",
        "method + plan + time",
    ),
    (
        "wrote a note this morning. its in the envelope with the dogs vet papers, my sister "
        "knows to take him",
        "high",
        "note + pet arrangement",
    ),
    (
        "cancelled my repeat prescription and my pain clinic appointment. wont need them "
        "where im going",
        "high",
        "stopping treatment with finality",
    ),
    (
        "was doing ok but last night i sat in the bath with a razor for over an hour. didnt "
        "use it. still feel like i might",
        "high",
        "self-harm near miss, ongoing urge",
    ),
    (
        "if i dont wake up tomorrow thats fine by me. been saving the zopiclone so its not "
        "left to chance",
        "high",
        "passive wish + named medicine saved",
    ),
    (
        "told the kids i love them, paid off the catalogue, tidied the house top to bottom. "
        "nothing left to do now",
        "high",
        "affairs in order, finality",
    ),
    (
        "went to the cliffs at the weekend on my own and looked at the drop for a long time. "
        "going back when its quiet",
        "high",
        "place + intent to return",
    ),
    (
        "had about 30 diazepam put by from before. took half of them friday night. woke up "
        "saturday. gutted tbh",
        "high",
        "recent attempt + remaining stock",
    ),
    (
        "my partner locks me in when he goes to work and takes my tablets off me. im "
        "frightened of him",
        "high",
        "not safe at home, coercive control",
    ),
    (
        "anyone want my mobility scooter? free, just come get it before the 20th. after that "
        "it wont matter",
        "high",
        "giving away + date with finality",
    ),
    (
        "at peace for the first time in years. everythings arranged. thank you for being my "
        "friends",
        "high",
        "sudden calm + arranged + farewell",
    ),
    (
        "banged my head against the wall till it bled last night. wanted the pain somewhere "
        "else for a change",
        "high",
        "self-harm act",
    ),
    (
        "put a rope in the shed. not used it. dont know what to do with myself",
        "high",
        "means prepared",
    ),
    (
        "asked my neighbour to feed the cats 'from now on'. she looked confused but shell "
        "work it out",
        "high",
        "pets handed over with finality, understated",
    ),
    (
        "my last day is going to be my birthday. decided. not telling anyone else, just you lot",
        "high",
        "date with finality",
    ),
    (
        "took a load of my oramorph earlier to make it all stop. really drowsy now. probably "
        "shouldnt have posted this",
        "high",
        "current overdose",
    ),
    (
        "cant see me being here for christmas to be honest. got it all worked out",
        "high",
        "plan + time",
    ),
    (
        "been walking along the railway line at night trying to work up the courage",
        "high",
        "place + method + intent",
    ),
    (
        "my son gets physical when hes had a drink and hes moved back in. sleeping with a "
        "chair wedged under the bedroom door. dont feel safe here",
        "high",
        "not safe at home",
    ),
    # ---- medium ----
    (
        "really bad day. this is awful, i cant carry on like this",
        "medium",
        "can't carry on (the paper's example)",
    ),
    (
        "i feel like such a burden on my family. they'd have an easier life without me "
        "dragging them down",
        "medium",
        "burden",
    ),
    (
        "whats the point anymore. same pain every day, nothing ever changes",
        "medium",
        "hopelessness",
    ),
    (
        "sometimes i wish i could go to sleep and just not wake up. not going to do anything, "
        "just so tired of it",
        "medium",
        "passive wish alone",
    ),
    (
        "going to go quiet for a bit. not up to talking. please dont message me",
        "medium",
        "withdrawal / going silent",
    ),
    (
        "has anyone heard from karen? not been on since that post last week and her phone "
        "goes straight to voicemail",
        "medium",
        "concern about another member",
    ),
    (
        "feel completely trapped. cant work, cant sleep, cant do anything with the kids. no "
        "way out of this",
        "medium",
        "trapped",
    ),
    (
        "not coping at all. crying every day, the pain hasnt let up in weeks",
        "medium",
        "can't cope",
    ),
    (
        "im done. just done with all of it",
        "medium",
        "ambiguous; clinician would want to see",
    ),
    (
        "anyone know if steve is ok? he said some worrying stuff in the whatsapp then left "
        "the group",
        "medium",
        "concern about another member",
    ),
    (
        "everyone would be better off if i just wasnt around",
        "medium",
        "burden (perceived burdensomeness)",
    ),
    (
        "no future with this pain. im 34 and ive got nothing to look forward to",
        "medium",
        "hopelessness",
    ),
    (
        "stopped answering the door and the phone. easier that way",
        "medium",
        "withdrawal",
    ),
    (
        "dont think i can keep going much longer honestly",
        "medium",
        "can't carry on, ambiguous",
    ),
    (
        "feel like a nuisance to everyone, always cancelling, always needing lifts off people",
        "medium",
        "burden",
    ),
    (
        "so tired of fighting this. dont know how much more ive got left in me",
        "medium",
        "exhaustion/hopelessness",
    ),
    (
        "worried about jen. she said on the phone shes 'had enough of everything' and wouldnt "
        "say more. what should i do?",
        "medium",
        "concern about another member",
    ),
    (
        "some days id rather not be here than live like this",
        "medium",
        "passive wish alone",
    ),
    (
        "husband keeps saying im lazy and making it up. i just stay in the bedroom now to "
        "keep out of his way. feel so alone",
        "medium",
        "ambiguous home situation + isolation; worth a look",
    ),
    (
        "cant remember the last time i left the house. not spoken to anyone in days apart "
        "from here",
        "medium",
        "withdrawal/isolation",
    ),
    (
        "nothing helps. tablets, pacing, physio, none of it. i give up",
        "medium",
        "hopelessness",
    ),
    (
        "sorry for always being such a downer. ill stop posting, you lot dont need this",
        "medium",
        "burden + withdrawal",
    ),
    (
        "drowning. dont know what else to say",
        "medium",
        "ambiguous distress",
    ),
    (
        "feel like im falling apart and nobody can see it",
        "medium",
        "can't cope",
    ),
    (
        "not been myself lately. the dark thoughts are creeping back in at night",
        "medium",
        "ambiguous 'dark thoughts'",
    ),
    (
        "3 weeks since anyone in our group heard from mo. his wife isnt replying either. bit "
        "worried tbh",
        "medium",
        "concern about another member",
    ),
    (
        "gp says theres nothing more they can do. so thats it then, this is my life forever. "
        "cant see the point",
        "medium",
        "hopelessness",
    ),
    (
        "im a waste of space. cant even make a cup of tea without help",
        "medium",
        "worthlessness/burden",
    ),
    (
        "i just need it all to stop. the pain, the noise, everything",
        "medium",
        "ambiguous wish for it to stop",
    ),
    (
        "if it wasnt for the dog i dont know if id still bother",
        "medium",
        "passive, ambiguous; clinician would want to see",
    ),
    (
        "keep thinking my kids deserve a better mum than me",
        "medium",
        "burden/worthlessness",
    ),
    (
        "been really low. stopped going to group, stopped seeing friends, just lying in bed "
        "all day",
        "medium",
        "withdrawal + low mood",
    ),
    (
        "at the end of my rope with this pain, honestly",
        "medium",
        "can't cope",
    ),
    (
        "cant take much more of this. im at breaking point",
        "medium",
        "can't cope",
    ),
    (
        "did anyone get a reply from lynn? she posted about having an awful day and not being "
        "able to carry on on saturday and nothing since",
        "medium",
        "concern about another member who went silent",
    ),
    (
        "i feel invisible. nobody would even notice if i disappeared",
        "medium",
        "ambiguous; worthlessness",
    ),
    (
        "another night with no sleep. honestly dont see how this gets any better. every year "
        "is worse than the last",
        "medium",
        "hopelessness",
    ),
    (
        "im stuck. cant go forward, cant go back, nobody can help",
        "medium",
        "trapped",
    ),
    (
        "been cutting everyone off. easier than explaining why im always in pain",
        "medium",
        "withdrawal",
    ),
    (
        "wish i could just disappear for a while",
        "medium",
        "ambiguous passive escape wish",
    ),
    (
        "struggling to see the point of anything since my pip got stopped. bills piling up "
        "and pain through the roof",
        "medium",
        "hopelessness",
    ),
    (
        "my flatmate (crps too) hasnt come out of her room in 4 days and wont answer me. who "
        "do i call?",
        "medium",
        "concern about another person",
    ),
    (
        "hanging on by a thread",
        "medium",
        "can't cope, terse",
    ),
    # ---- none ----
    (
        "this pain is killing me today 😩 anyone else flaring with the cold snap?",
        "none",
        "pain idiom, flare report",
    ),
    (
        "could murder a cuppa and a bacon sarnie after that physio",
        "none",
        "hyperbole",
    ),
    (
        "dying to see you all on thursday!! been too long",
        "none",
        "hyperbole",
    ),
    (
        "bye for now everyone, off to tenerife for 2 weeks ☀️ will catch up when im back",
        "none",
        "benign goodbye, holiday",
    ),
    (
        "just a heads up im moving to the tuesday group in leeds, its nearer work. been "
        "lovely, see some of you at the summer gathering",
        "none",
        "benign goodbye, moving group",
    ),
    (
        "does anyone take pregabalin and amitriptyline together? gp wants me to try both",
        "none",
        "plain medicine question",
    ),
    (
        "the codeine is making me so bunged up. any tips?",
        "none",
        "side effect talk",
    ),
    (
        "how many paracetamol can i take alongside co-codamol? pharmacist said not to double up",
        "none",
        "plain medicine question with a count",
    ),
    (
        "a few years ago i was in a really dark place, even planned how id do it. the pmp and "
        "you lot turned it round. im doing well now 💪",
        "none",
        "recovery story, past tense, doing well now",
    ),
    (
        "did anyone watch that channel 4 documentary about the bridge in bristol and the "
        "people who patrol it? really well done",
        "none",
        "TV programme",
    ),
    (
        "meeting moved to the costa on the high street, 11am saturday. theres a ramp round "
        "the side",
        "none",
        "meeting logistics",
    ),
    (
        "backs been awful all week but ive kept up my pacing and stretches and its settling. "
        "small wins",
        "none",
        "flare without despair",
    ),
    (
        "knees are killing me after the walk but it was so worth it, the bluebells were gorgeous",
        "none",
        "pain idiom",
    ),
    (
        "dead on my feet today lol. grandkids stayed over",
        "none",
        "idiom",
    ),
    (
        "giving away a bag of size 12 clothes, dont fit since the steroids. anyone want them "
        "before they go to the charity shop?",
        "none",
        "giving things away innocently",
    ),
    (
        "selling my old tens machine, got a new one for my birthday. £15 if anyone wants it",
        "none",
        "selling possessions innocently",
    ),
    (
        "lost my old dog last month, still miss him loads. got a rescue pup coming next week "
        "though!",
        "none",
        "pet bereavement, positive",
    ),
    (
        "the tramadol side effects are horrible, feel sick all day. going back to the gp to switch",
        "none",
        "side effects",
    ),
    (
        "counting down the days till my hydro starts lol",
        "none",
        "counting, innocent",
    ),
    (
        "had the steroid injection in my back yesterday. bit sore but hopeful",
        "none",
        "treatment update",
    ),
    (
        "sorting my mums lasting power of attorney this week, so much paperwork. no wonder my "
        "neck is in bits",
        "none",
        "paperwork for someone else",
    ),
    (
        "what time is the meet up on the 14th? ill need a lift if anyones passing the retail park",
        "none",
        "logistics",
    ),
    (
        "hot water bottle is my best friend tonight",
        "none",
        "ordinary",
    ),
    (
        "anyone tried the new pain cafe at the hospital? thinking of going",
        "none",
        "ordinary",
    ),
    (
        "that lady on the one show with fibro explained it brilliantly, sent it to my sister",
        "none",
        "TV",
    ),
    (
        "my last post went missing somehow so here's the link to the pacing worksheet again",
        "none",
        "'last post' innocently",
    ),
    (
        "shattered but happy, managed the whole parkrun walking with my stick!",
        "none",
        "positive",
    ),
    (
        "thanks for the lovely card everyone, made my day 😊",
        "none",
        "ordinary",
    ),
    (
        "gonna kill my husband, hes put my heat pads in the wash again 😂",
        "none",
        "hyperbole",
    ),
    (
        "gabapentin made me so dizzy i walked into the door frame 🙈 anyone else?",
        "none",
        "side effect",
    ),
    (
        "morphine patch is working better than the tablets, first decent sleep in ages",
        "none",
        "medicine, positive",
    ),
    (
        "pharmacy only gave me half my prescription again. do i have to go back to the gp?",
        "none",
        "medicine logistics",
    ),
    (
        "been saving up for a new mattress, any recommendations for bad backs?",
        "none",
        "'saving up' innocent",
    ),
    (
        "finished the jigsaw!! 1000 pieces. only took me 3 months 😂",
        "none",
        "ordinary",
    ),
    (
        "so much for spring, its freezing and my hands have seized up. arthritis is a joy",
        "none",
        "flare, sarcasm",
    ),
    (
        "hi all, new here. did the pmp at the general in march. fibro and hypermobility. "
        "looking forward to meeting you",
        "none",
        "introduction",
    ),
    (
        "sorry i missed thursday, flare up. will try for next time",
        "none",
        "absence, benign",
    ),
    (
        "cant make it today, hospital appointment ran over. save me a scone!",
        "none",
        "logistics",
    ),
    (
        "my crps foot is on fire today, honestly feels like its burning. ice pack time",
        "none",
        "flare description",
    ),
    (
        "anyone know if youre allowed to drive on amitriptyline? makes me drowsy in the mornings",
        "none",
        "medicine question",
    ),
    (
        "been doing the mindfulness app every night, actually sleeping better",
        "none",
        "positive",
    ),
    (
        "thats me signing off for the night, early start tomorrow. night all x",
        "none",
        "benign goodbye",
    ),
    (
        "my physio is trying to kill me with these new exercises lol",
        "none",
        "hyperbole",
    ),
    (
        "cutting right back on sugar and feeling better for it",
        "none",
        "'cutting' innocent",
    ),
    (
        "shot my first wedding since the back op! photography is back on 📸",
        "none",
        "'shot' innocent",
    ),
    (
        "watched a film last night about a bloke who jumps off a bridge and survives. bit "
        "heavy for a tuesday",
        "none",
        "film",
    ),
    (
        "does anyone have the number for the pain clinic advice line? lost it",
        "none",
        "logistics",
    ),
    (
        "we should do a christmas meal this year, whos in? the harvester does a decent menu",
        "none",
        "social",
    ),
    (
        "pain level 8 today but im still here moaning lol",
        "none",
        "flare with humour",
    ),
    (
        "hanging the bunting for the fundraiser this weekend, need volunteers with ladders!",
        "none",
        "'hanging' innocent",
    ),
    (
        "can someone remind me what the boom and bust thing was from the programme",
        "none",
        "ordinary",
    ),
    (
        "finally cleared out the garage after 10 years, found my old roller skates 😂",
        "none",
        "'garage' innocent",
    ),
    (
        "gp is stopping my diazepam. nervous about coming off it, any advice on tapering?",
        "none",
        "medicine question",
    ),
    (
        "knackered after the hospital run, took mum for her cataract op",
        "none",
        "ordinary",
    ),
    (
        "off to my sisters for the weekend, no signal there so dont panic if i dont reply!",
        "none",
        "benign going quiet",
    ),
    (
        "massive thank you to sue for running the group all this time. shes stepping down as "
        "coordinator but staying in the group. youve been amazing",
        "none",
        "benign farewell to a role",
    ),
    (
        "anyone elses tens battery die after 5 minutes?",
        "none",
        "ordinary",
    ),
    (
        "cried at the end of the session today, good tears. proud of us all",
        "none",
        "positive",
    ),
    (
        "my rheumatologist finally listened! starting biologics next month",
        "none",
        "positive",
    ),
    (
        "nearly died laughing at jos story about the mobility scooter and the bus lane 😂",
        "none",
        "hyperbole",
    ),
    (
        "is it normal for duloxetine to make you sweat loads?",
        "none",
        "side effect",
    ),
    (
        "sad news, ray from our old pmp passed away last week. funeral is friday 2pm at st "
        "marks if anyone wants to go. lovely man",
        "none",
        "news of a death, no risk to poster",
    ),
    (
        "going to the cinema tomorrow, first time in 2 years! booked the recliner seats for "
        "my back",
        "none",
        "positive",
    ),
    (
        "i used to self harm as a teenager but thats 20 years ago now. the pmp helped me talk "
        "about it. doing well now",
        "none",
        "recovery story, past tense",
    ),
    (
        "consultant said my spine looks like a 90 year olds. charming 🙄",
        "none",
        "ordinary",
    ),
    (
        "pill organiser tip: fill the whole week on a sunday so you dont miss doses",
        "none",
        "counting pills innocently",
    ),
    (
        "does co-codamol 30/500 count as paracetamol? dont want to overdose by accident",
        "none",
        "safety medicine question",
    ),
    (
        "put my name down for the gathering in october. anyone want to share a taxi?",
        "none",
        "logistics",
    ),
    (
        "fell off the wagon with pacing, overdid the gardening and paying for it now",
        "none",
        "flare without despair",
    ),
    (
        "bless you all for the messages yesterday. feeling much brighter today after a proper "
        "sleep",
        "none",
        "improvement",
    ),
    (
        "the facebook group is dead these days, shall we move to whatsapp?",
        "none",
        "'dead' innocent",
    ),
    (
        "killing time in the waiting room at the pain clinic. 2 hours late as usual",
        "none",
        "idiom",
    ),
    (
        "giving up chocolate for lent, wish me luck",
        "none",
        "'giving up' innocent",
    ),
    (
        "our cat is going to my cousins as my partners allergic. breaks my heart but i can "
        "still visit her",
        "none",
        "pet rehomed, benign reason, not final",
    ),
    (
        "my mum had an overdose of her warfarin by mistake, hospital sorted her out. anyone "
        "else juggle a parent's meds?",
        "none",
        "accidental, another person, resolved",
    ),
    (
        "ive written a letter to my mp about the waiting lists, anyone want to add their name?",
        "none",
        "'letter' innocent",
    ),
    (
        "last meeting before the summer break is the 18th, then we start again in september",
        "none",
        "'last' innocent",
    ),
]
