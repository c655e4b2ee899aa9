"""Held-out evaluation sets for the safeguarding screener, in four rounds.

Each round was written in one go, before the library changes that followed it, and was
evaluated ONCE as clean data. Its misses were then fixed, so after its first evaluation a round
is a regression check, no longer an estimate for unseen posts. The first-run (clean) figures of
each round are in docs/clinical-safety/screening.md, with a SHA-256 of each list so anyone can
check that no text or label was changed afterwards.

- SAMPLES (round 1): written before the phrase library or the screener existed. The library's
  first draft was written just after it by the same author, who had read it, so even its first
  run is an optimistic figure.
- SAMPLES_ROUND2: written after round 1's first run, before the fixes round 1 prompted.
- SAMPLES_ROUND3: written after round 2's first run, before the generalisation it prompted.
- SAMPLES_ROUND4: written after round 3's first run, before the broad medium-level net.

Do not edit a text or a label to make the screener look better. If a label is found to be
genuinely wrong, fix it and record the change (and why) in docs/clinical-safety/screening.md.

Each sample is (label, kind, text):
- label: "high", "medium" or "none" (what a duty clinician would want from triage)
- kind: "plain" for an ordinary example; "subtle" for a risk post without the obvious words;
  "tricky" for an ordinary post that contains a trap (idiom, medicine question, benign goodbye,
  news or TV, recovery story, negation, words like "bridge" or "garage" in everyday use).

All posts are invented. None is a real person's words.
"""

