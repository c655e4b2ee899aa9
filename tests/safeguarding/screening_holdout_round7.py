"""Independent held-out round 7 for the safeguarding screener.

Written on 2026-11-26 by an independent evaluator (a helper session) who had not seen the
screener, its phrase library, its tests or any earlier data sets; only the design rules
(shared/design/safeguarding.md rules 1-5), domain.md and the seed paper's participant voice
were read beforehand. Labels follow the design rules. The file was saved and hashed before
the single evaluation run; texts and labels were not edited afterwards.
"""

SAMPLES_ROUND7: list[tuple[str, str, str]] = [
    # (text, label, note)   label in {"high", "medium", "none"}
    (
        (
            "been counting my tramadol every night, got about 60 saved now. just "
            "knowing theyre there helps tbh"
        ),
        "high",
        "named medicine with counting and saving",
    ),
    (
        (
            "this'll be my last post on here. thanks for the last 2 years, youve "
            "been the best bunch. take care of each other x"
        ),
        "high",
        "last post / farewell",
    ),
    (
        (
            "sorted the will out today and wrote letters for the kids. feel weirdly "
            "calm now, first time in months"
        ),
        "high",
        "affairs in order, letters, sudden calm",
    ),
    (
        (
            "anyone want my craft stuff? wont be needing any of it anymore, free to "
            "a good home"
        ),
        "high",
        "giving possessions away with finality",
    ),
    (
        (
            "my sister is taking the dog on sunday for good. its better this way, "
            "she'll have a proper life with someone who'll be around"
        ),
        "high",
        "pet given away with finality",
    ),
    (
        (
            "ive stopped my pregabalin but kept all the boxes in the drawer. just "
            "in case"
        ),
        "high",
        "stopping treatment with stock in the drawer",
    ),
    (
        (
            "been driving out to the bridge on the bypass most nights and just "
            "sitting there looking down"
        ),
        "high",
        "place with repeated visits",
    ),
    (
        (
            "cut myself again last night first time in years. didnt even feel it "
            "over the back pain"
        ),
        "high",
        "self-harm act",
    ),
    (
        (
            "took too many of my co-codamol on tuesday, ended up in a&e. home now "
            "but honestly wish it had worked"
        ),
        "high",
        "recent attempt with regret it failed",
    ),
    (
        (
            "he's kicked off again tonight and i dont feel safe at home. locked in "
            "the bathroom typing this"
        ),
        "high",
        "not safe at home, domestic abuse",
    ),
    (
        (
            "i'm not going to do anything silly but i don't feel safe being on my "
            "own tonight"
        ),
        "high",
        "not safe cue with negation (rule 2)",
    ),
    (
        "tonight's the night. i'm done with all of it. love you all",
        "high",
        "time with finality, farewell",
    ),
    (
        "made my mind up. no more pain after this weekend",
        "high",
        "decision with time and finality",
    ),
    (
        (
            "got a box of all my old meds, morphine, amitriptyline, gabapentin, the "
            "lot. lined them all up on the table"
        ),
        "high",
        "named medicines lined up",
    ),
    (
        (
            "i go to sleep every night hoping i wont wake up and ive started giving "
            "my bits away to the grandkids"
        ),
        "high",
        "passive wish plus giving things away",
    ),
    (
        (
            "dear all, i wanted to say goodbye properly while i still can. please "
            "dont be sad, i am at peace with my decision"
        ),
        "high",
        "farewell, calm after decision",
    ),
    (
        (
            "sat in the garage with the car running for a bit earlier. went back in "
            "when the neighbours dog barked. dont know why im telling you"
        ),
        "high",
        "method in garage, near attempt",
    ),
    (
        "keep thinking about the train line behind our house. it'd be quick",
        "high",
        "place and method",
    ),
    (
        "if i end it at least the pain stops. ive worked out how",
        "high",
        "intent with plan",
    ),
    (
        (
            "my ex is outside again, been banging on the door for an hour. im "
            "scared what he'll do, police said theyd come but nobody has"
        ),
        "high",
        "not safe, domestic threat",
    ),
    (
        (
            "ive been saving up my oramorph for weeks, nearly a full bottle extra "
            "now"
        ),
        "high",
        "named medicine accumulation",
    ),
    (
        "sorry everyone, i cant do this anymore. this is goodbye",
        "high",
        "farewell with finality",
    ),
    (
        (
            "made sure the cats food and vet stuff is all written down for my "
            "neighbour. she'll know what to do after"
        ),
        "high",
        "pet arrangements with finality (\"after\")",
    ),
    (
        (
            "feel really peaceful today. decided what im doing and when. no more "
            "fighting"
        ),
        "high",
        "sudden calm after a decision",
    ),
    (
        (
            "got a stash of paracetamol upstairs, been buying 2 packs every time i "
            "go to a different shop"
        ),
        "high",
        "medicine stockpiling",
    ),
    (
        (
            "burnt my arm on purpose with the iron last night so id feel something "
            "other than the fibro"
        ),
        "high",
        "self-harm act",
    ),
    (
        (
            "written a note for my daughter. its in the bedside drawer. she'll find "
            "it"
        ),
        "high",
        "note left for family",
    ),
    (
        "i want to die. simple as. every single day is agony and i want it over",
        "high",
        "direct wish to die",
    ),
    (
        (
            "planning to take all my tablets on friday when hubby is away at his "
            "mums"
        ),
        "high",
        "plan, unnamed medicine, time",
    ),
    (
        (
            "paid off the credit card, cancelled the phone contract, left "
            "instructions for the funeral. feels good to have it sorted"
        ),
        "high",
        "affairs in order with calm",
    ),
    (
        (
            "i wont be at thursdays group. or any group. thank you for trying with "
            "me"
        ),
        "high",
        "farewell, withdrawal with finality",
    ),
    (
        (
            "hes took my phone and my tablets off me again and says if i tell "
            "anyone ill regret it. using my sisters phone"
        ),
        "high",
        "domestic abuse, not safe",
    ),
    (
        (
            "i keep back the fentanyl patches from every script, got a fair few "
            "now. i know what id do with them"
        ),
        "high",
        "named medicine accumulation with intent",
    ),
    (
        (
            "tbh i dont want to wake up tomorrow and ive got everything ready if i "
            "dont"
        ),
        "high",
        "passive wish plus preparation",
    ),
    (
        "last post from me. its been a privilege knowing you lot 💔",
        "high",
        "last post farewell",
    ),
    (
        (
            "been banging my head against the wall when the migraine gets bad, left "
            "bruises this time"
        ),
        "high",
        "self-harm act",
    ),
    (
        (
            "i'm going to jump. been stood on the multi storey car park roof twice "
            "this week"
        ),
        "high",
        "intent, place, rehearsal",
    ),
    (
        (
            "thought about ending it last night, got as far as getting the kitchen "
            "knife out. put it back. not sure i would next time"
        ),
        "high",
        "near attempt with method",
    ),
    (
        (
            "stopped all my meds 3 days ago. no point anymore. keeping them in the "
            "cupboard for when im ready"
        ),
        "high",
        "stopping treatment with stock and intent",
    ),
    (
        (
            "the carer who comes in pushes me about and shouts when i cant get out "
            "of bed fast enough. im frightened of her coming tomorrow"
        ),
        "high",
        "not safe at home, abuse by carer",
    ),
    (
        (
            "found myself looking up how many amitriptyline it would take. saved "
            "the page"
        ),
        "high",
        "named medicine, researching method",
    ),
    (
        (
            "everyone would be better off and ive decided this is the last "
            "christmas theyll have to put up with me"
        ),
        "high",
        "burden plus decision and time",
    ),
    (
        (
            "given my guitar to my nephew and my books to the charity shop. dont "
            "need them where im going"
        ),
        "high",
        "giving away with finality",
    ),
    (
        (
            "feeling strangely ok today. theres an end in sight now and i know "
            "exactly when"
        ),
        "high",
        "sudden calm, time decided",
    ),
    (
        (
            "overdosed at the weekend, discharged yesterday. nobody at home knows. "
            "not sure what ill do now"
        ),
        "high",
        "recent attempt",
    ),
    (
        (
            "my husband says if i leave he'll kill me and i believe him. hes got "
            "worse since ive been poorly"
        ),
        "high",
        "domestic threat, not safe",
    ),
    (
        (
            "going to walk into the sea at the weekend. the tide goes out far at "
            "our beach"
        ),
        "high",
        "method, place, time",
    ),
    (
        (
            "dont worry about me anymore, after tonight theres nothing to worry "
            "about x"
        ),
        "high",
        "time with finality",
    ),
    (
        (
            "been scratching my legs till they bleed when the crps flares, on "
            "purpose now, its the only thing that makes me feel in control"
        ),
        "high",
        "self-harm act",
    ),
    (
        "put all my tablets in one pot tonight. just sitting looking at them",
        "high",
        "unnamed medicine gathered, time",
    ),
    (
        "id rather not wake up tbh and ive stopped taking my insulin",
        "high",
        "passive wish plus stopping treatment",
    ),
    (
        (
            "rang the vet about rehoming my two rabbits. i wont be able to look "
            "after them after next week"
        ),
        "high",
        "pets given away with finality and time",
    ),
    (
        (
            "made a list of passwords and where the house deeds are for my son. "
            "just in case anything happens to me soon 🙂"
        ),
        "high",
        "affairs in order, \"soon\"",
    ),
    (
        (
            "theres a rope in the shed and ive been out there more than once just "
            "looking at it"
        ),
        "high",
        "method, repeated rehearsal",
    ),
    (
        "wrote my goodbye letters tonight. 4 of them. feel lighter",
        "high",
        "goodbye letters, calm",
    ),
    (
        "im scared of myself tonight. i dont trust what ill do",
        "high",
        "not feeling safe from self",
    ),
    (
        (
            "im just a burden on my family, theyd be better off without me having "
            "to look after me"
        ),
        "medium",
        "burden",
    ),
    (
        "cant cope anymore. every day is the same pain and nothing helps",
        "medium",
        "can't cope",
    ),
    (
        "feel trapped in this body. no way out of it",
        "medium",
        "trapped",
    ),
    (
        "whats the point of any of it. its never going to get better",
        "medium",
        "hopelessness",
    ),
    (
        (
            "sometimes i wish i just wouldnt wake up. not going to do anything, "
            "just tired"
        ),
        "medium",
        "passive wish alone",
    ),
    (
        "going to go quiet for a bit, not in a good place. dont message",
        "medium",
        "withdrawal",
    ),
    (
        (
            "has anyone heard from dave? not been on in 3 weeks and he was in a bad "
            "way last time"
        ),
        "medium",
        "concern about another member",
    ),
    (
        (
            "worried about sue, her last post sounded really low and shes not "
            "answering texts"
        ),
        "medium",
        "concern about another member",
    ),
    (
        (
            "im so tired of fighting. i dont know how much longer i can keep going "
            "like this"
        ),
        "medium",
        "can't go on",
    ),
    (
        (
            "feel like ive let everyone down. my wife does everything now, im "
            "useless"
        ),
        "medium",
        "burden, worthlessness",
    ),
    (
        "nobody would notice if i disappeared tbh",
        "medium",
        "ambiguous hopelessness",
    ),
    (
        (
            "just lie in bed all day with the curtains shut. havent spoken to "
            "anyone since last monday"
        ),
        "medium",
        "withdrawal",
    ),
    (
        (
            "it feels hopeless. consultant says theres nothing else to try and i "
            "believe him"
        ),
        "medium",
        "hopelessness",
    ),
    (
        "honestly dont see a future for me. 34 and stuck like this forever",
        "medium",
        "hopelessness, trapped",
    ),
    (
        "wish i could go to sleep and not wake up for a year. or ever",
        "medium",
        "passive wish alone",
    ),
    (
        (
            "the pain is killing me and i honestly dont know how much more of it i "
            "can take"
        ),
        "medium",
        "idiom with can't cope",
    ),
    (
        "im at the end of my rope with all this. nothing left in the tank",
        "medium",
        "can't cope idiom",
    ),
    (
        (
            "cried in the car park after the pain clinic. they discharged me. ive "
            "got nothing now"
        ),
        "medium",
        "hopelessness",
    ),
    (
        "sorry for being such a drain on everyone on here, ill stop moaning",
        "medium",
        "burden",
    ),
    (
        "think ill leave the group, i just bring everyone down",
        "medium",
        "burden plus withdrawal",
    ),
    (
        "anyone else feel like theyre just existing not living? im a shell",
        "medium",
        "hopelessness",
    ),
    (
        "been having dark thoughts again. not acting on them but theyre there",
        "medium",
        "ambiguous dark thoughts",
    ),
    (
        (
            "my mate from group jo said some worrying stuff at the meeting last "
            "week and hasnt turned up since. can someone check in"
        ),
        "medium",
        "concern about another member",
    ),
    (
        "i dont want to be here anymore. not like that, i just... dont know",
        "medium",
        "ambiguous passive wish",
    ),
    (
        (
            "cant see the point in getting up. stopped going to group, stopped "
            "answering the phone"
        ),
        "medium",
        "hopelessness, withdrawal",
    ),
    (
        "feel like a prisoner in my own house. the pain decides everything",
        "medium",
        "trapped",
    ),
    (
        "im done. just done. too tired for all of it",
        "medium",
        "ambiguous, clinician would want to see",
    ),
    (
        "why bother with the exercises, why bother with anything",
        "medium",
        "hopelessness",
    ),
    (
        "my husband would have a better life if hed never met me",
        "medium",
        "burden",
    ),
    (
        (
            "not been eating much, cant be bothered, lost a stone in a month. feel "
            "empty"
        ),
        "medium",
        "withdrawal, low mood",
    ),
    (
        (
            "keep thinking everyone would be fine without me. im not planning "
            "anything, just the thought"
        ),
        "medium",
        "burden, passive",
    ),
    (
        "its like being buried alive with this pain and nobody can hear me",
        "medium",
        "trapped, can't cope",
    ),
    (
        "im broken. nothing works. no meds, no physio, no pacing. nothing",
        "medium",
        "hopelessness",
    ),
    (
        "turning my phone off for a while. need to disappear",
        "medium",
        "withdrawal",
    ),
    (
        (
            "lady from our group said she doesnt see the point anymore and gave me "
            "a funny long hug. im worried about her"
        ),
        "medium",
        "concern about another member",
    ),
    (
        "some days i envy people whove died. at least theyre not in pain",
        "medium",
        "passive wish",
    ),
    (
        "stuck in a hole i cant climb out of. been months",
        "medium",
        "trapped, hopelessness",
    ),
    (
        (
            "i dread every single morning. lie there thinking i cant do another day "
            "of this"
        ),
        "medium",
        "can't cope",
    ),
    (
        "i feel worthless. cant work, cant drive, cant even pick up my grandson",
        "medium",
        "worthlessness",
    ),
    (
        (
            "has anyone noticed mike stopped posting? last thing he wrote was about "
            "giving up"
        ),
        "medium",
        "concern about another member",
    ),
    (
        "feel like im drowning and nobodys throwing me a rope",
        "medium",
        "can't cope (rope in an idiom)",
    ),
    (
        "ive had enough. genuinely had enough of everything",
        "medium",
        "can't cope, ambiguous",
    ),
    (
        (
            "i dont know how to keep going. the flare hasnt stopped for 6 weeks and "
            "my gp wont listen"
        ),
        "medium",
        "can't go on",
    ),
    (
        "im a waste of space and a waste of nhs money",
        "medium",
        "burden, worthlessness",
    ),
    (
        (
            "sleeping all day so i dont have to feel anything. its easier not being "
            "awake"
        ),
        "medium",
        "withdrawal, passive",
    ),
    (
        (
            "everyone keeps saying itll get better but its been 11 years. i dont "
            "believe it anymore"
        ),
        "medium",
        "hopelessness",
    ),
    (
        "the pain is killing me today lol, anyone elses knees hate the rain?",
        "none",
        "pain idiom only",
    ),
    (
        "could murder a bacon sandwich after that hydro session",
        "none",
        "hyperbole",
    ),
    (
        "dying to see you all thursday! bringing lemon drizzle 🍋",
        "none",
        "hyperbole, meeting",
    ),
    (
        (
            "goodbye everyone, moving to the leeds group from next month as were "
            "relocating near the grandkids. will pop in"
        ),
        "none",
        "benign goodbye, moving group",
    ),
    (
        (
            "last day at work today!! retiring after 32 years on the buses. cake "
            "all round"
        ),
        "none",
        "benign last day",
    ),
    (
        "is it ok to take paracetamol with naproxen? pharmacist was shut",
        "none",
        "medicine question",
    ),
    (
        (
            "anyone had dizziness on pregabalin? started 75mg last week, feel a bit "
            "drunk in the mornings"
        ),
        "none",
        "side effect question",
    ),
    (
        (
            "how many tablets do you lot take a day? im on about 14 all in and need "
            "a pill organiser that actually fits them"
        ),
        "none",
        "medicine logistics",
    ),
    (
        (
            "few years ago i was in a really dark place and took an overdose. had "
            "loads of help since, doing well now and wanted to say it does get "
            "better"
        ),
        "none",
        "recovery story, past tense, doing well now",
    ),
    (
        (
            "watched that documentary about the golden gate bridge last night, "
            "fascinating engineering"
        ),
        "none",
        "TV, bridge",
    ),
    (
        (
            "finished the book the group recommended, the ending made me cry but in "
            "a good way"
        ),
        "none",
        "book",
    ),
    (
        (
            "meeting moved to room 4 next week, the lifts broken in the main "
            "building so use the ramp by the car park"
        ),
        "none",
        "meeting logistics",
    ),
    (
        (
            "sharpened all the kitchen knives today with my dads old whetstone, "
            "felt like a proper achievement"
        ),
        "none",
        "DIY with knives",
    ),
    (
        (
            "bought a new rope for the washing line, the old one snapped in the "
            "wind 🙄"
        ),
        "none",
        "household rope",
    ),
    (
        (
            "got the train to york for my nieces graduation, managed 3 hours out "
            "with pacing!"
        ),
        "none",
        "train, positive",
    ),
    (
        "cleared out the garage at last, found my old bike and a box of records",
        "none",
        "garage, DIY",
    ),
    (
        (
            "samsung tablet for sale, ideal for the group zoom calls, barely used, "
            "£60"
        ),
        "none",
        "tablet device",
    ),
    (
        (
            "my plan for this week: 10 min walk every day, batch cook on wednesday, "
            "rest on sunday"
        ),
        "none",
        "pacing plan",
    ),
    (
        (
            "deadline for the ot forms is friday if anyone needs help filling them "
            "in"
        ),
        "none",
        "deadline, logistics",
    ),
    (
        (
            "the end of that series was rubbish wasnt it, all that build up for "
            "nothing 😂"
        ),
        "none",
        "TV, \"the end\"",
    ),
    (
        (
            "bad flare today, fibros going mad in my shoulders. hot water bottle "
            "and netflix, will be ok"
        ),
        "none",
        "flare without despair",
    ),
    (
        (
            "migraine day 2. sunglasses indoors, dark room, ginger tea. someone "
            "remind me to drink water"
        ),
        "none",
        "flare without despair",
    ),
    (
        (
            "giving away a bag of knitting wool if anyone wants it, ive gone over "
            "to crochet"
        ),
        "none",
        "giving away without finality",
    ),
    (
        "rehoming our hens as were moving to a flat, anyone know a good place?",
        "none",
        "rehoming pets for a move",
    ),
    (
        (
            "my tramadol prescription keeps getting messed up at the chemist. "
            "anyone else having this with the new system?"
        ),
        "none",
        "medicine admin",
    ),
    (
        (
            "how do you store your meds when travelling? going to spain for a "
            "fortnight and need to take all my gabapentin"
        ),
        "none",
        "medicine travel question",
    ),
    (
        "cut my finger chopping onions, typical. still made the curry though",
        "none",
        "cooking accident",
    ),
    (
        "anyone watching the snooker?",
        "none",
        "sport",
    ),
    (
        (
            "I should like to thank the facilitators for Tuesday's session on "
            "pacing. I found it most helpful. Regards, Margaret"
        ),
        "none",
        "formal thanks",
    ),
    (
        (
            "jumped off the sofa when the doorbell went and my back went into spasm "
            "lol never again"
        ),
        "none",
        "\"jumped\" benign",
    ),
    (
        (
            "finished the gardening for the season, hung the hose up in the shed "
            "and covered the tools"
        ),
        "none",
        "gardening, shed",
    ),
    (
        (
            "were off on holiday tomorrow, see you all in 2 weeks! dont miss me too "
            "much x"
        ),
        "none",
        "holiday goodbye",
    ),
    (
        (
            "this endo is killing me, period from hell. hot bath and co-codamol and "
            "bed"
        ),
        "none",
        "idiom, medicine use",
    ),
    (
        (
            "had my last injection today at the pain clinic, thats the course "
            "finished, fingers crossed"
        ),
        "none",
        "\"last\" benign",
    ),
    (
        (
            "anyone know if the counselling service still does the mindfulness "
            "course?"
        ),
        "none",
        "service question",
    ),
    (
        "saving up for a mobility scooter, nearly got enough!",
        "none",
        "saving, not medicine",
    ),
    (
        "counting down the days till my hip op 🙌 12 to go",
        "none",
        "counting, benign",
    ),
    (
        (
            "doctor wants me to come off amitriptyline slowly, anyone done the "
            "taper? tips?"
        ),
        "none",
        "supervised medicine change",
    ),
    (
        "went to see the new bond film, loud but good",
        "none",
        "film",
    ),
    (
        (
            "walked across the suspension bridge at clifton with my grandson, first "
            "time in years i managed it"
        ),
        "none",
        "bridge, positive",
    ),
    (
        (
            "my husband fixed the leak in the bathroom, hes a star, id be lost "
            "without him"
        ),
        "none",
        "positive home",
    ),
    (
        (
            "sorry i missed the last two meetings, hospital appointments clashed. "
            "back next week"
        ),
        "none",
        "missed meetings with return",
    ),
    (
        "so bored of this weather. my joints are screaming",
        "none",
        "idiom",
    ),
    (
        (
            "lol my cat knocked all my tablets off the bedside table and i had to "
            "count them all back into the dosette box 🙄"
        ),
        "none",
        "counting tablets, benign",
    ),
    (
        (
            "does anyone else get jaw pain with their migraines? dentist says its "
            "clenching"
        ),
        "none",
        "symptom question",
    ),
    (
        "thank you for all the birthday wishes! had a lovely quiet day",
        "none",
        "positive",
    ),
    (
        (
            "honestly the group has changed my life, 6 months ago i was in bits and "
            "now im back volunteering at the food bank"
        ),
        "none",
        "recovery",
    ),
    (
        (
            "was so low after my diagnosis i thought about ending it all. that was "
            "2019 and im in a much better place now with the right support"
        ),
        "none",
        "recovery story, past tense",
    ),
    (
        "anyone tried the tens machine from aldi?",
        "none",
        "product question",
    ),
    (
        "im dead on my feet today after the grandkids visit, worth it though",
        "none",
        "idiom",
    ),
    (
        (
            "physio discharged me, said im doing brilliantly and theyre done with "
            "me 😂"
        ),
        "none",
        "benign discharge",
    ),
    (
        (
            "my neuropathy is worse at night, burning feet. anyone found socks that "
            "help?"
        ),
        "none",
        "symptom question",
    ),
    (
        (
            "writing a letter to my MP about the waiting lists, anyone want to add "
            "their name?"
        ),
        "none",
        "letter, campaign",
    ),
    (
        (
            "book club pick ends with her jumping off a cliff, bit grim tbh, can we "
            "do something cheerier next?"
        ),
        "none",
        "book",
    ),
    (
        (
            "off to the allotment, the plan is to get the last of the spuds in "
            "before the frost"
        ),
        "none",
        "plan, last, gardening",
    ),
    (
        (
            "leaving my job at the council at the end of the month, going part time "
            "somewhere closer. nervous but excited"
        ),
        "none",
        "leaving a job",
    ),
    (
        "love my new reacher grabber, best £8 i ever spent",
        "none",
        "product",
    ),
    (
        (
            "anyone know if the pharmacy on the high street delivers? cant drive "
            "this week"
        ),
        "none",
        "logistics",
    ),
    (
        (
            "quick one - is the meeting on the 14th still going ahead with the "
            "train strikes?"
        ),
        "none",
        "logistics, train",
    ),
    (
        (
            "the rope swing at the park brought back memories, wish i could still "
            "have a go!"
        ),
        "none",
        "rope, nostalgia",
    ),
    (
        (
            "my backs broken today haha, did too much hoovering. lesson learned, "
            "pacing from now on"
        ),
        "none",
        "idiom",
    ),
    (
        (
            "saw on the news about people stockpiling paracetamol during covid, mad "
            "times"
        ),
        "none",
        "news, stockpiling",
    ),
    (
        "my mum's 90 tomorrow and shes sharper than me!",
        "none",
        "family",
    ),
    (
        "cooked a roast for 8 and survived, knife skills still intact 🔪",
        "none",
        "cooking, knife",
    ),
    (
        (
            "binned my old crutches, dont need them anymore after the knee "
            "replacement 🎉"
        ),
        "none",
        "\"don't need anymore\" benign",
    ),
    (
        (
            "doing a sponsored walk for versus arthritis, 5k in june, link in my "
            "bio"
        ),
        "none",
        "charity sport",
    ),
    (
        "hands so bad today ive got hubby typing this. crps flare from the cold",
        "none",
        "flare without despair",
    ),
    (
        (
            "anyone elses fibro fog terrible? put the kettle in the fridge this "
            "morning 🤦‍♀️"
        ),
        "none",
        "fog, humour",
    ),
    (
        (
            "said goodbye to my old physio today as shes retiring, got her a card "
            "from all of us"
        ),
        "none",
        "benign goodbye",
    ),
    (
        (
            "gave my old exercise bike to my neighbour, never used it anyway and "
            "shes training for a charity ride"
        ),
        "none",
        "giving away without finality",
    ),
    (
        "final episode of line of duty tonight, no spoilers please!!",
        "none",
        "TV, tonight, final",
    ),
    (
        "ive had it with this printer, chucking it out the window",
        "none",
        "hyperbole",
    ),
    (
        (
            "my gp has upped my gabapentin to 300mg three times a day, how long "
            "before it kicks in?"
        ),
        "none",
        "medicine question",
    ),
    (
        (
            "carpet fitters coming tomorrow so ive got to move all the furniture, "
            "wish me luck"
        ),
        "none",
        "household",
    ),
    (
        "anyone want to car share to the next meeting from the retail park?",
        "none",
        "logistics",
    ),
    (
        (
            "stopped my naproxen as it was wrecking my stomach, gp switched me to "
            "something else"
        ),
        "none",
        "supervised medicine stop",
    ),
]
