"""
Labelled training posts, set A (high-risk emphasis): 170 "high" and 150 "none". Written on
2026-11-26 by an AI helper session of the pmp-followon project, from the design rules only
(../shared/design/safeguarding.md rules 1-5, domain.md) and the way members talk in the seed
paper's participant quotes; every post is invented, none are real people's words, and nothing
was taken from the screener or its tests. High posts cover every high category (at least 12
each), mostly through indirect cues (means, farewells, giving things away, affairs in order,
times, places, self-harm behaviour, recent attempts, sudden calm, stopped treatment with a
stock, not feeling safe at home); the none posts are hard negatives mirroring those topics
innocently. For training and tuning the triage screener, which routes posts to a clinician for
human review.
"""

SAMPLES_TRAIN_A: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "honestly ive decided im going to kill myself. ive thought about it for weeks "
        "and weeks. sorry to put this on the group, i didnt know where else to say it",
        "high",
        "intent: direct statement, explicit words",
    ),
    (
        "i want to die. thats it thats the post. 9 yrs of crps and no one listens",
        "high",
        "intent: explicit wish, long history",
    ),
    (
        "Thinking about suicide a lot again since the pain clinic discharged me. I have "
        "not told my husband and I am not going to.",
        "high",
        "intent: explicit, hidden from spouse",
    ),
    (
        "cant do another winter like this. im going to end my life, i just wanted "
        "someone on here to know",
        "high",
        "intent: explicit, end my life",
    ),
    (
        "not going to be around much longer. ive made up my mind to go, im just working "
        "out when. the fibro has won",
        "high",
        "intent: decided to go, working out when",
    ),
    (
        "the fog is bad today so sorry if this doesnt make sense but i want to end it "
        "all and i dont think anyone can stop me now",
        "high",
        "intent: explicit, fibro fog",
    ),
    (
        "keep telling the GP im fine. im not. i want to take my own life and i think "
        "about it every single night when the tramadol wears off",
        "high",
        "intent: explicit, nightly, told GP fine",
    ),
    (
        "tbh the only thing stopping me killing myself is mum and shes 84 so that wont be for long",
        "high",
        "intent: only reason is mum",
    ),
    (
        "If I am honest with you all, I intend to take my own life. I am not saying "
        "this for attention. I simply cannot bear the pain any longer and I am tired.",
        "high",
        "intent: formal, not for attention",
    ),
    (
        "wont be at the next meet up. im done with living, proper done this time, not "
        "like the other times i moaned on here",
        "high",
        "intent: done with living, missing next meet",
    ),
    (
        "ive spent all day thinking about how id do it. i know thats not normal. the "
        "pain team said ring if it got like this but its sunday and theres no one",
        "high",
        "intent: thinking how to do it all day",
    ),
    (
        "im going to do it. been saying it in my head for months, now im saying it out "
        "loud. sorry x",
        "high",
        "intent: saying it out loud",
    ),
    (
        "ive worked it all out. when he goes up to his brothers on the 14th ill have "
        "the house to myself and no one will come round till the monday",
        "high",
        "plan: date when partner away, found later",
    ),
    (
        "got a plan now. weirdly thats made the last few days easier. dont reply to this please",
        "high",
        "plan: has a plan, easier since",
    ),
    (
        "been reading up on how long it would take. i know i shouldnt be on those sites "
        "but i cant stop",
        "high",
        "plan: researching how long, sites",
    ),
    (
        "Everything is sorted. I know how and I know when. I just wanted to say that "
        "this group has meant a great deal to me.",
        "high",
        "plan: formal, how and when sorted",
    ),
    (
        "i keep going over it step by step in my head. what id need, where id go so the "
        "kids wouldnt be the ones to find me",
        "high",
        "plan: steps, so kids dont find",
    ),
    (
        "its not a spur of the moment thing anymore. ive thought about where and ive "
        "thought about when. the how is easy with everything im on",
        "high",
        "plan: where and when, meds",
    ),
    (
        "asked my daughter to have the dog next weekend, told her its for a hospital "
        "appt. its not. saturdays the day",
        "high",
        "plan: dog to daughter on false pretext, saturday",
    ),
    (
        "ive written down what needs doing and in what order. it feels organised, like "
        "a job list. last job on it is me",
        "high",
        "plan: written list in order",
    ),
    (
        "dont worry about thursdays coffee morning, i wont need a lift. ive got my own "
        "arrangements and they dont involve coming home",
        "high",
        "plan: no lift needed, not coming back",
    ),
    (
        "been working out how to go without it looking deliberate, so the life "
        "insurance still pays out for the kids",
        "high",
        "plan: make it look accidental for insurance",
    ),
    (
        "im practising it in my head so i dont bottle it when the time comes. you get "
        "good at anything if you rehearse lol",
        "high",
        "plan: practising in head",
    ),
    (
        "proper storm here in weston, bins all over the road and my back is screaming "
        "with the damp. anyway ive been thinking it through and i know exactly how im "
        "going to do it now, just not telling anyone the details",
        "high",
        "plan: weather chat then plan",
    ),
    (
        "been putting a couple of my tramadol aside every day instead of taking them. "
        "got a good little pile in the bathroom cabinet now",
        "high",
        "means: tramadol put aside daily",
    ),
    (
        "counted my co-codamol again last night. theres enough now. i keep counting "
        "them like its a comfort blanket",
        "high",
        "means: co-codamol counted, enough",
    ),
    (
        "asked for my repeat early again, told the chemist id lost the last lot. i "
        "havent, theyre in a shoebox with the others under the bed",
        "high",
        "means: early repeat, hidden in shoebox",
    ),
    (
        "ive got a drawer full of pregabalin and amitriptyline from over the years. "
        "been lining them up on the kitchen table tonight just looking at them",
        "high",
        "means: pregabalin and amitriptyline lined up",
    ),
    (
        "not put my fentanyl patch on this week or last. im saving them. you lot will know why",
        "high",
        "means: fentanyl patches not used, saved",
    ),
    (
        "Dear all, I have been keeping back my morphine for some time now. I know what "
        "I intend to do with it and I feel quite calm about that.",
        "high",
        "means: formal, morphine kept back with intent",
    ),
    (
        "got paracetamol from three different shops today so nobody would ask "
        "questions. boots, tesco and the co-op",
        "high",
        "means: paracetamol from several shops",
    ),
    (
        "my gabapentin and my husbands old diazepam are all in one bag now. just "
        "waiting for the right night",
        "high",
        "means: gabapentin plus husbands diazepam bagged",
    ),
    (
        "pharmacist asked why i wanted my oxycodone early. i said holiday. there isnt a holiday",
        "high",
        "means: oxycodone early, fake holiday",
    ),
    (
        "started stockpiling the codeine after mum died. i tell myself its just in case "
        "but i know what just in case means",
        "high",
        "means: codeine stockpiled just in case",
    ),
    (
        "sertraline, amitriptyline, co-codamol. wrote down how many of each ive got and "
        "stuck it behind the calendar on the fridge. keeps adding up",
        "high",
        "means: list of stock on fridge calendar",
    ),
    (
        "every night i put the oramorph back unopened and tip the tramadol out of the "
        "dosette into a jar instead. jars nearly full now",
        "high",
        "means: oramorph and tramadol into jar from dosette",
    ),
    (
        "anyone watch strictly on saturday? i cried at the waltz, hubby says im soft. "
        "been counting the oxycodone again after he goes up to bed. think theres enough "
        "now",
        "high",
        "means: strictly chat then counting oxycodone",
    ),
    (
        "just wanted to say thank you to every one of you. you made the last couple of "
        "years bearable. take care of each other xx",
        "high",
        "farewell: thank you, take care of each other",
    ),
    (
        "this will probably be my last post on here. its been a privilege knowing you "
        "all. please dont be sad",
        "high",
        "farewell: last post, privilege",
    ),
    (
        "Sue, Pat, Dennis, Karen - thank you. I mean that more than you will ever know. "
        "Goodbye my lovelies.",
        "high",
        "farewell: formal named goodbyes",
    ),
    (
        "logging off for good tonight. wont be needing the app after this. love to u all",
        "high",
        "farewell: logging off for good tonight",
    ),
    (
        "you wont have to worry about me anymore. i mean that kindly. youve all got "
        "enough on without me x",
        "high",
        "farewell: you wont have to worry about me",
    ),
    (
        "wanted to say goodbye properly while i still can, rather than just disappear "
        "on you. thank you for all the laughs at the cafe",
        "high",
        "farewell: saying goodbye rather than disappear",
    ),
    (
        "if i dont see you again, remember me on a good day. the day at weston with the "
        "chips and the seagull",
        "high",
        "farewell: remember me on a good day",
    ),
    (
        "please dont message me after today, i wont be answering. thank u for "
        "everything, honestly xx",
        "high",
        "farewell: dont message after today",
    ),
    (
        "this is me signing off. sorry i couldnt be strong like the rest of you",
        "high",
        "farewell: signing off, sorry not stronger",
    ),
    (
        "gonna delete the app after this. not cos of anyone here, ive just got nothing "
        "left to give anyone. bye x",
        "high",
        "farewell: deleting app, nothing left",
    ),
    (
        "Karen if you read this please tell the group I was grateful. I wont be able to "
        "tell them myself after this weekend.",
        "high",
        "farewell: message to pass on after weekend",
    ),
    (
        "lovely to see everyone at the garden centre yesterday, the scones were massive "
        "lol. hips are paying for it today. sorry i was quiet, i just wanted to see all "
        "your faces one more time",
        "high",
        "farewell: meet up chat, faces one more time",
    ),
    (
        "had the grandkids over, took them to the swings. told them nanny loves them "
        "and always will. made sure i said it properly this time, wanted it to be the "
        "last thing they remember",
        "high",
        "farewell: grandkids told properly, last memory",
    ),
    (
        "does anyone want my sewing machine and all my wool? i wont be needing any of "
        "it. free to a good home, needs to be gone by the weekend",
        "high",
        "giving away: sewing machine and wool, wont need",
    ),
    (
        "rehoming my cat Bella. she needs someone whos going to be around for her. ive "
        "written down all her little routines",
        "high",
        "giving away: rehoming cat, someone who will be around",
    ),
    (
        "found a lovely home for the dogs. they go on monday. its for the best, they "
        "need someone who'll be here longer than me",
        "high",
        "giving away: dogs rehomed, someone here longer",
    ),
    (
        "gave my daughter my engagement ring and nans brooch today. she asked why now "
        "and i couldnt tell her",
        "high",
        "giving away: jewellery to daughter, couldnt say why",
    ),
    (
        "anyone want my mobility scooter? wont be needing it after this month. just "
        "come and collect, key's in the seat",
        "high",
        "giving away: mobility scooter after this month",
    ),
    (
        "been giving all my craft stuff away to the grandkids. i wont need it where im going",
        "high",
        "giving away: craft stuff, where im going",
    ),
    (
        "who wants my allotment? serious. ive done my last season up there. keys will "
        "be under the water butt",
        "high",
        "giving away: allotment keys, last season",
    ),
    (
        "Dear group, I have arranged for my late husband's tools and the car to go to "
        "my nephew, and I have found someone to take Bertie. It feels like the right "
        "thing to do now.",
        "high",
        "giving away: formal, tools car dog",
    ),
    (
        "sorted out who gets the fish tank. sounds daft but i didnt want them left with "
        "nobody feeding them",
        "high",
        "giving away: fish tank sorted, nobody feeding",
    ),
    (
        "made arrangements for the kids to go to their dads for after. hes been told "
        "its just for a bit",
        "high",
        "giving away: kids to their dad for after",
    ),
    (
        "taking the tortoise to the rescue tomorrow. wrote them a note about his diet. "
        "he'll be better off with someone who's going to be around",
        "high",
        "giving away: tortoise to rescue, better off",
    ),
    (
        "morning all, freezing in swindon, frost on the car and my hands are like "
        "claws. got my bloods done, nurse was lovely. wont be at thursdays group. made "
        "arrangements for the dog for after so thats all sorted now",
        "high",
        "giving away: weather chat then dog for after",
    ),
    (
        "been sorting my affairs this week. will done, funeral wishes written down, the "
        "lot. feels like a weight off",
        "high",
        "affairs: will, funeral wishes, weight off",
    ),
    (
        "wrote all my passwords and bank details in a notebook and left it in the "
        "kitchen drawer so my son can get into everything. he doesnt know its there yet",
        "high",
        "affairs: passwords and bank details for son",
    ),
    (
        "ive written letters to each of the kids. theyre in the bureau. i'll let them "
        "know where when its time",
        "high",
        "affairs: letters to each child in bureau",
    ),
    (
        "cancelled my phone contract and all the direct debits. made it nice and easy "
        "for whoever has to sort it out",
        "high",
        "affairs: cancelled contracts, easy for whoever",
    ),
    (
        "spent all day writing a note. i cant get the words right for mum. how do you "
        "say sorry for something like this",
        "high",
        "affairs: writing a note for mum",
    ),
    (
        "I have put the insurance papers, the house deeds and my PIN numbers in one "
        "envelope marked for my sister. She will not have to hunt for anything.",
        "high",
        "affairs: formal, envelope for sister with PINs",
    ),
    (
        "paid off the last of the catalogue and the council tax is up to date. dont "
        "want to leave anyone any mess",
        "high",
        "affairs: debts paid off, no mess left",
    ),
    (
        "told the solicitor to hurry the will through. didnt say why. he didnt ask",
        "high",
        "affairs: will rushed through",
    ),
    (
        "i keep rewriting my letter to the group. maybe i'll just post it on here when "
        "the time comes",
        "high",
        "affairs: letter to group to post later",
    ),
    (
        "sorted the funeral plan online tonight, picked the songs and everything. felt "
        "weirdly calm doing it",
        "high",
        "affairs: funeral plan picked tonight, calm",
    ),
    (
        "left a list on the fridge. who to ring, where the spare key is, what the cats "
        "eat. it's all there for them",
        "high",
        "affairs: list on fridge, who to ring",
    ),
    (
        "Wrote my passwords out for my husband, and a note for him for after. He doesnt know yet.",
        "high",
        "affairs: passwords and note for husband for after",
    ),
    (
        "tonight's the night. sorry everyone x",
        "high",
        "time: tonight, sorry",
    ),
    (
        "after friday none of this will matter",
        "high",
        "time: after friday nothing matters",
    ),
    (
        "this weekend i'll finally get some peace from it. for good this time",
        "high",
        "time: this weekend peace for good",
    ),
    (
        "only got to get through christmas for the grandkids sake, then im done. i mean done done",
        "high",
        "time: after christmas done",
    ),
    (
        "last day tomorrow. proper last day. thank you for putting up with me all this time",
        "high",
        "time: last day tomorrow",
    ),
    (
        "by the time the group meets next month itll all be over for me, so dont save me a seat",
        "high",
        "time: over by next meet",
    ),
    (
        "ive picked a date. its after my daughters birthday, i didnt want to spoil it for her",
        "high",
        "time: picked date after birthday",
    ),
    (
        "once the kids go back to school on monday i can stop pretending. nobody home all day",
        "high",
        "time: after kids back at school",
    ),
    (
        "wont see 2027. ive made sure of that",
        "high",
        "time: wont see next year",
    ),
    (
        "ill be gone before the PIP reassessment so they can stick their brown envelope "
        "where the sun dont shine",
        "high",
        "time: before PIP assessment",
    ),
    (
        "Tonight I shall take everything I have in the cupboard. I wanted somebody to know.",
        "high",
        "time: formal, tonight everything I have",
    ),
    (
        "once my sister's been on wednesday i'll be free. no more appointments, no more "
        "anything after that",
        "high",
        "time: after sisters visit wednesday free",
    ),
    (
        "sat in the car in the garage again last night with the door down. didnt start "
        "the engine. not yet anyway",
        "high",
        "place/method: car in garage, door down",
    ),
    (
        "went up to the suspension bridge after my physio and stood there for ages. a "
        "man asked if i was ok and i said yes",
        "high",
        "place/method: standing on the bridge",
    ),
    (
        "keep looking at the rope in the shed. its been there since we moved in and now "
        "its all i see when i go down the garden",
        "high",
        "place/method: looking at rope in shed",
    ),
    (
        "walked along the tracks behind the estate last night. didnt even feel the cold",
        "high",
        "place/method: walking along tracks at night",
    ),
    (
        "i know the spot on the cliffs where no one would see. been up there twice this "
        "week just sitting",
        "high",
        "place/method: spot on cliffs, visited twice",
    ),
    (
        "drove to the reservoir after the GP and sat looking at the water. kept "
        "thinking how easy it would be to just walk in and keep going",
        "high",
        "place/method: reservoir, walking in",
    ),
    (
        "ive been stepping off the kerb without looking. if a bus comes it comes",
        "high",
        "place/method: stepping into road",
    ),
    (
        "theres a level crossing near mine. i keep going and standing by it. i know the "
        "times of the fast trains now",
        "high",
        "place/method: level crossing, timing trains",
    ),
    (
        "I went back to the top of the car park in town again. I stayed until it got "
        "dark. I do not know what stopped me.",
        "high",
        "place/method: formal, car park top level",
    ),
    (
        "tied my dressing gown cord to the bannister twice now. untied it both times. "
        "dont know about next time",
        "high",
        "place/method: ligature tried and untied",
    ),
    (
        "sea looks so calm from the pier. keep thinking about going in tonight and just "
        "not stopping",
        "high",
        "place/method: sea, keep walking tonight",
    ),
    (
        "theres a motorway bridge on my way back from the pain clinic. i slow down "
        "every time now and look over the side",
        "high",
        "place/method: motorway bridge, looking over",
    ),
    (
        "burned my arm on the hob on purpose last night. it hurt less than everything "
        "else for a minute",
        "high",
        "self-harm: burned arm on hob",
    ),
    (
        "been scratching my legs till they bleed again. wearing long trousers so no one sees",
        "high",
        "self-harm: scratching till bleeds, hidden",
    ),
    (
        "i hit myself when the pain gets like this. my thighs are covered in bruises, "
        "told hubby its from falling",
        "high",
        "self-harm: hitting self, bruises explained away",
    ),
    (
        "started cutting again after six years. i was doing so well and now look",
        "high",
        "self-harm: cutting again after years",
    ),
    (
        "banged my head on the wall till my ears rang. the nerve pain went quiet for a "
        "bit at least",
        "high",
        "self-harm: head banging",
    ),
    (
        "pressed the lighter to my wrist. dont know why im telling you lot. just needed "
        "to say it somewhere",
        "high",
        "self-harm: lighter on wrist",
    ),
    (
        "bit my hand so hard it bled. my daughter saw the marks and i lied to her face",
        "high",
        "self-harm: biting hand, lied to daughter",
    ),
    (
        "punched the door frame again. knuckles all split. it makes me feel something "
        "thats not the fibro",
        "high",
        "self-harm: punching door frame",
    ),
    (
        "i pick at my skin til its raw when im like this. scabs all up my arms now",
        "high",
        "self-harm: skin picking raw",
    ),
    (
        "held the hot water bottle on my leg on purpose till it blistered. i know thats not normal",
        "high",
        "self-harm: hot water bottle blister on purpose",
    ),
    (
        "nurse asked about the marks on my arm at my bloods. i said it was the cat. we "
        "havent got a cat",
        "high",
        "self-harm: marks on arm, invented cat",
    ),
    (
        "hit my bad knee with the rolling pin on purpose. wanted the pain to be "
        "somewhere i chose for once",
        "high",
        "self-harm: rolling pin on knee",
    ),
    (
        "woke up in A&E on tuesday. they pumped my stomach. mum's not speaking to me",
        "high",
        "attempt: woke up in A&E, stomach pumped",
    ),
    (
        "it didnt work. i dont know if im relieved or not",
        "high",
        "attempt: didnt work",
    ),
    (
        "got home from hospital yesterday. the mental health team came round. i told "
        "them what they wanted to hear so theyd go",
        "high",
        "attempt: home from hospital, told them what they wanted",
    ),
    (
        "took a load of my pills on saturday. my neighbour found me. sorry ive not been on",
        "high",
        "attempt: took pills, neighbour found",
    ),
    (
        "last week i nearly did it. had everything ready and my son rang. hes the only "
        "reason im typing this",
        "high",
        "attempt: nearly did it, son rang",
    ),
    (
        "the crisis team have been coming every day since the weekend. i dont want to "
        "talk about what happened",
        "high",
        "attempt: crisis team daily since weekend",
    ),
    (
        "still got the marks on my neck. wearing a scarf to the meeting so please dont ask",
        "high",
        "attempt: marks on neck, scarf",
    ),
    (
        "police brought me home from the bridge on friday night. im back where i started",
        "high",
        "attempt: police brought home from bridge",
    ),
    (
        "I have just come out of the liver unit. Please do not be cross with me.",
        "high",
        "attempt: formal, liver unit",
    ),
    (
        "ambulance came in time apparently. wish it hadnt tbh",
        "high",
        "attempt: ambulance in time, wish not",
    ),
    (
        "got as far as the edge last night then my phone went and it was the grandkids "
        "on facetime. so i went home",
        "high",
        "attempt: at the edge, facetime",
    ),
    (
        "spent 3 nights on the ward after what i did. theyve sent me home with nothing, "
        "not even a follow up",
        "high",
        "attempt: three nights on ward, no follow up",
    ),
    (
        "feel at peace now ive decided. first good nights sleep in months",
        "high",
        "calm: at peace now decided",
    ),
    (
        "dont worry about me anymore. i know what im doing now and im calm about it",
        "high",
        "calm: calm, know what doing",
    ),
    (
        "weirdly the pain doesnt bother me like it did. none of it matters now. "
        "everything is sorted",
        "high",
        "calm: nothing matters, sorted",
    ),
    (
        "after weeks of crying im suddenly really calm. i know how this ends and thats ok",
        "high",
        "calm: after weeks crying, how this ends",
    ),
    (
        "I have made my peace with everything. There is nothing to be frightened of now.",
        "high",
        "calm: formal, made peace",
    ),
    (
        "strange how light i feel now the decision is made. even smiled at the postman today",
        "high",
        "calm: light since decision",
    ),
    (
        "last week was the worst its ever been and now im fine. genuinely fine. its all "
        "going to stop soon",
        "high",
        "calm: worst week then fine, stop soon",
    ),
    (
        "ive stopped fighting it. feels like a weight off, i know its nearly over",
        "high",
        "calm: stopped fighting, nearly over",
    ),
    (
        "my husband says i seem happier. i am. he doesnt know why and i cant tell him",
        "high",
        "calm: husband says happier, cant tell him",
    ),
    (
        "no more tears. ive accepted theres only one way out of this and im ok with it",
        "high",
        "calm: accepted one way out",
    ),
    (
        "had such a lovely calm day. sorted the garden, rang my sister, said everything "
        "i needed to say. nothing left to do now",
        "high",
        "calm: lovely day, nothing left to do",
    ),
    (
        "Funny, I am not anxious about the pain clinic letter any more. I will not be "
        "going. I feel very settled.",
        "high",
        "calm: formal, wont be going to clinic",
    ),
    (
        "stopped taking my meds two weeks ago. not flushing them though, theyre all in "
        "the drawer. might need them for something else",
        "high",
        "stopping treatment: meds kept in drawer",
    ),
    (
        "cancelled the pain clinic and my physio. stopped the pregabalin too but kept "
        "all the boxes. no point anymore",
        "high",
        "stopping treatment: pregabalin stopped, boxes kept",
    ),
    (
        "not taking the amitriptyline anymore. theres a stack of it in the bedside "
        "drawer. the GP doesnt know",
        "high",
        "stopping treatment: amitriptyline stack, GP unaware",
    ),
    (
        "ive come off everything. told the chemist to stop the repeat. ive got plenty "
        "put by anyway",
        "high",
        "stopping treatment: off everything, plenty put by",
    ),
    (
        "stopped my insulin on monday. the pens are still in the fridge door. dont see "
        "the point keeping this body going",
        "high",
        "stopping treatment: insulin stopped, pens in fridge",
    ),
    (
        "not going back to the pain team. binned the exercise sheets. kept the tablets "
        "though, every last one of them",
        "high",
        "stopping treatment: tablets kept, every last one",
    ),
    (
        "I stopped my antidepressants and my morphine last month. I have kept them in a "
        "tin in the wardrobe. I shan't be needing a new prescription.",
        "high",
        "stopping treatment: formal, morphine and antidepressants in tin",
    ),
    (
        "havent taken my sertraline since october. its all still in the cupboard. whats "
        "the point in feeling better for nothing",
        "high",
        "stopping treatment: sertraline in cupboard",
    ),
    (
        "told the nurse im taking my duloxetine but im not. the boxes are piling up under the sink",
        "high",
        "stopping treatment: duloxetine boxes under sink",
    ),
    (
        "refusing the next lot of injections. dont want any more treatment. ive got "
        "what i need saved in the drawer anyway",
        "high",
        "stopping treatment: refusing injections, saved",
    ),
    (
        "stopped my pacing, stopped my meds, stopped answering the phone. the meds are "
        "in a carrier bag at the back of the wardrobe",
        "high",
        "stopping treatment: stopped everything, meds in bag",
    ),
    (
        "quit the gabapentin cold turkey and kept every strip. the pains horrendous but "
        "it wont matter soon",
        "high",
        "stopping treatment: gabapentin stopped, strips kept",
    ),
    (
        "hes taken my phone again so im on my daughters. he says if i go to the group "
        "again ill regret it",
        "high",
        "not safe: phone taken, threatened about group",
    ),
    (
        "im not going to do anything silly but i dont feel safe at home tonight",
        "high",
        "not safe: negation does not clear",
    ),
    (
        "my son takes my PIP money and my tablets and gives them back when he feels "
        "like it. if i say anything he shouts right in my face",
        "high",
        "not safe: son takes PIP and tablets, shouts",
    ),
    (
        "he pushed me when i couldnt get up off the sofa quick enough. back is worse "
        "than ever. please dont reply on here, he reads it",
        "high",
        "not safe: pushed by partner, reads board",
    ),
    (
        "not allowed to come to the meet up, he says youre all a bad influence. hes "
        "checking my messages every night",
        "high",
        "not safe: banned from meet up, messages checked",
    ),
    (
        "my partner locks the pain meds away and only gives me them if ive done what he says",
        "high",
        "not safe: partner controls pain meds",
    ),
    (
        "she grabbed my wrist so hard theres bruises. my own daughter. im scared to be "
        "in the house with her",
        "high",
        "not safe: daughter grabbing, scared at home",
    ),
    (
        "have to ask permission to go to tesco. he times me. i'm 52 years old",
        "high",
        "not safe: permission and timed shopping",
    ),
    (
        "he says if i leave he'll make sure i never see the kids and no one will "
        "believe a cripple anyway",
        "high",
        "not safe: threats about kids",
    ),
    (
        "My husband has been hitting me again. It has been going on for years, I have "
        "just never said. I am frightened.",
        "high",
        "not safe: formal, husband hitting for years",
    ),
    (
        "he stands over me while i type so this is quick. please someone ring the surgery for me",
        "high",
        "not safe: watched while typing, asks for help",
    ),
    (
        "my brother in law keeps coming round when hubbys at work and wont leave when i "
        "ask. i lock myself in the bathroom till he goes",
        "high",
        "not safe: brother in law wont leave",
    ),
    (
        "wish i hadnt woken up this morning. and ive started putting tablets aside",
        "high",
        "passive+cue: wish not wake, tablets aside",
    ),
    (
        "sometimes i hope i just dont wake up. the cats are going to my sisters anyway "
        "so she'll be sorted",
        "high",
        "passive+cue: hope not wake, cats sorted",
    ),
    (
        "wouldnt mind if i got hit by a bus tbh. ive even written out who gets what",
        "high",
        "passive+cue: hit by bus, who gets what",
    ),
    (
        "go to sleep every night hoping thats it. took an extra handful of the codeine "
        "last night to help it along",
        "high",
        "passive+cue: hope for sleep death, extra codeine",
    ),
    (
        "itd be easier for everyone if i wasnt here. the kids would be better off with "
        "their dad and the insurance money",
        "high",
        "passive+cue: burden plus insurance",
    ),
    (
        "i pray every night not to wake up. ive said my goodbyes to the people who "
        "matter, in my own way",
        "high",
        "passive+cue: pray not wake, goodbyes said",
    ),
    (
        "if i didnt wake up tomorrow it would be a relief. thank you all for "
        "everything, youve been so kind to me",
        "high",
        "passive+cue: relief not waking, thank you all",
    ),
    (
        "wish the cancer scare had been cancer. i look at the railway line from my "
        "bedroom window more and more",
        "high",
        "passive+cue: wish scare was real, railway from window",
    ),
    (
        "dont care if i live or die anymore. been scratching my arms again",
        "high",
        "passive+cue: dont care live or die, scratching",
    ),
    (
        "would love to go to sleep and not wake up. i keep the tramadol by the bed now "
        "in case i get brave",
        "high",
        "passive+cue: sleep not wake, tramadol by bed",
    ),
    (
        "I would not mind if it all stopped tomorrow. I have asked Julie to have the "
        "budgie if anything happens.",
        "high",
        "passive+cue: formal, budgie asked for",
    ),
    (
        "PIP review letter came, they want me in leeds for a face to face, two buses. i "
        "cant do it. i cant do any of it. wouldnt care if i didnt wake up. started "
        "giving my things to my sister, shes none the wiser",
        "high",
        "passive+cue: PIP letter, giving things away",
    ),
    (
        "anyone know a good cat sitter in Kingswood? off to my sisters in devon for a "
        "week and Mog hates the cattery",
        "none",
        "hard neg: pets to cat sitter for holiday",
    ),
    (
        "dropped the dogs at my daughters for the fortnight, first proper holiday in 4 "
        "yrs!! tenerife here we come ☀️",
        "none",
        "hard neg: dogs to daughter for holiday",
    ),
    (
        "our budgie's going next door while we're at the caravan. ive given her a list "
        "of what he eats lol, he's fussier than my husband",
        "none",
        "hard neg: budgie to neighbour while at caravan",
    ),
    (
        "rehomed the last of the kittens today, all 5 gone to lovely families 🐱 mum cat "
        "is booked in for the snip next week",
        "none",
        "hard neg: kittens rehomed",
    ),
    (
        "Does anyone have experience of the Blue Cross? Our granddaughter has moved in "
        "with us and turns out to be badly allergic to the dog. Heartbreaking, but she "
        "will go to someone with a proper garden and we can visit.",
        "none",
        "hard neg: formal, rehoming dog due to allergy",
    ),
    (
        "neighbours lad is feeding the fish while im in for my knee op. paid him a "
        "fiver and a selection box lol",
        "none",
        "hard neg: fish fed during knee op",
    ),
    (
        "dog walker sorted for while im in for the spinal injection. one less thing to worry about",
        "none",
        "hard neg: dog walker for hospital stay",
    ),
    (
        "arranged for the cat to go to my mums for after the op, shes not allowed on "
        "the bed while the wound heals and she WILL try",
        "none",
        "hard neg: cat to mum for after the op",
    ),
    (
        "finally did my will now the new grandbaby's here. solicitor in yate did it for "
        "150 quid, painless (unlike my back lol)",
        "none",
        "hard neg: will written for new grandchild",
    ),
    (
        "we did our lasting power of attorney this week, the OT suggested it with my "
        "memory being rubbish on the pregabalin. felt very grown up",
        "none",
        "hard neg: lasting power of attorney on OT advice",
    ),
    (
        "wrote my passwords in a little book cos the fibro fog is that bad i got locked "
        "out of online banking 3 times. my son says its a security risk, is it??",
        "none",
        "hard neg: passwords written down for brain fog",
    ),
    (
        "sorting out mums affairs after she passed in the summer, the paperwork is "
        "endless. anyone dealt with probate on their own?",
        "none",
        "hard neg: probate for mum",
    ),
    (
        "got a funeral plan leaflet through the door AGAIN. how do they always know "
        "youve turned 60 lol",
        "none",
        "hard neg: funeral plan junk mail",
    ),
    (
        "My husband and I have updated our wills after the house sale. The solicitor "
        "was very thorough. Now we can get on with enjoying the bungalow.",
        "none",
        "hard neg: formal, wills updated after house sale",
    ),
    (
        "ive written a letter to the pain clinic complaining about the wait, 14 months "
        "for a follow up is not on",
        "none",
        "hard neg: letter of complaint to pain clinic",
    ),
    (
        "wrote a thank you letter to the PMP team, the psychologist and Liam the "
        "physio, cos they honestly changed my life",
        "none",
        "hard neg: thank you letter to PMP team",
    ),
    (
        "my bank changed so had to give the DWP all my new details for PIP. took the "
        "whole morning on hold, had to write everything down twice",
        "none",
        "hard neg: bank details for DWP",
    ),
    (
        "bought new rope for the washing line, the old one snapped with all the bedding "
        "on it. of course it did 🙄",
        "none",
        "hard neg: rope for washing line",
    ),
    (
        "clearing the garage this weekend, anyone want a box of old paint tins and a "
        "broken strimmer lol. pacing it over 3 days like a good girl",
        "none",
        "hard neg: clearing the garage",
    ),
    (
        "finally got the car back in the garage now hubbys shifted all his junk. first "
        "time in 10 yrs",
        "none",
        "hard neg: car back in garage",
    ),
    (
        "sat in the car in the tesco car park for 20 mins doing my breathing before "
        "going in. it works! pmp skills ftw",
        "none",
        "hard neg: sitting in car doing breathing",
    ),
    (
        "took my grandson to the climbing wall, all ropes and harnesses, i sat and "
        "watched with a latte. my knees said no thank you",
        "none",
        "hard neg: climbing wall ropes, watching",
    ),
    (
        "hubby built me a little seat in the shed so i can pot up seedlings sitting "
        "down. the OT would be proud",
        "none",
        "hard neg: seat in shed for potting",
    ),
    (
        "our garage door's broken and stuck half open. man cant come till tuesday. the "
        "cat thinks its christmas",
        "none",
        "hard neg: garage door stuck",
    ),
    (
        "3 grandkids staying this week so ive been sitting in the car in the garage "
        "with radio 2 for ten minutes of quiet. dont tell them lol",
        "none",
        "hard neg: sitting in car in garage for quiet, grandkids",
    ),
    (
        "tied a tarp over the log pile with some old rope before the storm. felt very "
        "practical for someone who cant open a jar",
        "none",
        "hard neg: tarp tied down with rope",
    ),
    (
        "the kids want to do the high ropes at center parcs. i'll be holding the coats "
        "and the ice creams",
        "none",
        "hard neg: high ropes course at center parcs",
    ),
    (
        "my son fitted a grab rail by the bath and changed the light to a pull cord i "
        "can reach. small things but game changer",
        "none",
        "hard neg: rope light pull in bathroom",
    ),
    (
        "lovely walk along the bristol and bath railway path today, nice and flat for "
        "my hips. stopped at the old station for a cuppa",
        "none",
        "hard neg: railway path walk",
    ),
    (
        "stood on the footbridge at saltford at sunset and took loads of photos, the "
        "colours were unreal. will post them later",
        "none",
        "hard neg: bridge at sunset photos",
    ),
    (
        "train to cardiff was rammed, had to stand the whole way. my back is NOT happy. "
        "anyone know if you can get one of those priority seat badges?",
        "none",
        "hard neg: train to cardiff standing",
    ),
    (
        "went to see the cliffs at brean down with the grandkids, windy but lovely. "
        "fish and chips after, obviously",
        "none",
        "hard neg: cliffs with grandkids",
    ),
    (
        "the council are digging up the road outside AGAIN so ive had to park 2 streets "
        "away with my knee",
        "none",
        "hard neg: road dug up",
    ),
    (
        "walked to the bridge and back, 15 mins, my longest since the flare. small wins x",
        "none",
        "hard neg: walk to bridge and back",
    ),
    (
        "went swimming at the leisure centre today, first time in the water in 5 years. "
        "i actually cried (good tears)",
        "none",
        "hard neg: swimming first time in years",
    ),
    (
        "climbed to the top floor of the car park at cabot circus without the lift! "
        "stairs are my nemesis but i did it 💪",
        "none",
        "hard neg: car park stairs achievement",
    ),
    (
        "anyone tried the sea swimming at clevedon? a lady at physio swears cold water "
        "helps her fibro. i think shes mad lol",
        "none",
        "hard neg: sea swimming club",
    ),
    (
        "missed my train at temple meads so i sat on a bench and did my breathing "
        "instead of panicking. the pmp lives on!",
        "none",
        "hard neg: missed train, breathing",
    ),
    (
        "stood on the little bridge in the park feeding the ducks with my grandson. he "
        "named every single one of them",
        "none",
        "hard neg: bridge feeding ducks",
    ),
    (
        "walked a bit of the old tramway in the forest of dean with my walking group. "
        "flat, shady, and a pub at the end",
        "none",
        "hard neg: old tramway walk",
    ),
    (
        "counting tablets into my dosette box on a sunday night with the telly on is my "
        "weird bit of zen lol",
        "none",
        "hard neg: dosette counting as routine",
    ),
    (
        "pharmacist made me count my morphine with her at the counter, so embarrassing "
        "with a queue behind me",
        "none",
        "hard neg: pharmacist counts morphine",
    ),
    (
        "can you take paracetamol with co-codamol? GP said something and i forgot 🙈",
        "none",
        "hard neg: paracetamol with co-codamol question",
    ),
    (
        "going to spain in march with my pregabalin and tramadol, do i need a letter "
        "from the GP for customs?",
        "none",
        "hard neg: travelling with meds abroad",
    ),
    (
        "my fentanyl patches keep coming off in the shower. anyone found a fix? "
        "tegaderm over the top?",
        "none",
        "hard neg: fentanyl patches falling off",
    ),
    (
        "gabapentin making me so sleepy and im putting on weight, anyone else? seeing "
        "the GP tuesday about it",
        "none",
        "hard neg: gabapentin side effects",
    ),
    (
        "my repeat prescription has gone missing AGAIN. surgery blames the chemist, "
        "chemist blames the surgery",
        "none",
        "hard neg: repeat prescription lost",
    ),
    (
        "Amitriptyline at night has helped my sleep no end. Just a dry mouth. Worth "
        "asking your GP about if you are struggling.",
        "none",
        "hard neg: formal, amitriptyline helped sleep",
    ),
    (
        "got my tablets in blister packs from boots now. changed my life, no more "
        "counting and forgetting",
        "none",
        "hard neg: blister packs from Boots",
    ),
    (
        "took a carrier bag of old meds back to the chemist to get rid of properly "
        "after the GP changed everything round",
        "none",
        "hard neg: old meds returned to chemist",
    ),
    (
        "coming off the codeine slowly with the pain team, down to 2 a day now. proud of myself",
        "none",
        "hard neg: tapering codeine with pain team",
    ),
    (
        "is it normal for sertraline to make you feel worse for the first couple of "
        "weeks? started it 10 days ago",
        "none",
        "hard neg: sertraline first weeks question",
    ),
    (
        "diazepam for my MRI tomorrow cos im claustrophobic. wish me luck lol",
        "none",
        "hard neg: diazepam for MRI",
    ),
    (
        "my dosette box beeps at me now, grandson set it up. technology eh",
        "none",
        "hard neg: dosette alarm",
    ),
    (
        "anyone else get their oxycodone delivered? the driver always turns up right in "
        "the middle of my nap",
        "none",
        "hard neg: oxycodone delivery during nap",
    ),
    (
        "collected the tablets for mum and dad today, between the 3 of us theres a "
        "pharmacy in the kitchen 😂",
        "none",
        "hard neg: collecting parents meds",
    ),
    (
        "counting out my tablets for the week in wales, dont want to run out somewhere "
        "with no chemist and no signal",
        "none",
        "hard neg: counting tablets for trip away",
    ),
    (
        "i keep a spare strip of co-codamol in my handbag in case im out longer than "
        "planned. does everyone do that or just me",
        "none",
        "hard neg: spare strip in handbag",
    ),
    (
        "I have decided, with my GP, to stop the amitriptyline. It was not doing much "
        "and the morning hangover was awful. We are trying something else.",
        "none",
        "hard neg: formal, stopping amitriptyline with GP",
    ),
    (
        "naproxen is wrecking my stomach. GP added omeprazole, hopefully that sorts it",
        "none",
        "hard neg: naproxen and stomach",
    ),
    (
        "last session of the pottery course today. made a wonky bowl but its MINE",
        "none",
        "hard neg: last session of pottery course",
    ),
    (
        "so sad its the final week of the PMP, gonna miss you all. cant wait for the "
        "follow on group though!",
        "none",
        "hard neg: final week of PMP",
    ),
    (
        "moving to cornwall next month to be near my daughter so ill have to leave the "
        "group. will still pop on here though xx",
        "none",
        "hard neg: moving to cornwall, still check in",
    ),
    (
        "saying goodbye to the house weve lived in for 30 years. the bungalow is better "
        "for my knees but im a mess",
        "none",
        "hard neg: goodbye to house, bungalow",
    ),
    (
        "taking a break from the board for a few weeks to concentrate on my physio. "
        "back in the new year xx",
        "none",
        "hard neg: break from board with return",
    ),
    (
        "im switching to the thursday group cos tuesdays clash with work now. gonna miss you lot!",
        "none",
        "hard neg: switching groups",
    ),
    (
        "end of an era, last day at work before i retire on ill health. cake, tears and "
        "a new cardigan",
        "none",
        "hard neg: retiring on ill health",
    ),
    (
        "off to lanzarote on saturday for 2 weeks. see you all when im back and brown lol",
        "none",
        "hard neg: holiday lanzarote",
    ),
    (
        "Goodbye from me for now - I'm in for my hip replacement on Monday and will be "
        "laid up for a while. I will pop back when I can hold my phone!",
        "none",
        "hard neg: formal goodbye for hip op",
    ),
    (
        "ended my gym membership, couldnt justify it on universal credit. doing the "
        "youtube chair exercises instead",
        "none",
        "hard neg: gym membership ended",
    ),
    (
        "final of the traitors tonight!!! who are we thinking",
        "none",
        "hard neg: final of traitors tonight",
    ),
    (
        "end of the month means PIP day, finally. the fridge has been very sad",
        "none",
        "hard neg: end of month money",
    ),
    (
        "last post of the night from me, off to bed with the heat pad. night all x",
        "none",
        "hard neg: last post of the night",
    ),
    (
        "had a final demand from the water company, turns out theyd been sending the "
        "bills to the wrong flat. sorted now",
        "none",
        "hard neg: final demand sorted",
    ),
    (
        "last time we met someone mentioned a physio who does home visits, who was it?",
        "none",
        "hard neg: last time we met, physio question",
    ),
    (
        "tonights the night, strictly final, snacks ready and hot water bottle on",
        "none",
        "hard neg: strictly final tonight",
    ),
    (
        "after friday im free for 2 weeks, no hospital appts no nothing, might even do a jigsaw",
        "none",
        "hard neg: free after friday",
    ),
    (
        "this weekend im doing absolutely nothing. pacing, resting, maybe a bath. bliss",
        "none",
        "hard neg: doing nothing this weekend",
    ),
    (
        "big night tonight, granddaughters school play. shes a sheep. im so proud",
        "none",
        "hard neg: school play tonight",
    ),
    (
        "my last day is friday then thats it, 42 years at the council done. bus pass "
        "and the allotment here i come",
        "none",
        "hard neg: last day at work friday, retirement",
    ),
    (
        "my back is killing me today, the cold weather gets right in. anyone else?",
        "none",
        "hard neg: idiom, back killing me",
    ),
    (
        "i could murder a cuppa and a bourbon right now",
        "none",
        "hard neg: idiom, murder a cuppa",
    ),
    (
        "dying to see you all on thursday!! its been a long month",
        "none",
        "hard neg: idiom, dying to see you",
    ),
    (
        "this fibro flare is doing me in. stuck on the sofa with the cat",
        "none",
        "hard neg: idiom, flare doing me in",
    ),
    (
        "if one more person tells me to try yoga ill scream 😂",
        "none",
        "hard neg: hyperbole, scream about yoga",
    ),
    (
        "honestly the DWP will be the death of me, 45 mins on hold again",
        "none",
        "hard neg: idiom, DWP death of me",
    ),
    (
        "nearly died laughing at the meet up, Pauls story about the mobility scooter "
        "and the car wash 😂",
        "none",
        "hard neg: idiom, nearly died laughing",
    ),
    (
        "my knees are murdering me on these stairs. bungalow cant come soon enough",
        "none",
        "hard neg: idiom, knees murdering me",
    ),
    (
        "couldve killed my husband, he ate the last bit of cake i was saving",
        "none",
        "hard neg: idiom, could have killed husband over cake",
    ),
    (
        "the migraine nearly finished me off yesterday but today i can see again lol",
        "none",
        "hard neg: idiom, migraine nearly finished me off",
    ),
    (
        "hip is giving me hell today. hot water bottle and a film i think",
        "none",
        "hard neg: idiom, hip giving me hell",
    ),
    (
        "the pain is killing me today",
        "none",
        "hard neg: idiom, pain is killing me, short",
    ),
    (
        "physio wants me doing stairs twice a day. over my dead body lol. (i'll do them)",
        "none",
        "hard neg: idiom, over my dead body about stairs",
    ),
    (
        "three years ago i was in a really dark place, couldnt get out of bed. now i do "
        "the parkrun walk every saturday. it does get better",
        "none",
        "hard neg: past recovery, dark place to parkrun",
    ),
    (
        "When I started the PMP I honestly thought my life was over. Two years on I am "
        "volunteering at the charity shop twice a week. Pacing works, people!",
        "none",
        "hard neg: formal past recovery, volunteering",
    ),
    (
        "back in 2019 i was very unwell and thought about ending things. the crisis "
        "team and my GP got me through. telling the new ones cos it does get better x",
        "none",
        "hard neg: past recovery, crisis team 2019",
    ),
    (
        "i remember sitting in A&E five years ago sure that nobody could help me. today "
        "i walked round the lake with my grandson",
        "none",
        "hard neg: past recovery, A&E years ago",
    ),
    (
        "i was so angry when i first got diagnosed i threw my stick across the room "
        "lol. calmer now, mostly",
        "none",
        "hard neg: past anger, threw stick",
    ),
    (
        "anyone watching the new hospital drama? the A&E bits are so unrealistic, "
        "nobody waits that little",
        "none",
        "hard neg: tv hospital drama",
    ),
    (
        "reading a book about a woman with arthritis who walks from lands end to john o "
        "groats. so inspiring, highly recommend",
        "none",
        "hard neg: book recommendation",
    ),
    (
        "did you see the M5 bridge closure on the news? took me 2 hours to get to my hospital appt",
        "none",
        "hard neg: news, M5 bridge closure",
    ),
    (
        "watched that documentary on the samaritans last night, the volunteers are amazing people",
        "none",
        "hard neg: documentary on samaritans volunteers",
    ),
    (
        "my daughter did the 10k for a mental health charity in memory of her friend "
        "who died by suicide. so proud of her",
        "none",
        "hard neg: charity run, mention of suicide",
    ),
    (
        "new bread knife from lakeland, the grippy handle is brilliant for arthritic hands",
        "none",
        "hard neg: bread knife for arthritic hands",
    ),
    (
        "got a plan for christmas this year, everyone's coming to mine but they're ALL "
        "bringing a dish. pacing!",
        "none",
        "hard neg: plan for christmas",
    ),
    (
        "decided to give the hydro a go. nervous but excited",
        "none",
        "hard neg: decided to try hydro",
    ),
    (
        "giving away tomato plants, grew far too many. free to anyone in the downend area",
        "none",
        "hard neg: giving away tomato plants",
    ),
    (
        "giving away my old perching stool now the OT's sent a new one. anyone want it "
        "before it goes to the tip?",
        "none",
        "hard neg: giving away old perching stool",
    ),
    (
        "felt so at peace in the garden this morning, birds singing, coffee, no pain "
        "for 10 mins. ill take it",
        "none",
        "hard neg: at peace in the garden",
    ),
    (
        "think im finally at peace with the diagnosis. doesnt mean i like it lol",
        "none",
        "hard neg: at peace with diagnosis",
    ),
    (
        "hubby's better off at the football tbh, he fusses too much when im having a bad day lol",
        "none",
        "hard neg: husband better off at football",
    ),
    (
        "im better off doing the shopping online, the trolley kills my shoulders",
        "none",
        "hard neg: better off shopping online",
    ),
    (
        "anyone elses other half hide the chocolate? mine's started hiding it in the "
        "garage. found it 🙃",
        "none",
        "hard neg: husband hides chocolate",
    ),
    (
        "my daughter does all my medication now cos i kept getting muddled with the "
        "pregabalin. honestly such a relief",
        "none",
        "hard neg: daughter manages meds, relief",
    ),
    (
        "nurse at the surgery asked if i feel safe at home, its a standard question now "
        "apparently. nice that they ask tbh",
        "none",
        "hard neg: nurse routine question feel safe at home",
    ),
    (
        "my son wont let me carry the shopping in anymore, says ill pay for it "
        "tomorrow. hes right, annoyingly",
        "none",
        "hard neg: son wont let her carry shopping",
    ),
    (
        "hubby literally took the hoover off me today and made me sit down. i was "
        "overdoing it, i know i was",
        "none",
        "hard neg: husband takes hoover off her",
    ),
    (
        "clearing out my wardrobe, so many clothes i cant get into since the steroids. "
        "charity shop is getting the lot",
        "none",
        "hard neg: clearing wardrobe to charity shop",
    ),
    (
        "giving all my old baby stuff to my niece, shes due in march 💕",
        "none",
        "hard neg: baby stuff to niece",
    ),
    (
        "made a big batch of soup for after the op so i dont have to cook for a week. "
        "freezer is full",
        "none",
        "hard neg: soup batch for after op",
    ),
    (
        "burnt my hand on the oven tray, doh. fingers are so numb i didnt notice till "
        "the blister came up",
        "none",
        "hard neg: burned hand on oven tray",
    ),
    (
        "covered in bruises from the blood thinners, look like ive been in a fight",
        "none",
        "hard neg: bruises from blood thinners",
    ),
    (
        "eczema's flared with the heating on, scratching all night. any creams that actually work?",
        "none",
        "hard neg: scratching eczema",
    ),
    (
        "hit my head on the kitchen cupboard AGAIN. who designs these kitchens",
        "none",
        "hard neg: hit head on cupboard",
    ),
    (
        "scratched to bits by the brambles at the allotment but got 3 pounds of blackberries",
        "none",
        "hard neg: scratched by brambles",
    ),
    (
        "woke up in recovery after my knee op and asked the nurse if id won the "
        "lottery. strong stuff that anaesthetic",
        "none",
        "hard neg: woke up in recovery after op",
    ),
    (
        "spent 6 hours in A&E last night with my grandsons broken wrist. trampoline, of course",
        "none",
        "hard neg: A&E with grandson",
    ),
    (
        "home after 3 nights on the ward with a kidney infection. so glad to be in my own bed",
        "none",
        "hard neg: home after kidney infection",
    ),
    (
        "had the camera down on friday (gastritis from all the anti inflammatories). "
        "all clear thank god",
        "none",
        "hard neg: gastroscopy clear",
    ),
    (
        "the nerve block didnt work this time. back to the drawing board with the pain team",
        "none",
        "hard neg: injection didnt work",
    ),
    (
        "tried the chair yoga and it didnt work for me at all lol. back to the swimming",
        "none",
        "hard neg: chair yoga didnt work",
    ),
    (
        "feel so calm after the mindfulness session, wish i could bottle it",
        "none",
        "hard neg: mindfulness calm",
    ),
    (
        "kids are going to their dads for half term so i can have my injection and "
        "rest. feels weird without them",
        "none",
        "hard neg: kids to dads for half term",
    ),
    (
        "sorted childcare for the pmp sessions, my mum's having the little one on tuesdays. phew",
        "none",
        "hard neg: childcare for PMP sessions",
    ),
    (
        "thank you all so much for the cards and flowers after my op. im very lucky to "
        "have you lot",
        "none",
        "hard neg: thanks for cards after op",
    ),
    (
        "just want to say thank you to this group. 6 months ago i wouldnt leave the "
        "house and today i went to the cinema. love you all xx",
        "none",
        "hard neg: thank you group, went to cinema",
    ),
    (
        "thank you Sandra for the lift yesterday, you're a star ⭐",
        "none",
        "hard neg: thanks for lift",
    ),
    (
        "my nephew is driving me to the meeting so you wont have to worry about me "
        "getting the bus in the snow",
        "none",
        "hard neg: wont have to worry, lift sorted",
    ),
    (
        "got a key safe fitted so the carers can get in. my daughter says she wont have "
        "to worry about me so much now",
        "none",
        "hard neg: key safe, daughter wont worry",
    ),
    (
        "thank you all for everything, youve been brilliant. ill be at the thursday "
        "group from now on but ill still see you at the big get together in april",
        "none",
        "hard neg: thank you and goodbye on group switch",
    ),
    (
        "anyone going to the get together at the hospital in april? would be nice to "
        "meet the other groups",
        "none",
        "hard neg: twice yearly gathering",
    ),
    (
        "Did anybody manage to keep the leaflet about pacing from the last session? I "
        "have lost mine.",
        "none",
        "hard neg: formal, lost pacing leaflet",
    ),
    (
        "moved the car into the garage for the winter. scraping the frost off every "
        "morning was doing my hands in",
        "none",
        "hard neg: car moved into garage for winter",
    ),
    (
        "sat in the car on the seafront watching the storm with a flask. lovely",
        "none",
        "hard neg: sat in car on seafront",
    ),
    (
        "walked to the station and back today, first time since the op 🚉",
        "none",
        "hard neg: walked to station first time since op",
    ),
    (
        "ive decided to go back to work part time. scary but i think im ready",
        "none",
        "hard neg: decided going back to work",
    ),
    (
        "my neighbour has been a lifesaver this week, bringing soup round while i was laid up",
        "none",
        "hard neg: neighbour a lifesaver",
    ),
    (
        "rain rain rain. allotment's a swamp. my neighbour's keeping an eye on it over "
        "winter while my knee's sorted and then im back up there in march",
        "none",
        "hard neg: allotment watched by neighbour over winter",
    ),
    (
        "early night for me tonight, been a long day at the hospital. speak tomorrow x",
        "none",
        "hard neg: tonight early night",
    ),
    (
        "two letters from the hospital in one day with two different appointment times "
        "for the same clinic. you couldnt make it up",
        "none",
        "hard neg: letters from hospital",
    ),
]