SAMPLES: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- high
    ("high", "plain", "i cant do this anymore. ive got 3 boxes of co-codamol saved up in the "
     "drawer and tonight is the night"),
    ("high", "subtle", "been putting my tramadol to one side for weeks now, nearly enough i think"),
    ("high", "subtle", "goodbye everyone, you've been the best group i could have asked for. "
     "look after each other x"),
    ("high", "subtle", "this will be my last message on here. thank you all for everything"),
    ("high", "subtle", "does anyone want my dog? hes a good boy, i just wont be around to walk "
     "him much longer"),
    ("high", "subtle", "ive sorted my will and written letters for the kids, everything's in "
     "order now"),
    ("high", "subtle", "feel strangely calm today. ive made my decision and everything feels "
     "lighter"),
    ("high", "plain", "i want to die. i mean it this time"),
    ("high", "plain", "tried to take my own life on sunday, back home now but i dont know why "
     "they bothered"),
    ("high", "plain", "took all my pregabalin last week and ended up in a&e. wish it had worked"),
    ("high", "plain", "been cutting again, arms are a mess"),
    ("high", "subtle", "sat in the car on the bridge for an hour last night. nearly went over"),
    ("high", "plain", "i'm not safe at home, he gets angry when ive had a bad day and i cant "
     "get out"),
    ("high", "plain", "scared of my husband, he took my phone and my tablets and says no one "
     "would believe me"),
    ("high", "subtle", "ive been looking up how many amitriptyline it would take"),
    ("high", "subtle", "by the weekend it will all be over, i promise i wont be a burden to "
     "anyone after that"),
    ("high", "subtle", "sorry everyone, i'm done. it's just easier if i'm gone"),
    ("high", "plain", "i keep thinking about stepping in front of a train on the way home"),
    ("high", "subtle", "can someone take my cats in? i wont be needing anything after friday"),
    ("high", "plain", "been burning myself with the iron when the pain gets too much"),
    ("high", "plain", "im going to end it, i have everything ready"),
    ("high", "plain", "everyone would be better off without me and nothing is ever going to "
     "change"),
    ("high", "subtle", "i wish i could go to sleep and never wake up. ive stopped taking my meds "
     "but ive kept them all in a bag"),
    ("high", "subtle", "stopped my gabapentin but kept all the strips, theres a lot there now"),
    ("high", "subtle", "ive given away most of my things this week, feels good to be sorted"),
    ("high", "subtle", "thank you for putting up with me all these months. please dont think "
     "badly of me after. love you all"),
    ("high", "subtle", "found a good spot up at the cliffs near mums, its quiet there, nobody "
     "would find me for a while"),
    ("high", "subtle", "i've been counting out the morphine every night, theres enough now"),
    ("high", "plain", "he hit me again last night. i dont know where to go"),
    ("high", "plain", "not going to do anything silly but i really don't feel safe tonight"),
    ("high", "plain", "kms tbh. tonight is it"),
    ("high", "subtle", "wrote my goodbye note earlier, its in the kitchen drawer"),
    ("high", "plain", "got a rope in the garage. just thinking about it"),
    ("high", "subtle", "feel at peace now i know how it ends. no more pain soon"),
    ("high", "plain", "ive had enough. going to take the whole lot of my sleeping tablets "
     "tonight"),
    ("high", "plain", "overdosed on friday, in hospital till yesterday. still feel the same"),
    ("high", "plain", "i want to kill myself and i dont care anymore"),
    ("high", "plain", "three years ago i tried to hang myself and today i feel exactly like i "
     "did then"),
    ("high", "plain", "i hurt myself again last night, couldnt stop"),
    ("high", "subtle", "if anyone wants my craft stuff and my books come and get them, i wont "
     "need them where im going"),
    # ---------------------------------------------------------------- medium
    ("medium", "plain", "i feel like such a burden on my family, they have to do everything "
     "for me"),
    ("medium", "plain", "i just cant cope anymore with this pain"),
    ("medium", "plain", "whats the point of any of it. nothing helps"),
    ("medium", "plain", "sometimes i wish i just wouldnt wake up in the morning"),
    ("medium", "subtle", "im going to go quiet for a bit, please dont message me"),
    ("medium", "plain", "has anyone heard from linda? shes not answered since tuesday and she "
     "sounded really low"),
    ("medium", "plain", "this is awful, i cant carry on like this"),
    ("medium", "plain", "nothing is ever going to get better is it"),
    ("medium", "plain", "feel trapped in this body, theres no way out"),
    ("medium", "plain", "i'm worried about mike, he said he'd had enough of everything"),
    ("medium", "subtle", "i hate being the one everyone has to look after. i'm useless"),
    ("medium", "plain", "really struggling today, dont know how much longer i can keep going "
     "like this"),
    ("medium", "subtle", "deleting whatsapp for a while, need to be on my own"),
    ("medium", "subtle", "i used to think about ending it before the pmp. im in a better place "
     "but some days it creeps back"),
    ("medium", "plain", "wouldnt mind if i didnt wake up tbh"),
    ("medium", "plain", "i don't see a future with this pain"),
    ("medium", "subtle", "no one would even notice if i wasnt here"),
    ("medium", "plain", "is sue ok? she posted something worrying last night and now nothing"),
    ("medium", "plain", "cant take much more of this"),
    ("medium", "subtle", "ive let everyone down again, just a waste of space"),
    ("medium", "plain", "hopeless. another specialist, another dead end"),
    ("medium", "subtle", "i'm switching my phone off and going off grid for a while"),
    ("medium", "plain", "the pain is unbearable and i cant see it ever ending"),
    ("medium", "plain", "feel like giving up on everything"),
    ("medium", "plain", "does anyone know if karen is alright? she said goodbye on the other "
     "chat and left"),
    ("medium", "plain", "im exhausted with it all, whats the point in trying"),
    ("medium", "subtle", "i'm such a drain on everyone"),
    ("medium", "subtle", "at the end of my rope with this"),
    ("medium", "plain", "i honestly dont know how to keep going"),
    ("medium", "plain", "cant face another day like this"),
    ("medium", "subtle", "part of me wishes the op had gone wrong and i hadnt woken up"),
    ("medium", "plain", "been in a very dark place this week"),
    ("medium", "subtle", "everyone keeps saying it gets better but it never does"),
    # ---------------------------------------------------------------- none
    ("none", "tricky", "the pain is killing me today, off to have a bath and a cuppa"),
    ("none", "tricky", "i could murder a bacon sandwich right now"),
    ("none", "tricky", "dying to see you all on thursday!"),
    ("none", "tricky", "id kill for a proper nights sleep"),
    ("none", "tricky", "this weather will be the death of me, knees are screaming"),
    ("none", "tricky", "dead tired after the physio but feeling good"),
    ("none", "tricky", "just killing time at the hospital waiting for my appointment"),
    ("none", "tricky", "nearly died laughing at janet's story last week 😂"),
    ("none", "tricky", "goodbye everyone, im moving to the wednesday group as it fits with work. "
     "see you at the summer gathering!"),
    ("none", "tricky", "does anyone take pregabalin? what dose are you on"),
    ("none", "tricky", "has anyone come off amitriptyline? what was it like"),
    ("none", "tricky", "my gp wants to put me on duloxetine, any experiences?"),
    ("none", "plain", "bad flare today, staying in bed, will miss thursday sorry"),
    ("none", "plain", "did 10 mins walk today, pacing is working"),
    ("none", "plain", "meeting at the costa by the station at 2, who's coming?"),
    ("none", "tricky", "two years ago i wouldnt have believed i could walk to the shops. "
     "today i did"),
    ("none", "tricky", "watched that documentary about the bridge suicides on bbc, really sad, "
     "made me think how far ive come"),
    ("none", "tricky", "my friend's brother took an overdose years ago, so i'm always careful "
     "with my tablets"),
    ("none", "tricky", "im not suicidal or anything, just fed up with the rain"),
    ("none", "tricky", "thank you for everything this year, look after yourselves over christmas "
     "and see you in january"),
    ("none", "tricky", "can anyone take my spare walking frame? got a new one from the OT"),
    ("none", "tricky", "rehoming my sister's kittens, anyone want one? 🐱"),
    ("none", "tricky", "sorted my will last week as the solicitor was doing a deal, feels very "
     "grown up lol"),
    ("none", "tricky", "going to the bridge club tonight, first time in months"),
    ("none", "tricky", "knock em dead at your interview tomorrow jen!"),
    ("none", "tricky", "that actor in the new drama is drop dead gorgeous"),
    ("none", "tricky", "my back is killing me but the tens machine helps"),
    ("none", "plain", "counting down the days till my holiday"),
    ("none", "tricky", "my tramadol prescription got changed to 50mg, anyone know if thats "
     "normal"),
    ("none", "plain", "can't wait for the weekend, grandkids are coming"),
    ("none", "plain", "i cant do stairs at the moment so can we meet downstairs?"),
    ("none", "tricky", "ive been saving up for a new mattress, any recommendations?"),
    ("none", "tricky", "lining up my pills in the dosette box every sunday helps me remember"),
    ("none", "tricky", "lol im dead 😂😂"),
    ("none", "tricky", "the physio nearly killed me today haha but i did it"),
    ("none", "tricky", "there's a train strike on friday so i'll be late"),
    ("none", "tricky", "stuck on the motorway, will be 20 mins late"),
    ("none", "tricky", "garage is full of junk, clearing it out this weekend"),
    ("none", "tricky", "finally finished the jumper i was knitting, going to give it away to my "
     "neighbour"),
    ("none", "tricky", "leaving the group chat as i've got a new phone, will rejoin with the new "
     "number"),
    ("none", "tricky", "EastEnders last night was so dark, that storyline about the overdose"),
    ("none", "plain", "im so tired of this rain"),
    ("none", "tricky", "my mum hurt her hip so i'm looking after her this week"),
    ("none", "tricky", "anyone know if you can take ibuprofen with naproxen?"),
    ("none", "tricky", "i used to be in such a bad place, felt like a burden, but since the group "
     "i feel so much better"),
    ("none", "tricky", "a year ago i'd given up hope. now im back at work part time"),
    ("none", "plain", "my husband has been amazing this week, couldn't manage without him"),
    ("none", "tricky", "dont worry about me, just a rubbish night, will be fine after a nap"),
    ("none", "plain", "fibro fog is real today, forgot my own postcode 🙈"),
    ("none", "plain", "anyone else find the relaxation recording sends them straight to sleep?"),
    ("none", "plain", "new mindfulness group starting at the library, anyone interested?"),
    ("none", "tricky", "i could have died of embarrassment when i fell over in tesco"),
    ("none", "tricky", "my cat keeps waking me at 5am, anyone want him? 😂 joking"),
    ("none", "tricky", "i'm done for today, off to bed, night all x"),
    ("none", "tricky", "last post from me tonight, off to bed! x"),
    ("none", "plain", "cant believe its friday already"),
    ("none", "tricky", "my nan used to say this weather would be the end of her"),
    ("none", "tricky", "saw a piece in the paper about a man who jumped from a bridge, so sad. "
     "hope his family are ok"),
    ("none", "plain", "thank you all for the card, it meant a lot. see you next month"),
]

