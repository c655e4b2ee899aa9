"""Training posts for the safeguarding screener, set D: long and mixed posts, hard combinations.

Written on 2026-11-26 by a helper session (an AI assistant) for pmp-followon, from the design
rules in ../shared/design/safeguarding.md (rules 1-5), domain.md and the way members talk in
the seed paper's participant quotes. Every post is invented; none are real people's words.
Used to train and check triage of group posts for human review (high / medium / none), with
emphasis on cues in the middle or at the end of long posts, idioms or jokes mixed with a real
cue, negations that must not clear a cue, past-tense stories (same now vs better now),
hypotheticals, other people's stories and the news, coercive control shown through events,
concern about another member, and routine versus hoarded medicines.
"""

SAMPLES_TRAIN_D: list[tuple[str, str, str]] = [
    # (text, label, note)
    # ---- high ----
    (
        (
            "lovely to see everyone thurs. sorry i left early, he rings if im not back "
            "by 2 and gets funny about it. hes had my phone again this week going "
            "through who i text so if i go quiet thats why. not going to do anything "
            "daft but i dont feel safe at home tbh"
        ),
        "high",
        "not safe at home; negation does not clear",
    ),
    (
        (
            "does anyone know if the pip money can go in a different account? he has "
            "my card and gives me £20 a week and i have to show him the receipts. i "
            "asked for bus fare to get to group and he just laughed"
        ),
        "high",
        "coercive control: money controlled",
    ),
    (
        (
            "Sorry I missed the meet up. I wasn't allowed out. Its fine, its my own "
            "fault for not asking sooner."
        ),
        "high",
        "coercive control: not allowed out",
    ),
    (
        (
            "honestly the back is the least of it. im walking on eggshells every "
            "evening waiting to see what mood he comes in with. last week he threw the "
            "kettle at the wall. kids were in bed thank god"
        ),
        "high",
        "domestic abuse: walking on eggshells, violence",
    ),
    (
        (
            "my son moved back in after his divorce and i think he takes my tablets "
            "and sells them. when i say anything he grabs my arm, ive got bruises all "
            "up it. i dont want to get him in trouble"
        ),
        "high",
        "abuse by family member: meds taken, grabbed, bruises",
    ),
    (
        (
            "please dont reply to this one. he reads everything on here so if i seem "
            "cheerful its because hes over my shoulder. i just wanted someone to know "
            "things arent right at home"
        ),
        "high",
        "coercive control: monitored, fear",
    ),
    (
        (
            "he said if i leave he'll make sure i never see the dog again. and worse "
            "than that. im not being dramatic, i just want someone to know in case"
        ),
        "high",
        "threats from partner",
    ),
    (
        (
            "the pacing is going ok, managed the garden for 20 mins yesterday. he says "
            "im lazy and faking it and locks the car keys away so i cant go anywhere. "
            "im scared of him when hes been drinking if im honest"
        ),
        "high",
        "controlled, keys locked away, scared of partner",
    ),
    (
        (
            "Not in a bad way mentally, before anyone worries! I just don't really "
            "want to go home after group on Thursdays. My daughter-in-law shouts at me "
            "and she pushed me last month and I'm frightened of her. Silly at my age."
        ),
        "high",
        "not safe at home: pushed by relative; negation",
    ),
    (
        (
            "I'll have to sit out the cafe trip. He won't let me have any money of my "
            "own and he says the group is filling my head with rubbish."
        ),
        "high",
        "coercive control: no money, isolation from group",
    ),
    (
        (
            "had such a laugh at the quiz, thank u all 😂 the pain's been killing me "
            "all week mind. things at home are bad again, he took the bedroom door off "
            "so i cant lock it"
        ),
        "high",
        "joke + idiom + not safe at home",
    ),
    (
        (
            "can u ring the crisis numbers without it showing on the phone bill? "
            "asking for me. he goes through everything, the bank, the phone, the lot"
        ),
        "high",
        "hiding help-seeking from partner",
    ),
    (
        (
            "my husband controls my meds now. he gives me them when he decides. some "
            "days i dont get any and the pain is unbearable, he says its to stop me "
            "getting hooked but it only happens when ive upset him"
        ),
        "high",
        "partner withholding medication as control",
    ),
    (
        (
            "I have to be careful what I say on here. Things have got worse since my "
            "partner lost his job. He put his hand round my throat on Sunday. I'm "
            "alright, I'm not going to do anything stupid, I just don't know what to "
            "do."
        ),
        "high",
        "strangulation by partner; negation does not clear",
    ),
    (
        (
            "if he finds out ive been messaging u all he'll go mad, he already smashed "
            "my old phone once. sorry to bring it to the group"
        ),
        "high",
        "fear of partner, phone smashed",
    ),
    (
        (
            "my ex used to control all the money and now my new partner is doing the "
            "exact same thing. cant buy so much as a coffee without asking and "
            "explaining. feels like being right back there"
        ),
        "high",
        "past abuse repeating now: money control",
    ),
    (
        (
            "He says nobody would believe me because I'm always 'ill'. He's threatened "
            "to tell social services I can't look after the kids if I go and stay at "
            "my mum's."
        ),
        "high",
        "threats from partner, isolation",
    ),
    (
        (
            "im fine honestly, just the usual. but ive started sleeping in my car on "
            "the drive some nights because it feels safer than being inside"
        ),
        "high",
        "feels safer sleeping in car than at home",
    ),
    (
        (
            "been a rotten week, rain every day and the hip is screaming. ive stopped "
            "taking the pregabalin but kept every box, theres a fair few now. just in "
            "case i need them all at once"
        ),
        "high",
        "stopped pregabalin, stockpiled, intent",
    ),
    (
        "does anyone know how many co-codamol would be too many? not for a headache.",
        "high",
        "asking lethal amount of co-codamol",
    ),
    (
        "i counted the tramadol tonight. 84. thats enough i think",
        "high",
        "counting tramadol with finality",
    ),
    (
        (
            "GP keeps upping the amitriptyline and ive been putting the spare ones in "
            "a jar in the bedside drawer. dont really know why im telling you lot. "
            "maybe so someone knows"
        ),
        "high",
        "saving amitriptyline in drawer",
    ),
    (
        (
            "my mum's old morphine is still in the cupboard from when she passed. i "
            "keep getting it out and looking at it. its like its waiting for me"
        ),
        "high",
        "fixation on stored morphine",
    ),
    (
        (
            "Thank you Jean for the crumble recipe. I have been saving my gabapentin "
            "rather than taking it and I have about three months' worth now. I feel "
            "calmer knowing it's there."
        ),
        "high",
        "saving gabapentin; calm knowing it is there",
    ),
    (
        (
            "not going to the chemist this week, ive got enough stocked up for what i "
            "need. i wont need any more after that x"
        ),
        "high",
        "stocked up, won't need more",
    ),
    (
        (
            "stopped all my meds on monday. gp doesnt know. ive got the old fentanyl "
            "patches in a bag in the drawer for when i decide"
        ),
        "high",
        "stopped meds, fentanyl patches kept for when decided",
    ),
    (
        (
            "ive lined them all up on the kitchen table. paracetamol, codeine, the "
            "lot. just sitting here looking at them"
        ),
        "high",
        "lining up medicines",
    ),
    (
        (
            "I'm a bit muddled today. I've been putting a diazepam aside each night "
            "instead of taking it. I know what I'm doing."
        ),
        "high",
        "putting diazepam aside with intent",
    ),
    (
        (
            "Lovely weather for once!! Took the dog round the park and saw a heron. "
            "Also been buying paracetamol in every shop I go in, two packs at a time "
            "so they don't ask questions."
        ),
        "high",
        "cheerful chat + buying paracetamol across shops",
    ),
    (
        (
            "if the scan on friday says the same as always then thats it. ive got the "
            "sertraline and the tramadol saved up, im not doing another year of this"
        ),
        "high",
        "hypothetical + saved sertraline and tramadol",
    ),
    (
        (
            "My dosette box is all done for the week. But I've got another drawer "
            "that's full as well and that one is for me. Nobody knows about that "
            "drawer."
        ),
        "high",
        "second hidden drawer of tablets",
    ),
    (
        (
            "I'm not suicidal, before anyone panics. I've just put the tramadol "
            "somewhere safe for when I need them all. Anyway how did the bowling go?"
        ),
        "high",
        "negation + tramadol put aside for all at once",
    ),
    (
        (
            "This will be my last post on here. Thank you all for the laughs and the "
            "kindness, especially Pat and Lorraine. Please don't be sad. You were the "
            "best thing about these last few years."
        ),
        "high",
        "last post farewell",
    ),
    (
        (
            "took the cat round to my neighbours today, she'll look after him properly "
            "now. he wont need me anymore. anyway hows everyones week been?"
        ),
        "high",
        "giving pet away with finality, then small talk",
    ),
    (
        (
            "sorting all my stuff into bags for the grandkids, put their names on "
            "everything. wont be needing any of it after this month"
        ),
        "high",
        "giving possessions away, won't need after this month",
    ),
    (
        (
            "I have written letters for my two boys and left them with the will in the "
            "bureau. I feel more settled than I have for a long time."
        ),
        "high",
        "letters and will left, settled",
    ),
    (
        (
            "just wanted to say bye properly to everyone. u all know who u are. look "
            "after each other for me xx"
        ),
        "high",
        "farewell",
    ),
    (
        (
            "been to the solicitors, changed the will and sorted the funeral plan. "
            "everythings in order now so nobody has to deal with a mess after"
        ),
        "high",
        "affairs in order, funeral plan",
    ),
    (
        (
            "gave my knitting stuff to Sandra at group, she'll make better use of it "
            "than me. i wont need it where im going"
        ),
        "high",
        "giving away hobby items, not needed where going",
    ),
    (
        "Re-homed the dog at the weekend. Best for her. There's nothing keeping me here now.",
        "high",
        "rehomed dog, nothing keeping me here",
    ),
    (
        (
            "sorry for being such a misery the last few months. this is the last time "
            "ill moan, promise. thank you for everything, really"
        ),
        "high",
        "apology + last time + thank you (farewell)",
    ),
    (
        "ive left a note for my daughter on the mantelpiece so she knows it wasnt her fault",
        "high",
        "note left for daughter",
    ),
    (
        (
            "Planning a nice day out on Saturday with my sister, first in ages. Going "
            "to tell her all the things I never said. Then that's me done."
        ),
        "high",
        "day out then finality",
    ),
    (
        (
            "if anyone wants my riser recliner its yours, free, but it has to be "
            "collected this week. after that there'll be nobody here to let you in"
        ),
        "high",
        "giving away furniture, nobody here after",
    ),
    (
        (
            "deleted my facebook and cancelled the phone contract from next month. "
            "wont be needing either of them"
        ),
        "high",
        "closing accounts, won't need",
    ),
    (
        (
            "The group has been good to me. I won't be at the Christmas meal. I won't "
            "be at any more. I wanted to say thank you while I still can."
        ),
        "high",
        "farewell: won't be at any more meetings",
    ),
    (
        "cant do another winter like the last one. after friday i wont have to",
        "high",
        "time with finality: after friday",
    ),
    (
        (
            "tonights the night. no more hospital letters, no more waiting lists. just "
            "wanted someone to know"
        ),
        "high",
        "tonight with finality",
    ),
    (
        ("kids are at their dads this weekend. perfect time really. house will be nice and quiet"),
        "high",
        "weekend alone as opportunity",
    ),
    (
        "my birthdays on sunday. ive decided its going to be the last one. dont want a fuss",
        "high",
        "last birthday",
    ),
    (
        (
            "pain clinic appointment got moved to march. i wont be here in march so "
            "they can give my slot to someone else"
        ),
        "high",
        "won't be here in March",
    ),
    (
        (
            "Just have to get through Christmas for the grandchildren's sake, and then "
            "in the new year I'm finished with all of it for good."
        ),
        "high",
        "after Christmas, finished for good",
    ),
    (
        (
            "got off the bus a stop early and walked up to the suspension bridge "
            "again. stood there for ages. didnt go home till it was dark"
        ),
        "high",
        "place: suspension bridge visit",
    ),
    (
        (
            "sat in the car in the garage with the engine running for a bit tonight. "
            "turned it off in the end. dont know what stopped me"
        ),
        "high",
        "recent near-attempt: car fumes in garage",
    ),
    (
        (
            "keep thinking about the level crossing on the way to the surgery. how "
            "quick it would all be over"
        ),
        "high",
        "method: level crossing thoughts",
    ),
    (
        "bought rope at b&q today. not for the garden",
        "high",
        "rope bought, not for garden",
    ),
    (
        (
            "the tide comes in really fast at the beach near us. ive been going down "
            "every evening to watch it. its peaceful. one night i just wont walk back "
            "up"
        ),
        "high",
        "place: tide, won't walk back",
    ),
    (
        (
            "had another bad night. ended up on the top floor of the multi storey at "
            "3am looking over the edge. got a taxi home in the end"
        ),
        "high",
        "high place at night",
    ),
    (
        (
            "I've been looking up which part of the cliffs is the highest. Idle "
            "curiosity, I told myself."
        ),
        "high",
        "researching cliffs",
    ),
    (
        (
            "lots of lorries on the bypass at night. i keep thinking about just "
            "stepping off the kerb"
        ),
        "high",
        "method: stepping into lorries",
    ),
    (
        (
            "The pain's been killing me all week, but it's not that. I've found a "
            "place by the railway line where nobody goes and I keep going back there."
        ),
        "high",
        "pain idiom + railway place",
    ),
    (
        "tied something round my neck last night just to see. took it off. dont tell my mum",
        "high",
        "ligature test",
    ),
    (
        (
            "back to cutting again, first time in two years. arms this time. i keep my "
            "cardigan on at group so no one noticed thursday"
        ),
        "high",
        "self-harm: cutting again",
    ),
    (
        (
            "when the nerve pain gets that bad i burn my hand on the hob so i feel "
            "something i chose. did it twice this week"
        ),
        "high",
        "self-harm: burning on hob",
    ),
    (
        (
            "scratched my legs till they bled again last night. its the only thing "
            "that shuts my head up"
        ),
        "high",
        "self-harm: scratching till bleeding",
    ),
    (
        (
            "i bang my head against the wall when the migraine starts. i know its "
            "stupid. my husband found me doing it yesterday"
        ),
        "high",
        "self-harm: head banging",
    ),
    (
        (
            "i punch my thigh til its black and blue when i get frustrated. easier "
            "than the crps pain somehow"
        ),
        "high",
        "self-harm: hitting self",
    ),
    (
        (
            "lol its been one of those weeks 🙃 flat tyre, boiler broke, and ive been "
            "cutting again. anyway how was the walk?"
        ),
        "high",
        "joke list ending with cutting",
    ),
    (
        (
            "havent done it in months but i did tonight. the old razor from the "
            "bathroom cabinet. all cleaned up now"
        ),
        "high",
        "self-harm with razor tonight",
    ),
    (
        (
            "bit my arm till it bled during the flare. im fine now really, not doing "
            "it again. just telling someone"
        ),
        "high",
        "self-harm: biting till bleeding; negation",
    ),
    (
        (
            "I hit myself with the walking stick yesterday when I couldn't get up the "
            "stairs. Really hard, several times."
        ),
        "high",
        "hitting self with walking stick",
    ),
    (
        (
            "ive been out of hospital 2 days. took too many of my tablets on saturday. "
            "mum found me. theyve sent me home with a leaflet"
        ),
        "high",
        "recent overdose, sent home",
    ),
    (
        (
            "Sorry I've been quiet. I was in A&E last week after I took an overdose. "
            "I'm home now and the crisis team have rung once."
        ),
        "high",
        "recent overdose, A&E",
    ),
    (
        (
            "almost did it on sunday. had it all ready. the phone rang and it was my "
            "grandson so i stopped. but its all still there"
        ),
        "high",
        "near-attempt, means still there",
    ),
    (
        (
            "I went to end it last month and didn't. Everyone thinks I'm ok because I "
            "came to the Christmas planning meeting. I'm not. It feels just the same "
            "as it did then."
        ),
        "high",
        "past attempt, feels same now",
    ),
    (
        (
            "two years ago i tried with my tablets and i always said id never get back "
            "there. but honestly it feels exactly the same now, same thoughts every "
            "night"
        ),
        "high",
        "past attempt, same thoughts now",
    ),
    (
        (
            "had my stomach pumped in 2019. said never again. this week ive been "
            "looking at the boxes the way i did back then"
        ),
        "high",
        "past overdose, looking at boxes now",
    ),
    (
        (
            "after all these months of misery i feel really calm now. made my mind up "
            "and its like a weight has lifted. thanks for putting up with me"
        ),
        "high",
        "sudden calm after decision",
    ),
    (
        (
            "Don't worry about me anymore everyone, I've found real peace with it now "
            "that I know how it ends."
        ),
        "high",
        "peace now knowing how it ends",
    ),
    (
        (
            "weirdly good mood today. first time in ages. everything makes sense now "
            "ive decided. the pain doesnt even bother me"
        ),
        "high",
        "sudden good mood after deciding",
    ),
    (
        "wish i could just not wake up. ive got enough of the codeine to make that happen too",
        "high",
        "passive wish + codeine means",
    ),
    (
        "i keep hoping i just wont wake up. ive written to my sister just in case",
        "high",
        "passive wish + letter written",
    ),
    (
        (
            "Wouldn't mind if the car ended up in a ditch on the way to the hospital "
            "tomorrow. I've thought about where I'd turn the wheel."
        ),
        "high",
        "passive wish + method (car, turning wheel)",
    ),
    (
        (
            "i pray every night not to wake up. my cats gone to my daughters now and "
            "ive left instructions for the flat"
        ),
        "high",
        "passive wish + cat rehomed + instructions",
    ),
    (
        (
            "id be happy to go in my sleep. been thinking i could help it along, i "
            "know which tablets would do it"
        ),
        "high",
        "passive wish + tablets intent",
    ),
    (
        "wish i wasnt here. been looking at the bridge on google maps",
        "high",
        "passive wish + bridge on maps",
    ),
    (
        (
            "what a week!! storm took half the fence down and next doors trampoline "
            "ended up in our garden 😂 my knees have been screaming with the damp. back "
            "at the pain clinic on tues. ive been saving my tramadol since october, "
            "got a good few now"
        ),
        "high",
        "long chatty post ending in tramadol stockpile",
    ),
    (
        (
            "haha yes i could murder a bacon roll too. mums birthday went ok. honestly "
            "though im tired of pretending, the plans made and im sticking to it this "
            "time"
        ),
        "high",
        "idiom + plan made",
    ),
    (
        (
            "Aqua class was fab today, my shoulder moved better than it has in months. "
            "Sat in the car park after and cried. I've got everything ready at home "
            "now and I don't think I'll be at the next class."
        ),
        "high",
        "good news then everything ready, won't be at next class",
    ),
    (
        (
            "so the physio said my core is 'almost non existent' 🙄 rude. anyway been "
            "thinking a lot, the dog would be better off with my brother so ive asked "
            "him to take her for good. its the right time"
        ),
        "high",
        "joke + dog given away for good",
    ),
    (
        (
            "yes id love to come to the christmas meal but i dont think ill still be "
            "around by then. sorry"
        ),
        "high",
        "won't be around by Christmas",
    ),
    (
        (
            "Crochet update: finished the blanket for the baby!! 🥰 Bit of a bad patch "
            "otherwise. Keep walking down to the river at night and staring at it. "
            "Anyway hope to see some of you Tuesday"
        ),
        "high",
        "craft update + river at night",
    ),
    (
        (
            "long day at the hospital, 4 hrs for a 10 min appointment, then the bus "
            "broke down lol. honestly i dont see the point anymore and ive been "
            "reading up on how many amitriptyline it takes. not in a good place"
        ),
        "high",
        "hopelessness + researching amitriptyline amounts",
    ),
    (
        (
            "My pain's been awful, the usual. My granddaughter came round and did my "
            "nails, bless her. I've given her my mum's ring, I want her to have it now "
            "rather than later. I've told her where the will is."
        ),
        "high",
        "giving ring away now, will location",
    ),
    (
        (
            "it was 3 years ago i first planned it, before the pmp. i thought i was "
            "past it. but last night i got the old plan out again and it still made "
            "sense"
        ),
        "high",
        "old plan revisited, still makes sense",
    ),
    (
        (
            "Really worried. Kev just messaged me to say goodbye and that hes got all "
            "his pills out and is going up to the bridge. Ive tried ringing, no "
            "answer. What do I do?"
        ),
        "high",
        "concern about member with reported means and place",
    ),
    (
        (
            "my friend did it with her tablets years ago and honestly i get it now. "
            "ive got the same ones"
        ),
        "high",
        "someone else's story + same tablets",
    ),
    (
        (
            "saw on the news about the man on the bridge. i understood him completely. "
            "i know where id go"
        ),
        "high",
        "news story + identification + place",
    ),
    (
        (
            "lol dont worry im not going anywhere 😂 just sorting out letters for the "
            "kids and picking my funeral songs. you know. normal tuesday"
        ),
        "high",
        "jokey negation + letters and funeral songs",
    ),
    (
        (
            "if they cut my pip at the tribunal i know what ill do. the patches are "
            "all in the drawer"
        ),
        "high",
        "hypothetical PIP cut + patches in drawer",
    ),
    # ---- medium ----
    (
        (
            "everyone keeps saying lovely to see you but honestly im just a drain on "
            "my husband. hed be better off without me, he could have a proper life"
        ),
        "medium",
        "burden: husband better off without me",
    ),
    (
        (
            "My daughter had to take another day off work to take me to the hospital. "
            "I'm nothing but a burden to her and it isn't fair on her."
        ),
        "medium",
        "burden on daughter",
    ),
    (
        (
            "great session on pacing today thanks everyone. cant shake the feeling the "
            "kids would be happier if i wasnt around being miserable all the time "
            "though"
        ),
        "medium",
        "thanks then burden feeling at end",
    ),
    (
        (
            "sorry for going on. i feel like a burden even on here, u all have your "
            "own pain to deal with"
        ),
        "medium",
        "burden even on the group",
    ),
    (
        (
            "I'm stepping down as coordinator. I'm useless at it and I'm just dragging "
            "everyone down. Someone else would do it far better than me."
        ),
        "medium",
        "burden: dragging everyone down",
    ),
    (
        (
            "the pain is killing me today 😩 and i hate that my wife has to do "
            "everything. what kind of husband am i. she'd honestly be better off"
        ),
        "medium",
        "pain idiom + burden keeps cue",
    ),
    (
        "my mum says im not a burden but she would say that wouldnt she",
        "medium",
        "burden, disbelieves reassurance",
    ),
    (
        "do u ever feel like ur just taking up space? thats me this week",
        "medium",
        "worthless, taking up space",
    ),
    (
        "feel like im just a weight round everyones neck. family, the nhs, the lot",
        "medium",
        "burden to everyone",
    ),
    (
        (
            "think the world would carry on just fine without me in it to be honest. "
            "not going to do anything, its just how i feel"
        ),
        "medium",
        "world better without me; negation",
    ),
    (
        (
            "I cost the NHS a fortune and give nothing back. Sometimes I think it "
            "would be kinder to everyone if I just faded away."
        ),
        "medium",
        "burden + fading away",
    ),
    (
        (
            "ran out of spoons by 10am. my son had to cook tea again. hes 14, he "
            "shouldnt be looking after me. ive ruined his childhood"
        ),
        "medium",
        "burden/guilt: child carer",
    ),
    (
        "i cant cope with this anymore. the pain, the bills, all of it. i dont know what to do",
        "medium",
        "can't cope",
    ),
    (
        (
            "feel completely trapped. cant work, cant leave the house, cant afford to "
            "move. every day the same four walls"
        ),
        "medium",
        "trapped",
    ),
    (
        "Honestly this is dreadful, I can't carry on like this much longer.",
        "medium",
        "can't carry on",
    ),
    (
        (
            "honestly drowning. universal credit sanctioned me because i missed the "
            "appointment when i couldnt get out of bed. no money now till the 28th"
        ),
        "medium",
        "can't cope: UC sanction, no money",
    ),
    (
        (
            "at the end of my rope with the GP. third time theyve fobbed me off. i "
            "cant keep going like this, something has to give"
        ),
        "medium",
        "idiom + can't keep going",
    ),
    (
        (
            "theres no way out of this. the pain doesnt stop, the meds dont work, the "
            "waiting list is 18 months"
        ),
        "medium",
        "no way out",
    ),
    (
        "im stuck. stuck in this body, stuck in this flat. i feel like a prisoner",
        "medium",
        "trapped in body and flat",
    ),
    (
        "I'm at breaking point. Been crying on and off all day and I can't stop.",
        "medium",
        "breaking point, crying all day",
    ),
    ("cant take much more of this, really cant", "medium", "can't take much more"),
    (
        (
            "Everyone says one day at a time but I can't even manage one hour at a "
            "time at the moment."
        ),
        "medium",
        "can't cope hour by hour",
    ),
    (
        ("whats the point of pacing and all the rest of it when nothing changes. 7 years of this"),
        "medium",
        "hopelessness: what's the point",
    ),
    (
        "nothing is ever going to get better is it. ive tried everything theyve thrown at me",
        "medium",
        "hopelessness: never get better",
    ),
    (
        (
            "I've been told there's nothing more the pain clinic can do. So that's it "
            "then. This is my life now and I can't see any future in it."
        ),
        "medium",
        "discharged, no future",
    ),
    (
        (
            "lovely photos from the garden centre trip! glad u all had a good time. i "
            "dont see the point in me coming anymore tbh, i just bring everyone down"
        ),
        "medium",
        "compliment then withdrawal/hopeless",
    ),
    (
        "whats the point of anything. genuinely asking",
        "medium",
        "what's the point of anything",
    ),
    (
        "cant remember the last time i looked forward to something. just existing",
        "medium",
        "anhedonia, just existing",
    ),
    (
        "i used to think it would get better. i dont think that anymore",
        "medium",
        "lost hope it will get better",
    ),
    (
        "feel like ive been given a life sentence and theres no parole",
        "medium",
        "life sentence",
    ),
    (
        "the consultant basically shrugged at me. i honestly have no hope left",
        "medium",
        "no hope left after consultant",
    ),
    (
        "im done trying. no more physio, no more mindfulness, none of it works so why bother",
        "medium",
        "giving up on self-management",
    ),
    (
        "everythings grey. has been for weeks. i dont think it will ever lift",
        "medium",
        "persistent low mood, won't lift",
    ),
    (
        "some mornings i wish i just didnt wake up. thats all. not going to do anything",
        "medium",
        "passive wish alone; negation",
    ),
    ("wouldnt mind if i didnt wake up tomorrow tbh", "medium", "passive wish alone"),
    (
        "I wouldn't be sorry if I went to sleep one night and that was that.",
        "medium",
        "passive wish alone, formal",
    ),
    (
        "if a bus hit me tomorrow i dont think id mind much",
        "medium",
        "passive wish (bus) alone",
    ),
    (
        "sometimes wish id never woken up after the op",
        "medium",
        "passive wish about surgery",
    ),
    (
        "i envy people who go quickly. there i said it",
        "medium",
        "passive wish: envy of quick death",
    ),
    (
        "if i didnt have the dog i think id want to just disappear",
        "medium",
        "passive wish to disappear",
    ),
    (
        "Tired of being alive, if I'm honest. Not tired like fibro tired. Different.",
        "medium",
        "tired of being alive",
    ),
    (
        "funny how after the fall last week i half hoped i wouldnt get up",
        "medium",
        "passive wish after fall",
    ),
    (
        ("bit of me hopes the surgery goes wrong so i dont have to deal with any of this anymore"),
        "medium",
        "passive wish: surgery going wrong",
    ),
    (
        (
            "Do you ever just wish you could stop existing for a bit? Or for good? Or "
            "is that just me?"
        ),
        "medium",
        "passive wish: stop existing",
    ),
    (
        "not been out of bed since sunday. havent eaten much. curtains shut",
        "medium",
        "withdrawal: bed, not eating",
    ),
    (
        (
            "Haven't answered the phone to anyone in two weeks. Not even my sister. I "
            "just can't face it."
        ),
        "medium",
        "withdrawal: not answering phone",
    ),
    (
        (
            "stopped going to group, stopped going to my mums, stopped showering "
            "really. i just lie here"
        ),
        "medium",
        "withdrawal: stopped everything",
    ),
    (
        "i havent spoken to a single person since last thursday. not even the postman",
        "medium",
        "withdrawal: not spoken to anyone",
    ),
    (
        "ate a slice of toast yesterday, thats about it this week. dont fancy anything",
        "medium",
        "not eating",
    ),
    (
        (
            "been ignoring all your messages sorry. i read them but i cant reply. dont "
            "know whats wrong with me"
        ),
        "medium",
        "withdrawal: reading but not replying",
    ),
    (
        (
            "cancelled the hydro, cancelled the hairdresser, cancelled my friend. dont "
            "want to see anyone. lights off, telly off"
        ),
        "medium",
        "withdrawal: cancelled everything, dark",
    ),
    (
        "havent got dressed for 5 days. not the pain really, just cant see why i would",
        "medium",
        "not getting dressed, no reason to",
    ),
    (
        (
            "has anyone heard from dave? he hasnt been on since he posted about the "
            "tribunal and his phone goes straight to voicemail"
        ),
        "medium",
        "concern about member: silent after tribunal",
    ),
    (
        (
            "Is Margaret alright? She said some worrying things at the cafe on Tuesday "
            "and she hasn't replied to my texts since."
        ),
        "medium",
        "concern about member: worrying things",
    ),
    (
        (
            "bit worried about shaz, she said last week she couldnt see the point and "
            "now nothing. anyone spoken to her?"
        ),
        "medium",
        "concern about member: couldn't see point",
    ),
    (
        (
            "not gossiping but i think we should keep an eye on tony. he was really "
            "low on the call and said his wife would be better off"
        ),
        "medium",
        "concern about member: burden talk",
    ),
    (
        (
            "Has anyone seen Ann at the pool lately? She usually texts every day and "
            "it's been nearly a fortnight."
        ),
        "medium",
        "concern about member: stopped texting",
    ),
    (
        (
            "worried about our lisa. she said shes not eating and stays in bed all day "
            "now. can one of the staff check on her?"
        ),
        "medium",
        "concern about member: not eating, in bed",
    ),
    (
        (
            "paul posted 'i cant do this anymore' on sunday and then went silent. its "
            "wednesday now. anyone heard?"
        ),
        "medium",
        "concern: post then silence",
    ),
    (
        (
            "i dont want to make a fuss but bev looked really thin and quiet at the "
            "last meeting, and when i asked she just said whats the point. is there "
            "someone we can tell?"
        ),
        "medium",
        "concern about member: thin, what's the point",
    ),
    (
        (
            "Just a note to the coordinators: Irene mentioned she's stopped leaving "
            "the house since her husband died. I'm worried about her."
        ),
        "medium",
        "concern: widowed member not leaving house",
    ),
    (
        (
            "havent heard from kaz since her op. she said she was dreading coming home "
            "to an empty house. feel a bit uneasy"
        ),
        "medium",
        "concern: member after op, empty house",
    ),
    (
        (
            "Stephen messaged me at 2am saying he was fed up and tired of everything, "
            "then nothing. He's not answering this morning."
        ),
        "medium",
        "concern: late message then no answer",
    ),
    (
        (
            "lol my cat sat on the heat pad and refused to move so i had none 😂 anyway "
            "feeling very flat. been in bed since friday, not really eating. sorry to "
            "be a downer"
        ),
        "medium",
        "joke then withdrawal and low mood",
    ),
    (
        (
            "Had a lovely time at the garden centre, the cream tea was to die for! "
            "Back home now and the old feelings are back, I'm just a nuisance to "
            "everyone."
        ),
        "medium",
        "idiom then burden",
    ),
    (
        (
            "before the pmp i felt like a burden all the time. i thought id got past "
            "it but honestly its the same feeling now, every day"
        ),
        "medium",
        "past burden feeling, same now",
    ),
    (
        (
            "Back in 2020 I stopped going out and stopped answering the door. I'm "
            "doing it again now, I haven't left the flat in three weeks."
        ),
        "medium",
        "past withdrawal, same now",
    ),
    (
        (
            "i know i said i was better after the course. im not. its back to how it "
            "was and nothings ever going to change"
        ),
        "medium",
        "relapse after course, hopeless",
    ),
    (
        (
            "my pain is through the roof, been dying for a cuppa but cant get up to "
            "make one lol. no but seriously whats even the point, every day is the "
            "same"
        ),
        "medium",
        "idiom + joke + hopelessness",
    ),
    (
        (
            "If they stop my PIP I honestly don't know how I'll cope. I'll have "
            "nothing. I'm scared and I can't see a way through."
        ),
        "medium",
        "hypothetical PIP loss, can't cope",
    ),
    (
        "if the injections dont work this time i think id just give up. i cant keep hoping",
        "medium",
        "hypothetical: injections fail, give up",
    ),
    (
        (
            "Went to the hospital, had the bloods, went to Tesco, got the bus home, "
            "sat down and couldn't get back up. Not physically. I just couldn't see "
            "why I'd bother. Been sitting here since 2."
        ),
        "medium",
        "long post: couldn't see why bother, sitting for hours",
    ),
    (
        (
            "Sorry not to be at the allotment. Truth is I don't get out of bed most "
            "days now and I've stopped answering the door."
        ),
        "medium",
        "withdrawal: bed most days, not answering door",
    ),
    (
        (
            "lovely idea about the secret santa but count me out this year, i cant "
            "face anyone. havent been outside in a fortnight"
        ),
        "medium",
        "declines event, not been outside",
    ),
    (
        (
            "the grandkids came over and i hid upstairs. couldnt face them. what kind "
            "of nan does that"
        ),
        "medium",
        "withdrawal from grandchildren, guilt",
    ),
    (
        (
            "ive been a nightmare to live with. my partner deserves better than a "
            "broken wife. honestly he should leave"
        ),
        "medium",
        "burden on partner",
    ),
    (
        (
            "not that im going to do anything daft, dont panic, but im really "
            "struggling to see the point of carrying on like this"
        ),
        "medium",
        "negation + can't see point of carrying on",
    ),
    (
        "Im not suicidal or anything but im exhausted and trapped and nobody listens",
        "medium",
        "negation + trapped",
    ),
    (
        (
            "Lovely sunny morning, did my stretches, fed the birds. And then it hit me "
            "again, I'm 43 and this is it forever. Can't stop crying."
        ),
        "medium",
        "nice morning then hopeless crying",
    ),
    (
        (
            "joke of the day: my spine has more metal in it than my car 😂 real talk "
            "tho im not coping, at all"
        ),
        "medium",
        "joke + not coping",
    ),
    (
        (
            "My husband says I'm a different person since the flare. I've stopped "
            "cooking, stopped seeing friends, I just sit. He's worried and so am I."
        ),
        "medium",
        "withdrawal shown by behaviour, partner worried",
    ),
    (
        (
            "read that book someone recommended about the woman with crps. she got "
            "better. i wont. nothing works for me"
        ),
        "medium",
        "book mention + hopelessness about self",
    ),
    (
        "feel like everyone would be relieved if i stopped turning up. easier for them",
        "medium",
        "others relieved if I stopped coming",
    ),
    (
        (
            "The fatigue team discharged me. Back to square one with nobody. I "
            "genuinely can't cope with starting all over again."
        ),
        "medium",
        "discharged, can't cope starting again",
    ),
    (
        "i dont know how much longer i can do this. the pain never stops",
        "medium",
        "can't go on much longer",
    ),
    (
        (
            "been told im too complex for the pain clinic and too physical for mental "
            "health. fallen through every crack. no one wants me"
        ),
        "medium",
        "fallen through cracks, unwanted",
    ),
    (
        (
            "Is it normal to cry every single day? Because I have been for a month. "
            "I've stopped eating properly and I sleep most of the afternoon."
        ),
        "medium",
        "crying daily, not eating, sleeping afternoons",
    ),
    (
        (
            "three years ago i stopped leaving the house and it took the pmp to get me "
            "out. ive just realised ive done it again, cancelled everything for weeks "
            "and i feel the same as back then"
        ),
        "medium",
        "past withdrawal repeating now",
    ),
    (
        (
            "im not a danger to myself, just so ur all clear, but ive no hope left "
            "with this and ive stopped bothering with anything"
        ),
        "medium",
        "negation + hopeless + stopped bothering",
    ),
    (
        (
            "Has anyone heard from Linda? She told me last month she felt like a "
            "burden to her kids and I haven't seen her since."
        ),
        "medium",
        "concern: member said she was a burden",
    ),
    (
        (
            "Does anyone know if Gwen's still in hospital? The last time she posted "
            "she said she'd given up and I've been worrying."
        ),
        "medium",
        "concern: member said she'd given up",
    ),
    (
        (
            "has anyone checked on mo? hes not been to the last 3 meetups and he never "
            "misses the pub one"
        ),
        "medium",
        "concern: member missing meetups",
    ),
    (
        (
            "Anyone in touch with Rachel? she went really quiet after the group split "
            "and her last message just said she was tired of everything"
        ),
        "medium",
        "concern: quiet member tired of everything",
    ),
    (
        (
            "Sorry to be a worrier, but Fred said at the bar that he's stopped eating "
            "because 'what's the point'. Should we tell someone at the pain service?"
        ),
        "medium",
        "concern: member not eating, what's the point",
    ),
    (
        (
            "the whole point of the group was to not feel alone and i still feel "
            "completely alone. whats wrong with me. ive started not opening the post"
        ),
        "medium",
        "lonely despite group, not opening post",
    ),
    (
        (
            "cant stop thinking my family would manage better without me in the way. "
            "not doing anything about it, the thought just wont go"
        ),
        "medium",
        "burden thought won't go; negation",
    ),
    (
        (
            "moods been rock bottom. lost interest in my crochet, the telly, food. "
            "just sit in the dark mostly"
        ),
        "medium",
        "anhedonia, sitting in dark",
    ),
    (
        (
            "if i wasnt here my husband could stop being a carer and get on with his "
            "life. i think about that a lot"
        ),
        "medium",
        "burden: husband could get on with life",
    ),
    (
        (
            "its my own fault, i should have stayed in the job and pushed through. now "
            "im stuck with nothing and no way out"
        ),
        "medium",
        "self-blame, no way out",
    ),
    (
        "if its any worse after the op i dont think i could face living like that",
        "medium",
        "hypothetical: couldn't face living like that",
    ),
    # ---- none ----
    (
        "the pain is killing me today. anyone else feel the cold in their joints this week?",
        "none",
        "pain idiom alone",
    ),
    (
        "could murder a cuppa and a custard cream right now",
        "none",
        "idiom: murder a cuppa",
    ),
    (
        "dying to see you all on thursday!! its been a long month",
        "none",
        "idiom: dying to see you",
    ),
    (
        (
            "my backs been killing me since i got the christmas tree down from the "
            "loft 🙄 my own fault"
        ),
        "none",
        "idiom: back killing me, own fault",
    ),
    (
        ("I'm dead on my feet after the grandchildren's sleepover but it was worth every minute!"),
        "none",
        "idiom: dead on my feet",
    ),
    (
        (
            "this weather will be the death of me, wind goes straight through my coat "
            "at the bus stop"
        ),
        "none",
        "idiom: weather will be death of me",
    ),
    (
        "if my hubby leaves the toilet seat up one more time ill kill him 😂",
        "none",
        "joke threat about husband",
    ),
    (
        "laughed so hard at sues story about the hearing aid i nearly died 😂😂",
        "none",
        "idiom: laughed so hard nearly died",
    ),
    (
        (
            "ugh fibro fog today, id forget my own head. went to tesco for milk and "
            "came back with bleach and a cushion"
        ),
        "none",
        "fibro fog anecdote",
    ),
    (
        (
            "my knees are absolutely murdering me after all the stairs at the museum "
            "but what a day out"
        ),
        "none",
        "idiom: knees murdering me, good day",
    ),
    (
        "That PIP form nearly finished me off but it's done and posted!",
        "none",
        "idiom: form nearly finished me off",
    ),
    (
        "I'm going to strangle the printer at the library, it ate my form twice.",
        "none",
        "idiom: strangle the printer",
    ),
    (
        "this flare can do one. ready to throw myself on the sofa and not move til monday 😅",
        "none",
        "idiom: throw myself on sofa",
    ),
    (
        (
            "my shoulder wants to kill me, my physio wants to kill my shoulder, im "
            "caught in the middle lol"
        ),
        "none",
        "joke: shoulder and physio",
    ),
    (
        "over my dead body am i paying £4 for a coffee at the hospital again",
        "none",
        "idiom: over my dead body",
    ),
    ("the hot water bottle is my lifeline this week lol", "none", "idiom: lifeline"),
    (
        "Dying for the pool to reopen, the hydro really does help.",
        "none",
        "idiom: dying for pool to reopen",
    ),
    (
        (
            "my migraine was so bad i wanted to stick my head in the freezer 🥶 better "
            "now after a sleep"
        ),
        "none",
        "hyperbole about migraine, better now",
    ),
    (
        (
            "Hi all, just to let you know we're moving to Devon to be nearer our "
            "daughter at the end of the month. I'll miss this group so much. Will "
            "still pop on here when I can!"
        ),
        "none",
        "benign goodbye: moving house, will still post",
    ),
    (
        (
            "taking a break from the board for a few weeks while i get through the op "
            "and recovery. back in the new year, dont miss me too much x"
        ),
        "none",
        "break from board with return",
    ),
    (
        (
            "goodbye for now everyone, off to lanzarote tomorrow for 10 days of sun on "
            "my bones!! ☀️ see u at the feb meet"
        ),
        "none",
        "holiday goodbye",
    ),
    (
        (
            "I've decided to move to the Tuesday group as it fits my new work hours. "
            "Thank you all so much, this isn't goodbye, I'll see you at the summer "
            "gathering."
        ),
        "none",
        "moving to another group, not goodbye",
    ),
    (
        (
            "last post from me for a bit, phone contract ends friday and the new one "
            "wont come till the 3rd. dont think ive vanished!"
        ),
        "none",
        "last post for a bit: phone contract",
    ),
    (
        (
            "Farewell to our lovely Barbara who is moving into sheltered housing near "
            "her son. We'll give her a proper send-off at the cafe on the 12th, all "
            "welcome."
        ),
        "none",
        "farewell to member moving to sheltered housing",
    ),
    (
        (
            "Well that's my last day at work done after 31 years! Retirement here I "
            "come. So much more time for the allotment now."
        ),
        "none",
        "last day at work, retirement",
    ),
    (
        (
            "giving away my old tens machine, still works fine. anyone want it before "
            "it goes to the charity shop?"
        ),
        "none",
        "giving away tens machine",
    ),
    (
        (
            "im giving my old walking frame away, ive upgraded to a rollator with a "
            "seat!!! freedom 😂"
        ),
        "none",
        "giving away walking frame, upgraded",
    ),
    (
        (
            "decided to give away half my wardrobe marie kondo style. only kept what "
            "sparks joy and doesnt need ironing"
        ),
        "none",
        "decluttering wardrobe",
    ),
    (
        (
            "said goodbye to the old car today, 18 years she lasted. got a little "
            "automatic now, much easier on the knee"
        ),
        "none",
        "goodbye to old car",
    ),
    (
        (
            "This is my final week as coordinator, Helen is taking over from January. "
            "Thank you for putting up with my spreadsheets! I'm not going anywhere, "
            "just handing over the clipboard."
        ),
        "none",
        "final week as coordinator, handover",
    ),
    (
        (
            "rehomed the chickens to my cousins farm, i cant manage the hutch with my "
            "back anymore. theyll have a lovely time and i can visit whenever"
        ),
        "none",
        "rehomed chickens for practical reasons",
    ),
    (
        (
            "does anyone else find pregabalin makes them put weight on? the gp wants "
            "to up my dose to 150 twice a day"
        ),
        "none",
        "medicine question: pregabalin weight gain",
    ),
    (
        (
            "tip: ask the chemist for a dosette box, total game changer. no more "
            "wondering if ive had my morning tablets"
        ),
        "none",
        "dosette box tip",
    ),
    (
        (
            "Travelling to Spain in March, do I need a letter from the GP for my "
            "morphine? Has anyone done it?"
        ),
        "none",
        "travelling with morphine",
    ),
    (
        (
            "repeat prescription went in late again and Boots havent got the "
            "co-codamol in. anyone know if the big tesco pharmacy is open sunday?"
        ),
        "none",
        "repeat prescription, co-codamol stock",
    ),
    (
        (
            "just counted my tablets to see if ive got enough to last over christmas "
            "when the surgerys shut. looks like i need to order by the 18th"
        ),
        "none",
        "counting tablets for Christmas supply",
    ),
    (
        (
            "amitriptyline at 10mg and im sleeping so much better. the dry mouth is "
            "annoying though, anyone got tips?"
        ),
        "none",
        "amitriptyline side effect question",
    ),
    (
        (
            "how do you lot get rid of old meds? got a bag of old tramadol and "
            "gabapentin from when they changed me over. the chemist takes them back "
            "right?"
        ),
        "none",
        "disposing of old meds",
    ),
    (
        (
            "Weaning off the codeine slowly with the GP, down to 2 a day now from 8. "
            "Feeling quite proud of myself."
        ),
        "none",
        "tapering codeine with GP",
    ),
    (
        "can you take ibuprofen with naproxen? pharmacist said no but gp said maybe. confused",
        "none",
        "drug interaction question",
    ),
    (
        "my fentanyl patches keep coming off in the shower, any tips for keeping them stuck?",
        "none",
        "fentanyl patches falling off",
    ),
    (
        "Setting an alarm for my tablets has helped me so much. 8am, 2pm, 8pm. Never miss now.",
        "none",
        "medicine alarm routine",
    ),
    (
        (
            "I keep a spare week of my tablets in my handbag in case I get stuck at my "
            "daughter's. Is that alright with the patches too? I think they're "
            "sensitive to heat."
        ),
        "none",
        "spare supply in handbag, storage question",
    ),
    (
        (
            "pharmacist did a medicines review, theyre taking me off sertraline and "
            "onto something else. anyone had duloxetine?"
        ),
        "none",
        "medication review, switching",
    ),
    (
        "paracetamol and a hot bath is my plan for tonight, the rain has got into every joint",
        "none",
        "plan for tonight: paracetamol and bath",
    ),
    (
        (
            "does diazepam help with muscle spasms or is it just for anxiety? the "
            "physio mentioned it"
        ),
        "none",
        "diazepam question",
    ),
    (
        (
            "Three years ago I was in a really dark place and I honestly didn't think "
            "I'd still be here. Today I walked round the lake with my grandson. Things "
            "are so much better now, please hang on if you're struggling."
        ),
        "none",
        "past dark place, much better now",
    ),
    (
        (
            "before the pmp i used to save up my tablets, not proud of it. that was "
            "2019. handed them all back to the chemist after the course and havent "
            "looked back since. so grateful for this lot"
        ),
        "none",
        "past stockpiling, handed back, better now",
    ),
    (
        (
            "I remember sitting in the car at the top of the hill thinking I couldn't "
            "go on. That was five years ago. Now I'm a PTV helping to run the courses. "
            "Never thought I'd say it, but life is good."
        ),
        "none",
        "past crisis in car, now a PTV",
    ),
    (
        (
            "this time last year i didnt leave the house. today i did the parkrun walk "
            "(well half of it). feeling proud"
        ),
        "none",
        "recovery: housebound last year, parkrun now",
    ),
    (
        (
            "used to think everyone would be better off without me. the course and you "
            "lot changed that. i know now that was the pain talking and im in a much "
            "better place"
        ),
        "none",
        "past burden thoughts, better now",
    ),
    (
        (
            "when i was first diagnosed i stopped eating and hid in bed for months. "
            "its so different now, ive got my little job at the library and the group"
        ),
        "none",
        "past withdrawal, better now",
    ),
    (
        (
            "My GP asked if I still had thoughts of ending things and I could honestly "
            "say no, not for over two years now. Felt good to say it out loud."
        ),
        "none",
        "GP asked, no thoughts for two years",
    ),
    (
        (
            "funny to look back. 2018 me would never have believed id be going on "
            "holiday with people i met at a pain clinic 😂 from not answering the door "
            "to this"
        ),
        "none",
        "looking back, holiday with group",
    ),
    (
        (
            "I had a rough spell in the spring, lots of dark thoughts, but the crisis "
            "team and my GP were brilliant and I'm on the up now. Just wanted to say "
            "it does get better."
        ),
        "none",
        "rough spell in spring, on the up now",
    ),
    (
        (
            "i self harmed as a teenager and the scars still show in summer. people "
            "stare at the hydro pool sometimes. doesnt bother me anymore, its part of "
            "my story. anyone for the swim friday?"
        ),
        "none",
        "old self-harm scars, fine now",
    ),
    (
        (
            "looking back, the worst bit of the crps was feeling like a burden. its "
            "not like that now, me and my partner have found a way that works for us"
        ),
        "none",
        "past burden feeling resolved",
    ),
    (
        (
            "ten years ago i gave the dog away when i thought i couldnt cope. got a "
            "new one now, milly, shes a menace and i love her"
        ),
        "none",
        "past gave dog away, new dog now",
    ),
    (
        (
            "Did anyone watch that documentary about the Samaritans last night? Made "
            "me cry, such good people."
        ),
        "none",
        "TV documentary about Samaritans",
    ),
    (
        "saw on the news theyve finished putting the safety barriers on the bridge. about time",
        "none",
        "news: bridge safety barriers",
    ),
    (
        (
            "reading a crime novel where the victim gets poisoned with her own heart "
            "pills. its made me very suspicious of my husband making the tea 😂"
        ),
        "none",
        "crime novel joke",
    ),
    (
        "eastenders is so depressing at the moment, someones always dying or getting arrested",
        "none",
        "soap opera comment",
    ),
    (
        (
            "My neighbour told me about her sister who was in a terrible state with "
            "her back years ago, and now she runs a B&B in Cornwall. Gave me hope."
        ),
        "none",
        "someone else's recovery story",
    ),
    (
        (
            "that bit on the radio about men with chronic pain not talking was spot "
            "on. my husband wont talk to anyone about his knee"
        ),
        "none",
        "radio programme about men and pain",
    ),
    (
        "the train strike means im getting the bus to the hospital, 2 changes, wish me luck",
        "none",
        "train strike, bus to hospital",
    ),
    (
        (
            "my friends dads cremation was today, lovely service. heavy day for her. "
            "im going to drop some soup round"
        ),
        "none",
        "friend's dad's cremation, helping",
    ),
    (
        (
            "article in the paper today about the waiting lists for pain clinics. 52 "
            "weeks in some places!!"
        ),
        "none",
        "newspaper: waiting lists",
    ),
    (
        (
            "writing a letter to go in the time capsule at my grandsons school, they "
            "open it in 25 years. what do you even say to the future lol"
        ),
        "none",
        "letter for time capsule",
    ),
    (
        "anyone got a good knife for arthritic hands? the bread knife is killing my wrist",
        "none",
        "knife for arthritic hands",
    ),
    (
        "bought some rope lights for the shed, looks like a grotto now 😍",
        "none",
        "rope lights in the shed",
    ),
    (
        (
            "walked across the bridge into town for the first time since my op! 20 "
            "mins with one rest"
        ),
        "none",
        "walked across the bridge, milestone",
    ),
    (
        (
            "train to Bath on Saturday for the christmas market, anyone want to come? "
            "ive booked assistance at the station"
        ),
        "none",
        "train trip, station assistance",
    ),
    (
        (
            "the road outside is being dug up AGAIN. three weeks of drilling, my "
            "migraine is thrilled"
        ),
        "none",
        "road works, migraine",
    ),
    (
        "cleared the garage out with my son, found my old roller skates from 1979 😂",
        "none",
        "cleared garage, nostalgia",
    ),
    (
        "my plan for the weekend: nothing. absolutely nothing. pacing day",
        "none",
        "weekend plan: pacing",
    ),
    (
        "last session of hydro before christmas, final one of the block. going to miss it",
        "none",
        "last session of hydro block",
    ),
    (
        (
            "The end of the programme is next week and I'm a bit nervous about being "
            "without the weekly sessions, but the follow-on group sounds like a great "
            "idea."
        ),
        "none",
        "end of programme nerves, positive",
    ),
    (
        (
            "Age UK did a free wills day at the library so I finally got mine done "
            "after 20 years of my husband nagging. Now on to the fun stuff, who's "
            "coming to the panto?"
        ),
        "none",
        "routine will at wills day, cheerful",
    ),
    (
        "i will be at the meeting on thursday, will bring your cake tins back",
        "none",
        "will (auxiliary) + cake tins",
    ),
    (
        "tonights plan: hot bath, pyjamas, strictly. bliss",
        "none",
        "tonight's plan: bath and telly",
    ),
    (
        (
            "finally feel at peace with the diagnosis. its taken 4 years but ive "
            "decided im not going to let it run my life"
        ),
        "none",
        "peace and decided: acceptance",
    ),
    (
        "knitting a scarf for my granddaughters teacher, last one before the end of term",
        "none",
        "last one before end of term",
    ),
    (
        "my husbands in the shed again, i think he lives there now 😂",
        "none",
        "husband in the shed joke",
    ),
    (
        ("The car's in the garage for its MOT so I'm stuck at home. Anyone fancy a phone natter?"),
        "none",
        "car in garage for MOT",
    ),
    (
        "got a letter from the hospital at last!! appointment in january",
        "none",
        "hospital letter arrived",
    ),
    (
        "Better off with the heat pad than the ice pack for my back, I've found. Anyone else?",
        "none",
        "better off: heat pad vs ice",
    ),
    (
        "gave away the last of the courgettes from the allotment, everyones sick of them 😂",
        "none",
        "giving away courgettes",
    ),
    (
        "the tablets for the dog cost more than mine lol, £40 a month for her arthritis meds",
        "none",
        "dog's tablets cost",
    ),
    (
        (
            "This is the final straw with that GP receptionist, I'm complaining to the "
            "practice manager!"
        ),
        "none",
        "final straw: complaint about receptionist",
    ),
    (
        "my patches came in the post from the pharmacy, new brand. anyone used them?",
        "none",
        "patches arrived, new brand",
    ),
    (
        "Decided to treat myself to a new mattress, my back deserves it",
        "none",
        "decided: new mattress",
    ),
    (
        (
            "We said our goodbyes to Mum's house today, it's sold. Sad but the right "
            "thing, she's settled in the care home."
        ),
        "none",
        "goodbye to mum's house, sold",
    ),
    (
        (
            "anyone know if the station at temple meads has lifts to all the "
            "platforms? going to see my sister"
        ),
        "none",
        "station lift question",
    ),
    (
        "cut myself chopping onions 🙄 plaster on, tea still made",
        "none",
        "accidental cut chopping onions",
    ),
    (
        (
            "burnt my hand on the oven tray again, this brain fog!! ran it under the "
            "cold tap, its fine"
        ),
        "none",
        "accidental burn, brain fog",
    ),
    (
        (
            "Nearly killed myself tripping over the cat on the stairs this morning 🙈 "
            "she's fine, I'm a bit bruised"
        ),
        "none",
        "idiom: nearly killed myself tripping",
    ),
    ("im tired of this weather, roll on spring", "none", "tired of the weather"),
    (
        (
            "Won't be at the walk on Saturday, it's my granddaughter's christening. "
            "See you the week after!"
        ),
        "none",
        "missing walk for christening",
    ),
    (
        (
            "gonna give the xmas meal a miss this year, cant sit that long on those "
            "chairs. but count me in for the january coffee"
        ),
        "none",
        "skipping xmas meal, coming in January",
    ),
    (
        (
            "My husband hides the biscuits from me, it's a running joke in our house. "
            "He says it's for my own good 😂 I always find them."
        ),
        "none",
        "husband hides biscuits joke",
    ),
    (
        (
            "my daughter sorts my money for me now because of the brain fog, i asked "
            "her to. works well, she does the bills and i keep my own card for "
            "shopping"
        ),
        "none",
        "consensual money help from daughter",
    ),
    (
        (
            "I asked my husband to hide my phone after 8pm so I stop doom scrolling, "
            "best sleep I've had in ages"
        ),
        "none",
        "asked husband to hide phone at night",
    ),
    (
        "walking on eggshells with my knee at the moment, one wrong move and it locks",
        "none",
        "idiom: walking on eggshells with knee",
    ),
    (
        "not allowed out of the house for a week after the op, doctors orders! send jokes",
        "none",
        "not allowed out after op, doctor's orders",
    ),
    (
        "the kids have threatened to throw out my old recliner 😂 over my dead body",
        "none",
        "kids threaten to throw out recliner",
    ),
    (
        (
            "right so update on the bathroom saga. plumber came, said the pipe was "
            "fine, left, and then it leaked again. meanwhile my backs been awful with "
            "all the kneeling to mop it up. gp says keep moving, physio says rest, i "
            "say chocolate. anyway hope to see u all at the cafe on the 9th, ill bring "
            "the wedding photos"
        ),
        "none",
        "long rambling bathroom saga",
    ),
    (
        (
            "Good morning all. I wanted to say how much I enjoyed the talk on pacing "
            "last week. I have been using the traffic lights idea with the gardening "
            "and I managed to plant all the bulbs without a flare. My wife says I am "
            "much less grumpy. Thank you to Sue for organising."
        ),
        "none",
        "formal thank-you, pacing",
    ),
    (
        (
            "anyone else dread the clocks going back? the dark evenings always make my "
            "mood dip a bit. going to try the light box again, it helped last year. "
            "and this chat helps too x"
        ),
        "none",
        "seasonal mood dip, coping",
    ),
    (
        (
            "my neighbour fell off a ladder clearing the gutters and ended up in A&E. "
            "hes ok. told him to get someone in next time, hes 82!!"
        ),
        "none",
        "neighbour fell off ladder, ok",
    ),
    (
        (
            "Long one, sorry. I finally told my manager about the fibro. I was so "
            "scared but she was brilliant, I'm getting a proper chair and can start at "
            "10. I cried in the car park afterwards from relief. Couldn't have done it "
            "without the role play we did at group."
        ),
        "none",
        "long positive work disclosure story",
    ),
    (
        "if i won the lottery id give it all away to pain charities. well, after a cruise 😂",
        "none",
        "hypothetical lottery give away",
    ),
    (
        "what would you all do if you had one pain free day? id go dancing",
        "none",
        "hypothetical pain-free day",
    ),
    (
        (
            "had a proper bad day yesterday, cried at the chemist when they didnt have "
            "my meds in. todays better, they came, i had a nap and the sun came out. "
            "onwards"
        ),
        "none",
        "bad day yesterday, better today",
    ),
    (
        (
            "my aunt always said shed rather die than go into a home. shes 96 now and "
            "loving the bingo there 😂"
        ),
        "none",
        "aunt's story, humour",
    ),
    (
        (
            "Anyone else's other half a nightmare when they're ill? Mine has man flu "
            "and you'd think he was on his deathbed 🙄"
        ),
        "none",
        "man flu deathbed joke",
    ),
    (
        (
            "before anyone worries after my moan yesterday, im ok! just a bad pain day "
            "and a bit teary. feeling more myself today after a good sleep"
        ),
        "none",
        "reassurance after yesterday's moan",
    ),
    (
        (
            "Said goodbye to my lovely physio today, she's discharged me with a home "
            "programme. Bit emotional but in a good way!"
        ),
        "none",
        "goodbye to physio, discharged well",
    ),
    (
        (
            "gave my last talk as a PTV on this course today, the new lot were "
            "brilliant. end of one chapter, already signed up for the spring one"
        ),
        "none",
        "gave last PTV talk of course",
    ),
    (
        (
            "moving to a bungalow next month 🙌 no more stairs! giving away my plant "
            "pots and the old bike if anyone wants them, collect from mine"
        ),
        "none",
        "giving away pots before moving",
    ),
    (
        "counting down the days to my sisters visit, 6 more sleeps! ive planned every meal lol",
        "none",
        "counting down days to holiday",
    ),
]