# Round 2: written in one go AFTER round 1 had been evaluated once (round 1 found two defects
# that were then fixed, so round 1 is no longer clean), but BEFORE those fixes were made and
# never used for tuning. Same rules as round 1: do not edit a text or label to improve results.
SAMPLES_ROUND2: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- high
    ("high", "plain", "i really want to die today, everything hurts and i've had enough"),
    ("high", "subtle", "ive got a months worth of oxycodone saved in a tin"),
    ("high", "subtle", "sorry for all the moaning over the years. you've been good to me. bye "
     "for now x"),
    ("high", "subtle", "please look after my little dog when i'm not here. she likes the park "
     "by the church"),
    ("high", "subtle", "i've paid off what i owe and written to my brother. all done now"),
    ("high", "subtle", "strangely calm since i made up my mind. first good sleep in months"),
    ("high", "plain", "going to jump off the multi storey in town"),
    ("high", "plain", "i took a bunch of tablets on wednesday, hospital let me go home today"),
    ("high", "plain", "been hurting myself again, i cant stop"),
    ("high", "plain", "he strangled me last night and said it was my fault"),
    ("high", "plain", "im scared to go home, my husband has been drinking all day"),
    ("high", "subtle", "wont need my blue badge or my mobility car after this week, can "
     "someone tell me who to give them back to"),
    ("high", "subtle", "i've worked out how many of my pregabalin i'd need"),
    ("high", "plain", "suicidal again. cant see past tonight"),
    ("high", "subtle", "tonight i'm going to make the pain stop for good"),
    ("high", "subtle", "just want to let you all know you've made the last 2 years bearable. "
     "goodbye my lovelies"),
    ("high", "plain", "i've had thoughts of killing myself most days since the op failed"),
    ("high", "plain", "took an od last night and didn't tell anyone"),
    ("high", "subtle", "drove to the cliffs this morning and sat at the top for ages"),
    ("high", "subtle", "the kids will be fine without me, they have their dad. tomorrow is "
     "the day"),
    ("high", "plain", "sucidal thoughts all the time now and a plan"),
    ("high", "subtle", "keep putting a few of my codeine aside each day"),
    ("high", "subtle", "i've left instructions for my funeral on the kitchen table and a letter "
     "for mum"),
    ("high", "plain", "been thinking about ending my life a lot and i think i'm going to"),
    ("high", "subtle", "everyone would be better off without me, i'm just a drain"),
    ("high", "subtle", "this is my final message to the group. i love you all"),
    ("high", "plain", "i feel so unsafe at home, he checks everything and i'm frightened of him"),
    ("high", "plain", "two months ago i took an overdose and i still want to"),
    ("high", "subtle", "can one of you have my sewing machine and fabric? no use to me now"),
    ("high", "plain", "i burn myself with cigarettes when it gets too much"),
    ("high", "subtle", "wish i could sleep and never wake up, i've got my sleeping tablets "
     "saved"),
    ("high", "plain", "want to kill myself tbh"),
    ("high", "subtle", "i've had enough, it will be over by the weekend"),
    ("high", "subtle", "told my daughter the pin for my bank and where the will is, just in "
     "case"),
    ("high", "plain", "last week i tried to kill myself and no one in the group knows"),
    ("high", "subtle", "feel very peaceful today. i know what i'm doing now"),
    ("high", "plain", "i'm standing on the bridge, don't know what to do"),
    ("high", "plain", "i'm going to take all my insulin tonight"),
    # ---------------------------------------------------------------- medium
    ("medium", "plain", "i cant go on with this pain any more"),
    ("medium", "plain", "i'm nothing but a burden to my husband"),
    ("medium", "plain", "what's the point in anything when it hurts this much"),
    ("medium", "plain", "i often wish i wouldnt wake up"),
    ("medium", "subtle", "going off the radar for a while, dont worry about me"),
    ("medium", "plain", "has anyone heard from maureen? she's not answered any of us"),
    ("medium", "plain", "honestly cant cope with it all"),
    ("medium", "plain", "nothing's ever going to change is it"),
    ("medium", "subtle", "i'm trapped in this body and no one understands"),
    ("medium", "plain", "worried about gill, she said she can't go on"),
    ("medium", "subtle", "i've become a burden on everyone around me"),
    ("medium", "plain", "don't know how much longer i can keep fighting this"),
    ("medium", "subtle", "switching off my phone for a bit, need to be alone"),
    ("medium", "subtle", "tried to take my life when i was 20. sometimes i still think about it"),
    ("medium", "plain", "i don't see any future for myself"),
    ("medium", "subtle", "nobody would care if i was gone"),
    ("medium", "plain", "is jean alright? she left the group suddenly and her phone is off"),
    ("medium", "plain", "i cant take any more of this"),
    ("medium", "subtle", "i'm worthless, can't work, can't look after my kids"),
    ("medium", "plain", "it's hopeless, the pain clinic have discharged me"),
    ("medium", "subtle", "i'm going to disappear for a bit, sorry"),
    ("medium", "plain", "there's no point in anything"),
    ("medium", "plain", "feel like giving up tbh"),
    ("medium", "plain", "dark place again, sorry"),
    ("medium", "subtle", "i'm such a nuisance to everyone"),
    ("medium", "plain", "i'm so done with everything"),
    ("medium", "subtle", "sometimes i think everyone would be happier if i wasn't around"),
    ("medium", "plain", "life feels pointless"),
    ("medium", "plain", "anyone know if sandra is ok? she posted she'd had enough on friday"),
    ("medium", "plain", "i've had enough of everything"),
    ("medium", "subtle", "i just want to go to sleep and not wake up for a very long time"),
    ("medium", "plain", "cant face tomorrow"),
    # ---------------------------------------------------------------- none
    ("none", "tricky", "my shoulder is killing me but i did my stretches"),
    ("none", "tricky", "i could murder a chippy tea"),
    ("none", "tricky", "dying to hear how your op went"),
    ("none", "tricky", "i'd kill for some sunshine"),
    ("none", "tricky", "that hill will be the death of me"),
    ("none", "tricky", "dead chuffed with myself, walked round the park"),
    ("none", "tricky", "killing time before my scan, anyone around the hospital?"),
    ("none", "tricky", "i nearly died when i saw the price of the parking"),
    ("none", "tricky", "bye everyone, moving down south to be near my daughter, see you at "
     "the gathering in june"),
    ("none", "tricky", "anyone on pregabalin and gabapentin together? how many mg do you take?"),
    ("none", "tricky", "what was it like coming off duloxetine?"),
    ("none", "tricky", "is 30mg codeine a lot? new to it"),
    ("none", "plain", "flare today, on the sofa with a hot water bottle, won't make it "
     "tonight"),
    ("none", "plain", "managed 15 mins on the exercise bike"),
    ("none", "plain", "can we meet at the library instead? the cafe has steps"),
    ("none", "tricky", "three years ago i wanted to die every day. now i'm volunteering"),
    ("none", "tricky", "bbc documentary about men and suicide tonight, might be hard viewing"),
    ("none", "tricky", "my neighbour took an overdose a while back, she's doing well now"),
    ("none", "tricky", "i'm not going to kill myself over a jigsaw haha"),
    ("none", "tricky", "thanks for everything today, look after yourselves, see you next week"),
    ("none", "tricky", "can anyone take my old bath seat? don't need it since the "
     "adaptations"),
    ("none", "tricky", "my daughter's dog had puppies, anyone want one?"),
    ("none", "tricky", "finally got my will done, so that's one thing off the list"),
    ("none", "tricky", "walking over the bridge to the market is my new pacing goal"),
    ("none", "tricky", "break a leg at the choir concert sue!"),
    ("none", "tricky", "my knee was killing me on the stairs"),
    ("none", "plain", "counting the days till my hip op"),
    ("none", "tricky", "my morphine dose went up, feeling a bit woozy"),
    ("none", "plain", "saturday cant come soon enough"),
    ("none", "tricky", "saving up the good biscuits for thursday"),
    ("none", "tricky", "i keep all my tablets in a pill organiser, game changer"),
    ("none", "tricky", "i'm dead beat after the hydrotherapy"),
    ("none", "tricky", "the physio was murder today"),
    ("none", "tricky", "train to leeds was rammed"),
    ("none", "tricky", "roadworks on the motorway again"),
    ("none", "tricky", "my husband's in the garage fixing the car"),
    ("none", "tricky", "giving away my old crutches, anyone want them?"),
    ("none", "tricky", "leaving the chat, changing my number, will message from the new one"),
    ("none", "tricky", "that episode of casualty with the overdose was so well done"),
    ("none", "plain", "so tired today"),
    ("none", "tricky", "my dad hurt his wrist so i'm popping over to help"),
    ("none", "tricky", "does naproxen upset anyone else's stomach?"),
    ("none", "tricky", "i used to feel like a burden but the group helped me see i'm not"),
    ("none", "tricky", "at my lowest i had given up, but i'm in a good place now"),
    ("none", "plain", "my partner cooked tea tonight, bless him"),
    ("none", "tricky", "don't worry, just a rough day, nothing more"),
    ("none", "plain", "brain fog is terrible, went upstairs and forgot why"),
    ("none", "plain", "does anyone do the seated yoga on youtube?"),
    ("none", "plain", "there's a pain talk at the library next month"),
    ("none", "tricky", "my cat brought in a mouse, anyone want him? 😂"),
    ("none", "tricky", "that's me for today, night night all"),
    ("none", "tricky", "last message tonight, bed time! x"),
    ("none", "plain", "is it friday yet"),
    ("none", "tricky", "my grandad always said the cold would finish him off"),
    ("none", "tricky", "read an article about a woman who jumped from a bridge and survived, "
     "amazing story"),
    ("none", "plain", "lovely to see you all, thanks for the cake"),
]

# Round 3: written in one go after round 2 had been evaluated once (round 2 exposed that the
# library missed many subtle high posts; the library was then generalised), but BEFORE that
# generalisation was made and never used for tuning. Do not edit a text or label to improve
# results.
SAMPLES_ROUND3: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- high
    ("high", "subtle", "i've got nearly a hundred of my painkillers hidden in the loft"),
    ("high", "subtle", "been skipping my morphine so i have some spare. building it up"),
    ("high", "plain", "took a load of pills friday night, my neighbour called an ambulance"),
    ("high", "subtle", "i'm done fighting. i've got what i need and i'll do it when he's "
     "at work"),
    ("high", "subtle", "you've all been so kind to me, more than i deserved. this is goodbye"),
    ("high", "subtle", "it's time for me to go. thank you for being there x"),
    ("high", "subtle", "anyone want my walking frame and my recliner chair? wont be needing "
     "them"),
    ("high", "subtle", "i've sorted the bills and cancelled the direct debits so nobody has to "
     "deal with it after"),
    ("high", "subtle", "the funeral songs are written down in my purse"),
    ("high", "subtle", "after tonight none of this will matter"),
    ("high", "plain", "i keep looking at the rope in the shed"),
    ("high", "plain", "stood on the station platform for an hour watching the fast trains"),
    ("high", "plain", "i took a blade to my arm again last night"),
    ("high", "plain", "my stomach got pumped on monday after what i did"),
    ("high", "subtle", "i feel calm now. i've made peace with it and i know when"),
    ("high", "plain", "i want to end it all tonight"),
    ("high", "plain", "he pinned me against the wall again and said he'd kill me"),
    ("high", "plain", "i don't feel safe in my own house any more"),
    ("high", "subtle", "i wish i could go to sleep and not wake up. i've got a stash of "
     "tablets"),
    ("high", "subtle", "this will be the last you hear from me"),
    ("high", "subtle", "please make sure my grandson gets my watch"),
    ("high", "subtle", "there's a letter for each of the kids in my bedside drawer"),
    ("high", "subtle", "i won't be a nuisance to anyone much longer"),
    ("high", "plain", "i keep thinking about driving off the road on the way home"),
    ("high", "plain", "been self-harming every night this week"),
    ("high", "plain", "i overdosed at the weekend, i'm home now but i wish i wasn't"),
    ("high", "subtle", "i've stopped eating and stopped my tablets. i'm just waiting now"),
    ("high", "plain", "i'm going to do it. i'm sorry"),
    ("high", "plain", "my partner threatened me with a knife"),
    ("high", "subtle", "bought three packets of paracetamol from different shops today"),
    ("high", "subtle", "final post from me. you're the best people i know"),
    ("high", "plain", "if i'm honest i want to die most days and tonight is worse"),
    ("high", "subtle", "can't do this much longer. i've been saving the diazepam"),
    ("high", "subtle", "i have a plan and a date"),
    ("high", "plain", "i tried to hang myself on tuesday, my daughter found me"),
    ("high", "subtle", "feeling at peace. it's all arranged for friday"),
    ("high", "subtle", "i want to go and be with my husband, i miss him too much to stay"),
    ("high", "plain", "want to kms. seriously"),
    # ---------------------------------------------------------------- medium
    ("medium", "plain", "i'm a burden, plain and simple"),
    ("medium", "plain", "cant carry on like this much longer"),
    ("medium", "plain", "what is the point of living like this"),
    ("medium", "plain", "wouldn't bother me if i never woke up"),
    ("medium", "subtle", "taking a break from the group and my phone, don't message"),
    ("medium", "plain", "anyone heard from pauline? she hasnt replied to anyone since the "
     "weekend"),
    ("medium", "plain", "i'm at the end of my tether"),
    ("medium", "plain", "i don't think it will ever get better"),
    ("medium", "plain", "there's no way out of this"),
    ("medium", "plain", "i'm worried about ken, he sounded so flat on the phone"),
    ("medium", "subtle", "my husband would have an easier life without me"),
    ("medium", "plain", "i'm struggling to keep going, the pain is relentless"),
    ("medium", "subtle", "i'm going to go quiet for a while, need space"),
    ("medium", "subtle", "i took an overdose as a teenager. lately i keep thinking about that "
     "time"),
    ("medium", "plain", "i can't cope any more, really can't"),
    ("medium", "subtle", "no one would even notice if i stopped posting"),
    ("medium", "plain", "is carol ok? her last post sounded really desperate"),
    ("medium", "plain", "i just can't do this any more"),
    ("medium", "subtle", "i feel worthless"),
    ("medium", "plain", "i've given up hope of it ever getting better"),
    ("medium", "subtle", "deleting facebook and whatsapp, need to get away from everyone"),
    ("medium", "plain", "whats the point of me"),
    ("medium", "plain", "really low and can't see a way forward"),
    ("medium", "subtle", "i'm a waste of everyone's time"),
    ("medium", "plain", "i'm done with it all"),
    ("medium", "subtle", "sometimes i think i'd be better off dead, but i won't do anything"),
    ("medium", "plain", "everything is hopeless"),
    ("medium", "plain", "has anyone spoken to rita? she told me she'd given up"),
    ("medium", "plain", "had enough of living in pain"),
    ("medium", "subtle", "i wish i could just fall asleep and not wake up"),
    # ---------------------------------------------------------------- none
    ("none", "tricky", "my hip is killing me after the coach trip"),
    ("none", "tricky", "could murder a roast dinner"),
    ("none", "tricky", "dying to try that new cafe"),
    ("none", "tricky", "i'd kill for a massage"),
    ("none", "tricky", "these stairs will be the death of me"),
    ("none", "tricky", "dead proud of my daughter for passing her exams"),
    ("none", "tricky", "killing an hour in town before the bus"),
    ("none", "tricky", "i nearly died laughing at the dog in the pond"),
    ("none", "tricky", "bye all, switching to the evening group now i'm back at work, see "
     "you at the christmas do"),
    ("none", "tricky", "does anyone else take amitriptyline at night? what dose?"),
    ("none", "tricky", "how long did the pregabalin side effects last for you?"),
    ("none", "tricky", "can you take co-codamol and ibuprofen together?"),
    ("none", "plain", "flare up, sofa day, won't be at the meeting, have fun"),
    ("none", "plain", "did my 10 minute walk and a bit of gardening, paced it well"),
    ("none", "plain", "can someone remind me of the address for thursday?"),
    ("none", "tricky", "five years ago i took an overdose. today i'm a grandma and so glad "
     "i'm still here"),
    ("none", "tricky", "watching a drama where the main character self harms, it's hard going"),
    ("none", "tricky", "my cousin tried to end it years ago and she's doing great now"),
    ("none", "tricky", "i'm not suicidal, just sick of this weather"),
    ("none", "tricky", "thank you all for everything this year, have a lovely christmas, see "
     "you in the new year"),
    ("none", "tricky", "anyone want my old perching stool? the OT gave me a new one"),
    ("none", "tricky", "our cat had kittens, anyone want one? free to good home"),
    ("none", "tricky", "updated my will when we bought the house"),
    ("none", "tricky", "the bridge into town is closed for repairs"),
    ("none", "tricky", "break a leg at your audition!"),
    ("none", "tricky", "my feet are killing me in these shoes"),
    ("none", "plain", "counting down the sleeps till my holiday"),
    ("none", "tricky", "my gp wants me to reduce the tramadol, any tips?"),
    ("none", "plain", "can't wait to see everyone"),
    ("none", "tricky", "saving up for a new mobility scooter"),
    ("none", "tricky", "i put all my tablets in a dosette box on a sunday"),
    ("none", "tricky", "lol i'm dead, that video"),
    ("none", "tricky", "the hydro session nearly killed me but i feel great now"),
    ("none", "tricky", "trains are delayed again, i'll be late"),
    ("none", "tricky", "stuck in traffic on the m6"),
    ("none", "tricky", "clearing the garage out this weekend, anyone need plant pots?"),
    ("none", "tricky", "gave away a load of books to the charity shop"),
    ("none", "tricky", "new phone, leaving this chat and rejoining with my new number"),
    ("none", "tricky", "did anyone see that storyline about the overdose on emmerdale?"),
    ("none", "plain", "feeling tired but ok"),
    ("none", "tricky", "my mum hurt her back lifting the shopping"),
    ("none", "tricky", "is paracetamol ok with the new antibiotics?"),
    ("none", "tricky", "i used to think nothing would help but pacing has changed my life"),
    ("none", "tricky", "a few years ago i was in a really dark place. the pmp turned it around "
     "for me"),
    ("none", "plain", "my husband has been a star this week"),
    ("none", "tricky", "don't worry about me, just tired, back on thursday"),
    ("none", "plain", "anyone tried acupuncture?"),
    ("none", "plain", "great turnout today!"),
    ("none", "tricky", "i could have died of shame when i dropped my tray in the canteen"),
    ("none", "tricky", "my dog keeps stealing socks, anyone want him? only joking"),
    ("none", "tricky", "i'm done for tonight, night all"),
    ("none", "tricky", "last post tonight, early start tomorrow"),
    ("none", "plain", "roll on the weekend"),
    ("none", "tricky", "my nan always said the damp would be the end of her"),
    ("none", "tricky", "read in the paper about a man who was found at the bottom of a cliff, "
     "so sad"),
    ("none", "plain", "thanks for a lovely afternoon everyone"),
]

# Round 4: written in one go after round 3 had been evaluated once (round 3 showed the library
# still missed about a quarter of unseen high posts; a broad medium-level net was then added),
# but BEFORE that net was written and never used for tuning. This is the final clean round.
# Do not edit a text or label to improve results.
SAMPLES_ROUND4: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- high
    ("high", "subtle", "i'm not taking the pregabalin any more but i've not thrown it away "
     "either"),
    ("high", "subtle", "ive got my tramadol and the whisky and the house to myself tonight"),
    ("high", "plain", "i swallowed half a bottle of my sleeping tablets on thursday, no one "
     "knows"),
    ("high", "subtle", "i'll be gone before any of you read this"),
    ("high", "subtle", "thank you for the laughs ladies, it's been a privilege. please don't "
     "be sad"),
    ("high", "subtle", "my budgie needs a new home by friday. i won't be here to look after him"),
    ("high", "subtle", "i've put the deeds and the life insurance papers on the table for my "
     "daughter"),
    ("high", "subtle", "i've recorded a video for each of my grandchildren"),
    ("high", "subtle", "when i go to sleep tonight that's it. i've made sure"),
    ("high", "plain", "been up on the cliff path most evenings working up the courage"),
    ("high", "plain", "i've tied a knot in the dressing gown cord and keep looking at it"),
    ("high", "plain", "i slashed my wrists last night but not deep enough"),
    ("high", "plain", "took an overdose three days ago and i'm still planning to try again"),
    ("high", "subtle", "i'm at peace with my decision. don't try and change my mind"),
    ("high", "plain", "i dont want to live any more"),
    ("high", "plain", "he kicked me in the back where my pain is worst. i'm scared he'll do it "
     "again"),
    ("high", "plain", "my ex is outside my house again and i'm on my own"),
    ("high", "subtle", "sorry, i can't go on. i've got everything i need here"),
    ("high", "subtle", "the dog will be fine with my brother. it's better this way"),
    ("high", "plain", "ive been cutting my legs where no one can see"),
    ("high", "subtle", "made my will, paid the funeral plan, cleaned the house. ready now"),
    ("high", "plain", "going to drive into the river tonight"),
    ("high", "subtle", "everyone will be relieved when i'm not here to moan any more"),
    ("high", "plain", "i think about killing myself every time the pain spikes"),
    ("high", "subtle", "i've been to the chemist and the supermarket and the garage for "
     "paracetamol. that's enough now"),
    ("high", "subtle", "this is the end for me. thank you all"),
    ("high", "plain", "i tried to suffocate myself last week"),
    ("high", "subtle", "wish i hadn't been found on sunday"),
    ("high", "subtle", "please can someone tell the pmp team thank you from me, for everything. "
     "i'm done now"),
    ("high", "subtle", "ive got a packet of razor blades and the bath is running"),
    ("high", "subtle", "feeling lighter since i decided. it won't be long now"),
    ("high", "plain", "i wish i were dead and i have the pills to do it"),
    ("high", "subtle", "my sister's got a key, she'll find me"),
    ("high", "subtle", "there are 6 boxes of co-codamol in the bathroom cabinet and i've been "
     "counting them every night"),
    ("high", "plain", "my husband says he'll throw me down the stairs if i go to the group"),
    ("high", "plain", "i just want to stop existing. tonight"),
    # ---------------------------------------------------------------- medium
    ("medium", "plain", "i feel like a burden to my carers"),
    ("medium", "plain", "i'm really not coping, the pain won't shift"),
    ("medium", "plain", "whats the point in carrying on with this"),
    ("medium", "plain", "some mornings i'm disappointed i woke up"),
    ("medium", "subtle", "don't expect to hear from me for a while"),
    ("medium", "plain", "does anyone have a number for brenda? she's gone quiet and i'm worried"),
    ("medium", "plain", "i can't do it any more, it's too much"),
    ("medium", "plain", "it's never going to stop is it, this pain"),
    ("medium", "subtle", "feel like i'm in a hole i can't climb out of"),
    ("medium", "plain", "worried about phil, he said he's had enough of life"),
    ("medium", "subtle", "my kids deserve a better mum than me"),
    ("medium", "plain", "i'm so low i can barely get out of bed"),
    ("medium", "subtle", "turning notifications off and keeping to myself for a bit"),
    ("medium", "subtle", "i was suicidal after my accident years ago. the last few weeks have "
     "brought it all back"),
    ("medium", "plain", "no future with this pain, none"),
    ("medium", "subtle", "my family would be happier without me"),
    ("medium", "plain", "has anyone seen sheila lately? her daughter said she's not been eating"),
    ("medium", "plain", "i can't see a way through this"),
    ("medium", "subtle", "i'm useless to everyone now"),
    ("medium", "plain", "i feel hopeless"),
    ("medium", "subtle", "leaving the group for a while, too much going on in my head"),
    ("medium", "plain", "what's the point of me being here"),
    ("medium", "plain", "i've given up"),
    ("medium", "subtle", "everything is black at the moment"),
    ("medium", "subtle", "i just feel like everyone would cope fine if i wasn't around"),
    ("medium", "plain", "i wish i could sleep and not wake up"),
    ("medium", "plain", "is tracy ok? she messaged me last night saying goodbye"),
    ("medium", "plain", "so tired of living with this"),
    ("medium", "plain", "i can't face another year of this pain"),
    ("medium", "subtle", "nobody would miss me"),
    # ---------------------------------------------------------------- none
    ("none", "tricky", "my back is killing me after the car journey"),
    ("none", "tricky", "i could murder a cream tea"),
    ("none", "tricky", "dying to see the photos from the gathering"),
    ("none", "tricky", "i'd kill for a lie in"),
    ("none", "tricky", "the new physio will be the death of me, so many reps"),
    ("none", "tricky", "dead happy with my new reclining chair"),
    ("none", "tricky", "killing time at the dentist"),
    ("none", "tricky", "nearly died laughing when the dog ran off with the sandwiches"),
    ("none", "tricky", "goodbye all, i'm joining the monday group as it's closer to home. "
     "i'll still come to the socials"),
    ("none", "tricky", "does anyone else take co-codamol? what strength?"),
    ("none", "tricky", "has anyone tried coming off gabapentin? how long did it take?"),
    ("none", "tricky", "is it normal to feel sleepy on nortriptyline?"),
    ("none", "plain", "flaring today so staying in, will catch up next week"),
    ("none", "plain", "managed to walk to the postbox and back, small wins"),
    ("none", "plain", "what time are we meeting on friday?"),
    ("none", "tricky", "ten years ago i tried to end it. i'm so glad i'm still here to see my "
     "grandkids grow up"),
    ("none", "tricky", "there was a programme on last night about a man who jumped in front "
     "of a train, i had to turn it off"),
    ("none", "tricky", "my brother's friend took an overdose, very sad, he's recovering"),
    ("none", "tricky", "not suicidal, just really frustrated with the waiting list"),
    ("none", "tricky", "thanks for everything today, you lot are brilliant. see you next month"),
    ("none", "tricky", "can anyone take my old commode? brand new one from the council"),
    ("none", "tricky", "anyone want a kitten? our cat had five!"),
    ("none", "tricky", "got my lasting power of attorney sorted, such a relief"),
    ("none", "tricky", "walked across the bridge in the park, first time this year"),
    ("none", "tricky", "good luck at your interview, knock them dead!"),
    ("none", "tricky", "my knees are killing me today, bad weather"),
    ("none", "plain", "counting down to the summer gathering"),
    ("none", "tricky", "started on morphine patches this week, anyone else use them?"),
    ("none", "plain", "roll on friday"),
    ("none", "tricky", "saving up for a holiday next year"),
    ("none", "tricky", "counting out my tablets for the week into the pill box"),
    ("none", "tricky", "lol i'm dead, the cat just fell off the sofa"),
    ("none", "tricky", "the stairs nearly finished me off but i did them"),
    ("none", "tricky", "my train home was cancelled so i got a taxi"),
    ("none", "tricky", "the motorway was closed so i went the back roads"),
    ("none", "tricky", "my son's sorting the garage out for me"),
    ("none", "tricky", "giving away my old wheelchair, anyone need one?"),
    ("none", "tricky", "leaving the group chat as i'm on the new app now"),
    ("none", "tricky", "the overdose storyline in the soap was really hard to watch"),
    ("none", "plain", "feeling ok today for once"),
    ("none", "tricky", "my husband hurt his hand at work"),
    ("none", "tricky", "does ibuprofen help anyone with the swelling?"),
    ("none", "tricky", "i used to think i'd never get better but the pmp proved me wrong"),
    ("none", "tricky", "years ago i felt like giving up but now i've got so much to live for"),
    ("none", "plain", "my partner is taking me out for dinner"),
    ("none", "tricky", "don't worry about me, just a bad night's sleep"),
    ("none", "plain", "anyone been to the new pool?"),
    ("none", "plain", "it was lovely to see everyone"),
    ("none", "tricky", "i could have died when the fire alarm went off in the middle of "
     "relaxation"),
    ("none", "tricky", "my dog is a nightmare, anyone want him? haha"),
    ("none", "tricky", "i'm off to bed, night night"),
    ("none", "tricky", "last one from me tonight, sleep well all"),
    ("none", "plain", "have a good weekend everyone"),
    ("none", "tricky", "my mum always said i'd be the death of her"),
    ("none", "tricky", "the news had a story about a teenager who tried to take her life, "
     "heartbreaking"),
    ("none", "plain", "thanks for the lift on thursday"),
]
