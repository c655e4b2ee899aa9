"""Labelled training posts, set G (finality cues and their innocent twins), written
on 2026-11-26 by a helper session from the safeguarding design rules (rules 1-5),
the domain notes and the way members talk in the seed paper's participant quotes. Every post is
invented. High posts carry finality without the obvious words (farewells, final thanks, giving
things or pets away, arrangements for after, letters, a date with finality, sudden calm, a
decision made, stopping treatment with a stock kept, a passive wish plus another cue); the none
posts are their innocent twins (moving, holidays, decluttering, wills after a birth, rehoming a
pet for an allergy or a move, last sessions, good appointments). For training and tuning the
post screener (triage for human review, not risk prediction); not an evaluation set.
"""

SAMPLES_TRAIN_G: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        (
            "just wanted to say ive loved being part of this group. you lot got me "
            "through more than you know. remember me on the good days x"
        ),
        "high",
        "farewell: remember me",
    ),
    (
        (
            "look after each other wont you. especially sue, she pretends shes "
            "fine when shes not. thats all really"
        ),
        "high",
        "farewell: look after each other",
    ),
    (
        (
            "going to see the sea one more time on saturday then thats me done. "
            "thank you all for everything xx"
        ),
        "high",
        "one more time + time + final thanks",
    ),
    (
        (
            "this will be my last post on here. no need to reply. i just didnt "
            "want to disappear without saying ta-ra"
        ),
        "high",
        "last post",
    ),
    (
        (
            "Morning all. Weather's grim again, the rain has got into my bad knee "
            "and I've been up since 4. Saw the robin on the fence though, first "
            "time this year. I won't be at the next meet up, or any after that I'm "
            "afraid. Take care of yourselves, you've been good friends to me, "
            "better than I deserved."
        ),
        "high",
        "farewell hidden in chatter",
    ),
    (
        (
            "if i dont see you all again, thanks for the laughs at the cafe. they "
            "were the best bits of the last few years"
        ),
        "high",
        "farewell + final thanks",
    ),
    (
        ("dont worry about me after this week, ill be out of everyones hair for good"),
        "high",
        "time + finality",
    ),
    (
        (
            "hi all quick one. its been a privilege. keep pacing and keep "
            "laughing. bye for now and for always x"
        ),
        "high",
        "farewell for always",
    ),
    (
        (
            "I want you all to know that none of this is anyone's fault. You were "
            "all so kind to me. Goodbye my lovelies."
        ),
        "high",
        "farewell + absolving others",
    ),
    (
        ("signing off properly this time. im not coming back to the board. love to you all 💙"),
        "high",
        "last post",
    ),
    (
        (
            "hope the new ones find this group like i did. i wont be around to "
            "welcome them so be nice to them x"
        ),
        "high",
        "farewell: won't be around",
    ),
    (
        (
            "told my sister i love her today for the first time in years. told my "
            "son too. now you lot, i love you all. thats everyone done"
        ),
        "high",
        "farewells completed",
    ),
    (
        (
            "had a last walk round the allotment today and said bye to it "
            "properly. that was the last thing on my list. feels right"
        ),
        "high",
        "last walk, list done",
    ),
    (
        ("remember me as the one who always brought the biscuits, not like this x"),
        "high",
        "farewell: remember me",
    ),
    (
        (
            "this is goodbye from me. dont try and talk me round, ive had long "
            "enough to think about it"
        ),
        "high",
        "goodbye + decision",
    ),
    (
        (
            "keep an eye on each other this winter, i mean it. im sorry i couldnt "
            "stick it out like the rest of you"
        ),
        "high",
        "farewell + giving up",
    ),
    (
        ("last time ill moan on here promise 😂 after this week u wont hear from me again"),
        "high",
        "last post joked, time + finality",
    ),
    (
        (
            "Dear all, I have been putting off writing this. I want to thank each "
            "of you for the kindness you have shown me over the last two years. I "
            "shan't be needing the group any longer. Please don't be sad. Margaret"
        ),
        "high",
        "formal farewell letter to group",
    ),
    ("bye everyone. pls dont ring me.", "high", "bare goodbye, refusing contact"),
    (
        (
            "just want to hear everyones voices one more time, can we do a video "
            "call tonight? dont ask why x"
        ),
        "high",
        "one more time + tonight",
    ),
    (
        (
            "Tell Jan I'm sorry I never gave her that book back. Tell her to keep "
            "it. I won't be needing it where I'm going."
        ),
        "high",
        "messages to pass on + finality",
    ),
    (
        (
            "whoever takes over the whatsapp, tell the new lot about the hydro "
            "pool. that was my one good thing. ive said my bit now, im done"
        ),
        "high",
        "handing over + I'm done",
    ),
    (
        "we've had some laughs havent we. wanted to say that while i still can",
        "high",
        "farewell while I still can",
    ),
    (
        (
            "if anyone asks after me in future just tell them i went peacefully "
            "and i wasnt in pain anymore"
        ),
        "high",
        "farewell, own death implied",
    ),
    ("hugs to all. this is the last one. x", "high", "last post"),
    (
        (
            "thank you for everything you've all done for me. i mean everything. i "
            "wont forget it, not that ill have long to"
        ),
        "high",
        "final thanks + not long",
    ),
    (
        (
            "thanks to steph for the lifts, to dawn for the texts at 3am, to all "
            "of you really. wanted it written down somewhere before i go"
        ),
        "high",
        "final thanks before I go",
    ),
    (
        (
            "Just a thank you note. To the pain team, the group, the lady at the "
            "chemist who always smiled at me. You all tried. It's not your fault "
            "it didn't work."
        ),
        "high",
        "final thanks, absolving",
    ),
    (
        (
            "cheers for putting up with me for 3 years. this group is the only "
            "thing thats kept me going and its not enough anymore. thank you tho x"
        ),
        "high",
        "final thanks + hopeless",
    ),
    ("thank u all, genuinely. final thanks from me xx", "high", "final thanks"),
    (
        (
            "ive written down everyone who helped me this year so they know. you "
            "lot are at the top. thank you for trying so hard with me"
        ),
        "high",
        "thanks list, past tense trying",
    ),
    (
        (
            "Want to thank the group properly before Friday. You made the last bit "
            "of my life bearable."
        ),
        "high",
        "thanks + time + last bit of life",
    ),
    (
        ("big thanks to everyone whos replied to me over the years. you wont need to anymore x"),
        "high",
        "final thanks, won't need to",
    ),
    (
        (
            "anyone want my knitting stuff? all of it, needles, the whole wool "
            "stash, patterns. i wont be needing any of it again. first come first "
            "served, sooner the better"
        ),
        "high",
        "giving hobby kit away with finality",
    ),
    (
        (
            "found a good home for biscuit (the cat) today. my neighbours having "
            "her for good. one less thing to sort"
        ),
        "high",
        "pet given away, sorting things",
    ),
    (
        ("giving my mobility scooter to jean from the tuesday lot. i wont need it where im going"),
        "high",
        "giving away + where I'm going",
    ),
    (
        (
            "if anyone wants my fishing gear its all in the shed labelled up. take "
            "it, i wont be going again. im sorting everything this week so nobody "
            "has to after"
        ),
        "high",
        "giving away + so nobody has to after",
    ),
    (
        (
            "gave my ring to my daughter today. she asked why and i said just "
            "because. she'll understand later"
        ),
        "high",
        "giving possession, understand later",
    ),
    (
        (
            "rehomed the dog on sunday. broke my heart but better he goes now "
            "while im still here to choose who has him"
        ),
        "high",
        "pet rehomed while still here",
    ),
    (
        (
            "Anyone want a sewing machine, a craft box and about 400 buttons? Must "
            "go this week. I'm clearing everything so it's done before I am."
        ),
        "high",
        "giving away, done before I am",
    ),
    (
        (
            "my paintings are going to the group, one each. ive put names on the "
            "back. no arguing 😊 its what i want"
        ),
        "high",
        "who gets what",
    ),
    (
        (
            "dropped my watercolours and easel round to lisas. told her to keep "
            "them, im finished with all that. finished with everything tbh"
        ),
        "high",
        "hobby kit given, finished with everything",
    ),
    (
        (
            "who wants the jigsaws? 40 odd. giving all my bits away, dont want "
            "anyone stuck sorting through my stuff"
        ),
        "high",
        "giving away so nobody sorts stuff",
    ),
    (
        (
            "My budgie is going to my granddaughter tomorrow. Everything else is "
            "sorted. I feel lighter than I have done in months."
        ),
        "high",
        "pet given + affairs sorted + calm",
    ),
    (
        (
            "gave the allotment up today, keys and all, to the lad on the next "
            "plot. told him its his now. thats the last thing i cared about gone"
        ),
        "high",
        "giving away last thing cared about",
    ),
    (
        (
            "anyone want my golf clubs or the bike, free. i wont be around to use "
            "them and id rather they went to someone from here"
        ),
        "high",
        "giving away, won't be around",
    ),
    (
        (
            "put the guitar on facebook free to a good home. my son can have the "
            "amp. sorting out who gets what is weirdly calming"
        ),
        "high",
        "who gets what + calm",
    ),
    (
        (
            "gave my tens machine and heat pads to rach, she needs them more than "
            "me. i wont be needing any of it after this month"
        ),
        "high",
        "giving away + time",
    ),
    (
        (
            "took the rabbits to the rescue. told them i cant look after them "
            "anymore and i wont be able to again. the house is so quiet now but it "
            "had to be done first"
        ),
        "high",
        "pets surrendered, had to be done first",
    ),
    (
        (
            "my books are boxed up with a name in each one. yours are in there too "
            "ladies. collect whenever, my sister will have the key"
        ),
        "high",
        "who gets what, sister will have key",
    ),
    (
        (
            "ive found homes for all my plants, each one to someone wholl love it. "
            "feels like tying up loose ends"
        ),
        "high",
        "giving away, loose ends",
    ),
    (
        (
            "giving my season ticket to my nephew for good. told him its an early "
            "present. he doesnt need to know the rest"
        ),
        "high",
        "giving away, concealed reason",
    ),
    (
        (
            "wrote all my passwords down and put them in an envelope for my "
            "daughter. bank, email, the lot. she wont have to struggle"
        ),
        "high",
        "passwords for after",
    ),
    (
        (
            "does anyone know if you can plan your own funeral with the co-op "
            "online? want it all sorted this week so nobody has to think about it"
        ),
        "high",
        "funeral arranged with time",
    ),
    (
        (
            "made a list of jobs for this week. bins, cancel the paper, ring the "
            "bank, take the cat to mums. me last."
        ),
        "high",
        "job list with me last",
    ),
    (
        (
            "got my affairs sorted now. will signed, insurance papers on the "
            "table, dog food bought for a month. feel ready"
        ),
        "high",
        "affairs in order, feel ready",
    ),
    (
        (
            "left instructions for my partner for everything, the boiler, the car "
            "tax, council tax. he never did any of it. he'll have to now"
        ),
        "high",
        "instructions for after",
    ),
    (
        (
            "my funeral songs are in my notes app. sinatra first. dont let them "
            "play anything miserable x"
        ),
        "high",
        "funeral wishes",
    ),
    (
        (
            "sorted out who gets what. the grandkids get the savings, jim gets the "
            "car, the rest can go to the hospice shop. done now"
        ),
        "high",
        "who gets what, done",
    ),
    (
        (
            "Changed my phone settings so my son can get into it. The PIN is "
            "written on the back of the photo on the fridge. Sorry for the strange "
            "post."
        ),
        "high",
        "access instructions for after",
    ),
    (
        (
            "cancelled my direct debits and the gym. told the landlord im not "
            "renewing. not moving anywhere mind"
        ),
        "high",
        "cancelling everything, not moving",
    ),
    (
        (
            "paid off my bits on the catalogue so theres nothing left over for the "
            "kids to deal with. tidied the house top to bottom. just waiting now"
        ),
        "high",
        "affairs settled, waiting",
    ),
    (
        (
            "I've put everything in the blue folder: the insurance, the deeds, who "
            "to ring. My daughter knows where it is now. That's a weight off."
        ),
        "high",
        "affairs folder + relief",
    ),
    (
        (
            "asked my neighbour to feed the fish from monday. didnt tell her how "
            "long for. she'll work it out"
        ),
        "high",
        "arrangement with time, open-ended",
    ),
    (
        (
            "Rang the bank today to put my daughter on the account. Then the "
            "council. Then the vet. It's all arranged now."
        ),
        "high",
        "arrangements made",
    ),
    (
        "the spare key is under the green pot for whoever needs it on sunday",
        "high",
        "key left + date",
    ),
    (
        (
            "updated my will this morning. nothings happened, i just want it done "
            "before the end of the month. no more questions please"
        ),
        "high",
        "will + deadline + shutting down",
    ),
    (
        (
            "wrote my husband a list of how to work the washing machine and what "
            "the kids like in their packed lunches. hes useless bless him. he'll "
            "manage without me"
        ),
        "high",
        "instructions, manage without me",
    ),
    (
        (
            "set up the standing order for the cats insurance for a whole year so "
            "my sister doesnt have to pay. one less thing"
        ),
        "high",
        "provision for pet after",
    ),
    (
        (
            "sorted my pension nomination forms. and the life insurance, checked "
            "what it covers. everything is in order now"
        ),
        "high",
        "affairs in order, checked insurance",
    ),
    (
        (
            "sorry this is long. had the pip assessment today and the woman barely "
            "looked at me, then the bus didnt come so i walked and my back went on "
            "the hill by the co-op. sat on a wall crying like an idiot. anyway got "
            "home, fed the cat, rang my brother and told him where the spare keys "
            "and the cat food are. he asked why and i just said in case. i think "
            "ive known for a while tbh. its fine. you lot have been brilliant"
        ),
        "high",
        "rambling: arrangements + resignation",
    ),
    (
        (
            "spent all night writing letters. one for each of the kids and one for "
            "my mum. my hands are killing me but theyre done"
        ),
        "high",
        "letters left (idiom does not clear)",
    ),
    (
        ("ive left a letter for you all with my sister. she'll post it on here when its time"),
        "high",
        "letter for after",
    ),
    (
        (
            "Wrote to my ex today to say sorry for everything. Wrote to my dad as "
            "well. Just tidying up what I can."
        ),
        "high",
        "apology letters, tidying up",
    ),
    (
        (
            "theres an envelope in my bedside drawer for whoever finds it. hope "
            "its not one of the kids"
        ),
        "high",
        "note left",
    ),
    (
        (
            "writing cards for the grandkids birthdays for the next few years so "
            "theyve got something from nan. dont ask"
        ),
        "high",
        "cards for future birthdays",
    ),
    (
        (
            "I've recorded little voice notes for my girls, one for each birthday "
            "until they're 18. It's helped to get it all said."
        ),
        "high",
        "messages for after",
    ),
    ("finished the letters. theyre stamped and dated for next week.", "high", "letters + date"),
    ("once the cats rehomed im free to go. shouldnt be long now", "high", "once the cat's rehomed"),
    (
        (
            "after the kids birthday on the 12th ill stop pretending. just want to "
            "give her a nice day first"
        ),
        "high",
        "date with finality",
    ),
    ("sundays the day. ive told nobody but you lot", "high", "sunday's the day"),
    (
        "just need to get through christmas for mums sake then i can stop",
        "high",
        "time with finality",
    ),
    (
        ("after friday none of this will matter. enjoy your meet up on the tuesday x"),
        "high",
        "after friday",
    ),
    (
        (
            "last appointment thursday, after that im done with it all. and i dont "
            "just mean the appointments"
        ),
        "high",
        "time + done with it all",
    ),
    (
        (
            "Once the house sale completes my wife will be fine for money. Then I "
            "can rest properly. Not long now."
        ),
        "high",
        "time + provision + rest",
    ),
    ("this weekend is it for me. ive been a burden long enough", "high", "this weekend + burden"),
    (
        ("waiting for my son to go back to uni on the 3rd. dont want him to be the one whos here"),
        "high",
        "date + protecting finder",
    ),
    ("tonights the night. love you all. no fuss", "high", "tonight + farewell"),
    (
        "new years eve seems a fitting time to finish. wont be seeing 2027",
        "high",
        "date with finality",
    ),
    (
        ("as soon as my dads 80th is done thats it. ive stayed for everyone else long enough"),
        "high",
        "after the birthday",
    ),
    (
        (
            "Half term's over, the grandkids have gone home and I hugged them "
            "extra tight. Monday I'll sort the rest."
        ),
        "high",
        "date + last hugs",
    ),
    (
        ("got the date in my head now. it feels better knowing theres an end to it"),
        "high",
        "date chosen",
    ),
    (
        (
            "just wanted one last pain free christmas and thats not gonna happen "
            "so i wont wait for it"
        ),
        "high",
        "one last + not waiting",
    ),
    (
        (
            "The consultant says another six months on the waiting list. I've told "
            "myself if nothing has changed by my birthday then that's it."
        ),
        "high",
        "deadline with finality",
    ),
    (
        (
            "for the first time in years im calm. ive decided and its a weight "
            "off. dont worry about me"
        ),
        "high",
        "sudden calm after deciding",
    ),
    (
        (
            "weird but ive slept well 3 nights running since i made my mind up. "
            "peaceful. first time in ages"
        ),
        "high",
        "calm after decision",
    ),
    (
        (
            "some of you have been worried about me. please dont be. everything is "
            "clear now. no more fighting it"
        ),
        "high",
        "calm, no more fighting",
    ),
    (
        (
            "i was in bits last week, you all saw it. im not now. ive found a way "
            "out and its made me feel so much lighter"
        ),
        "high",
        "calm after despair, way out",
    ),
    (
        (
            "Strangely content today. Pain's the same, nothing's changed, but I "
            "know what I'm doing now and that's a comfort."
        ),
        "high",
        "calm with nothing changed",
    ),
    (
        (
            "after all the crying last month i feel totally calm. i know how this "
            "ends and its soon. dont mean to scare anyone"
        ),
        "high",
        "calm + soon",
    ),
    (
        ("smiling for the first time in ages. the end is in sight. youve all been so good to me"),
        "high",
        "calm + end in sight",
    ),
    ("feel at peace now. ive stopped arguing with myself", "high", "peace after inner struggle"),
    (
        (
            "honestly dont need the crisis numbers anymore. im fine now, more than "
            "fine. ive sorted it in my head"
        ),
        "high",
        "calm, rejecting help",
    ),
    (
        (
            "my wife says ive been cheerful all week and asked whats changed. i "
            "couldnt tell her. i just know itll all be over soon"
        ),
        "high",
        "sudden cheer + over soon",
    ),
    (
        (
            "been in the darkest place since july and this week i just stopped "
            "being scared. i know what i want now"
        ),
        "high",
        "calm after despair",
    ),
    ("my minds made up. please dont try and change it", "high", "mind's made up"),
    (
        ("sticking to the plan. told you all i would. just wanted someone to know"),
        "high",
        "sticking to the plan",
    ),
    (
        "ive thought about it for months and ive decided. this isnt living",
        "high",
        "decision + not living",
    ),
    (
        (
            "no more trying new tablets, no more waiting lists. ive made my "
            "decision and im at peace with it"
        ),
        "high",
        "decision + peace",
    ),
    (
        (
            "stop messaging me about coming back to the group. i know what im "
            "doing. ive known for a while"
        ),
        "high",
        "decision, refusing contact",
    ),
    (
        ("i know what ive got to do now. the pain cant win if im not here for it to"),
        "high",
        "decision, not being here",
    ),
    (
        (
            "been weighing it all up with pros and cons like we did on the "
            "programme. the cons win. decision made"
        ),
        "high",
        "decision made (PMP tool)",
    ),
    ("the plans in place. i wont say more than that on here", "high", "plan in place"),
    (
        (
            "It's not a cry for help this time. I've made a decision. I'm just "
            "letting you know because you've been kind."
        ),
        "high",
        "decision announced",
    ),
    (
        ("gone over it and over it and i know now. its the right thing for everyone"),
        "high",
        "decision, right for everyone",
    ),
    (
        (
            "stopped taking my tramadol two weeks ago. not throwing them out "
            "though. keeping them for when i need them properly"
        ),
        "high",
        "stopped treatment, stock kept",
    ),
    (
        ("ive got 3 months of pregabalin in the drawer that i havent taken. not wasting them"),
        "high",
        "stock in the drawer",
    ),
    (
        (
            "told the gp im taking everything as prescribed. im not. been putting "
            "them in a tin instead"
        ),
        "high",
        "hoarding, concealing from GP",
    ),
    (
        (
            "not been using my patches since the review, theyre all in a box in "
            "the wardrobe. might need them one day"
        ),
        "high",
        "fentanyl patches stockpiled",
    ),
    (
        (
            "stopped my meds, stopped the physio, stopped answering the phone. "
            "hanging on to the codeine tho"
        ),
        "high",
        "stopped treatment, codeine kept",
    ),
    (
        "been saving up my co-codamol. dont plan on needing them for the pain",
        "high",
        "co-codamol saved, not for pain",
    ),
    (
        ("came off the amitriptyline cold turkey. didnt bin the rest. theres a good few boxes"),
        "high",
        "stopped + stock kept",
    ),
    (
        (
            "havent taken my morphine for days, been putting it aside. i know "
            "exactly how many ive got"
        ),
        "high",
        "morphine counted and saved",
    ),
    (
        (
            "stopped going to the pain clinic and stopped the injections. the "
            "gabapentins all still in the cupboard untouched. ill know when to use "
            "it"
        ),
        "high",
        "stopped treatment + stock + intent",
    ),
    (
        (
            "i collect my repeat every month and just put it in the bag with the "
            "rest. not taken any since august"
        ),
        "high",
        "repeat prescriptions hoarded",
    ),
    (
        "wish i could go to sleep and not wake up. ive sorted who gets the dog",
        "high",
        "passive wish + pet arranged",
    ),
    (
        ("wouldnt mind not waking up tbh. told my sister where the will is just in case"),
        "high",
        "passive wish + will",
    ),
    (
        (
            "some days i wish i just wouldnt wake up. had a long look at the "
            "bridge on the way home today"
        ),
        "high",
        "passive wish + place",
    ),
    (
        (
            "if i didnt wake up tomorrow id be relieved. and ive got enough saved "
            "up that it mightnt be left to chance"
        ),
        "high",
        "passive wish + stockpile",
    ),
    (
        (
            "wish it would all just stop. said goodbye to my mum on the phone like "
            "it was the last time"
        ),
        "high",
        "passive wish + farewell",
    ),
    (
        (
            "keep hoping ill just not wake up one morning. been giving my stuff "
            "away so its easier for them"
        ),
        "high",
        "passive wish + giving away",
    ),
    ("Tired of waking up. I have written my letters.", "high", "passive wish + letters"),
    (
        ("praying every night not to wake up. i think ill stop waiting to be taken"),
        "high",
        "passive wish + intent",
    ),
    (
        (
            "honestly wish i was dead. the pain nurse rang and i told her "
            "everything was fine. i even sounded fine"
        ),
        "high",
        "passive wish + concealment",
    ),
    (
        (
            "wouldnt care if the car went off the road coming back from the "
            "hospital. been driving the long way round by the cliffs on purpose"
        ),
        "high",
        "passive wish + place",
    ),
    (
        (
            "anyone watching strictly? cant believe who went out. anyway ive "
            "cancelled the milk from next week, wont be needing it"
        ),
        "high",
        "ordinary chatter + cancelling, finality",
    ),
    (
        (
            "lovely frost this morning, the garden looked like a christmas card. "
            "took a photo for my last one. seems right to end on something pretty"
        ),
        "high",
        "chatter + last + ending",
    ),
    (
        (
            "what times the meet up thurs? ill come to this one to say bye "
            "properly, then thats me finished with everything"
        ),
        "high",
        "farewell planned",
    ),
    (
        ("pains a 9 today. fibros raging. still, not for much longer. ive made sure of that"),
        "high",
        "pain + not for much longer, arranged",
    ),
    (
        (
            "Bus pass renewal came today. Didn't bother sending it back. Won't be "
            "using it after this month."
        ),
        "high",
        "not renewing + time",
    ),
    (
        "tesco delivery came. only ordered for 3 days, dont need more than that",
        "high",
        "no future beyond days",
    ),
    (
        "got my hair done today and my nails. want to look nice for the end x",
        "high",
        "preparing for the end",
    ),
    (
        (
            "just had a bath and put my best pyjamas on. the letters are on the "
            "table. night all, for the last time"
        ),
        "high",
        "letters + last night",
    ),
    (
        (
            "the physio asked me to book in for january and i just said yes to "
            "keep her happy. i wont be there"
        ),
        "high",
        "no future + concealment",
    ),
    (
        (
            "Christmas presents are all wrapped and labelled early this year. I "
            "won't be here to hand them out but at least they're done."
        ),
        "high",
        "won't be here",
    ),
    (
        (
            "Sorry to the group for the trouble I'll cause. Please tell the new "
            "ones it gets better for most people. It just didn't for me."
        ),
        "high",
        "farewell, apology for trouble",
    ),
    (
        ("not bothering with the PIP renewal form. no point when i wont be here for the decision"),
        "high",
        "won't be here",
    ),
    (
        (
            "made sure the house is spotless and the freezer is full for him. i "
            "know its strange posting this. just feel ready"
        ),
        "high",
        "preparing for after, ready",
    ),
    (
        (
            "anyone know how fast the rspca can collect a dog? need it done before "
            "the weekend. no reason"
        ),
        "high",
        "pet given up + time",
    ),
    (
        (
            "ill be at the cliffs for sunrise on sunday, always wanted to see it. "
            "wont be coming back up the path"
        ),
        "high",
        "place + time + finality",
    ),
    (
        ("theyd honestly be better off without me. all i do is cost them money and moan"),
        "medium",
        "burden",
    ),
    (
        "whats the point of any of it. nothing ever changes, i just get worse",
        "medium",
        "hopelessness",
    ),
    ("wish i didnt wake up this morning. thats all.", "medium", "passive wish alone"),
    (
        ("havent been out of bed in 4 days. cant face anyone. not eating much either"),
        "medium",
        "withdrawal: bed, not eating",
    ),
    (
        (
            "has anyone heard from dave? he said some worrying things at the last "
            "meet up and his phones been off since"
        ),
        "medium",
        "concern about member",
    ),
    (
        ("feel trapped in this body. cant work, cant sleep, cant go anywhere. its like a cage"),
        "medium",
        "trapped",
    ),
    (
        ("i cant cope with this anymore. every day is the same pain and nobody listens"),
        "medium",
        "can't cope",
    ),
    (
        (
            "I'm a burden to my husband. He does everything for me now. He's "
            "exhausted and it's my fault."
        ),
        "medium",
        "burden",
    ),
    (
        ("wouldnt mind if i didnt wake up tbh. not gonna do anything, just so tired"),
        "medium",
        "passive wish alone",
    ),
    (
        ("not spoken to anyone in over a week. turned my phone off. sorry if ive missed messages"),
        "medium",
        "withdrawal: not speaking",
    ),
    (
        (
            "Is anyone in touch with Pauline? She hasn't replied to anything since "
            "her hospital appointment and she sounded very low on the phone."
        ),
        "medium",
        "concern about member",
    ),
    (
        ("nothing is ever going to get better is it. 15 years of this and it only goes one way"),
        "medium",
        "hopelessness",
    ),
    ("everyone would have an easier life if i wasnt in it", "medium", "burden"),
    (
        "no one would even notice if i vanished off this board to be honest",
        "medium",
        "hopeless, unseen",
    ),
    (
        (
            "the kids have stopped asking me to things. cant blame them, im no "
            "fun. im just a weight round their necks"
        ),
        "medium",
        "burden",
    ),
    (
        (
            "stuck. cant go forward, cant go back. every option the pain clinic "
            "has given me has failed"
        ),
        "medium",
        "trapped",
    ),
    (
        ("sometimes wish i just wouldnt wake up. then i feel guilty for even thinking it"),
        "medium",
        "passive wish alone",
    ),
    (
        ("havent eaten properly since sunday. cant be bothered with anything. curtains stay shut"),
        "medium",
        "withdrawal: not eating, curtains shut",
    ),
    (
        (
            "worried about mike from our thursday lot, he put something really "
            "dark on facebook last night then deleted it. does anyone have his "
            "address?"
        ),
        "medium",
        "concern about member",
    ),
    (
        ("i used to love the allotment. havent been since june. havent been anywhere really"),
        "medium",
        "withdrawal",
    ),
    ("my partner would be better off with someone who can actually do things", "medium", "burden"),
    (
        (
            "I feel like a prisoner in my own home. Can't get down the stairs "
            "without help, can't go out, can't work. I don't know how much longer "
            "I can do this."
        ),
        "medium",
        "trapped, can't cope",
    ),
    ("cried all day. dont know how to keep going like this", "medium", "can't cope"),
    (
        ("the fog is back and im just lying here. havent showered or answered the door in days"),
        "medium",
        "withdrawal: self-neglect",
    ),
    (
        (
            "has sam been on here? she was meant to come sunday and didnt and shes "
            "not answering. last time she said she was fed up of everything"
        ),
        "medium",
        "concern about member",
    ),
    (
        ("whats the point in trying anymore. every time i get a good week it gets snatched away"),
        "medium",
        "hopelessness",
    ),
    ("feel like im just existing not living", "medium", "hopelessness"),
    ("wouldnt mind if it all just stopped tbh", "medium", "passive wish alone"),
    (
        ("I've stopped answering the phone to my daughter. I don't want her to hear me like this."),
        "medium",
        "withdrawal from family",
    ),
    (
        (
            "another flare, another cancelled plan, another week in bed. i cant "
            "keep doing this to people"
        ),
        "medium",
        "burden + can't cope",
    ),
    ("honestly dont know why i bother. im a drain on everyone", "medium", "burden"),
    (
        (
            "anyone else feel like theres no way out of this? meds dont work, "
            "surgerys not an option, counselling waiting list is 9 months"
        ),
        "medium",
        "trapped",
    ),
    (
        (
            "not been to the last 3 meet ups, sorry. not been anywhere. cant face "
            "people, cant face myself"
        ),
        "medium",
        "withdrawal",
    ),
    (
        (
            "can someone check on lynne? she hasnt read the group messages since "
            "friday and she said she couldnt see the point anymore"
        ),
        "medium",
        "concern about member",
    ),
    ("im so tired of being tired. tired of being me", "medium", "hopelessness"),
    (
        (
            "my mum does my shopping and washing at 74. i should be looking after "
            "her not the other way round. shed be better off not having to"
        ),
        "medium",
        "burden",
    ),
    (
        "theres no light at the end of the tunnel for people like us is there",
        "medium",
        "hopelessness",
    ),
    (
        (
            "hardly eating, hardly sleeping, hardly talking. the dog is the only "
            "one who gets a word out of me"
        ),
        "medium",
        "withdrawal",
    ),
    (
        "I keep thinking it would be easier for everyone if I just wasn't here.",
        "medium",
        "burden, passive",
    ),
    (
        (
            "dont really know why im posting. been in bed since friday, this flare "
            "is the worst in years, the gp cant see me till the 9th and my "
            "husbands sleeping on the sofa because i keep him awake moaning. i "
            "feel like im ruining his life tbh. he didnt sign up for this. sorry "
            "for the downer x"
        ),
        "medium",
        "rambling: burden + withdrawal",
    ),
    (
        (
            "moving to cornwall next month!! sad to leave the group but ill still "
            "be on here. youll all have to come and visit x"
        ),
        "none",
        "benign: moving house",
    ),
    (
        (
            "This will be my last post for a couple of weeks, we're off to "
            "Tenerife on Saturday! Pacing myself with the suitcase. See you all "
            "when I'm back."
        ),
        "none",
        "benign: holiday, last post with return",
    ),
    (
        (
            "stepping down as coordinator after 3 years. kaths taking over the "
            "bookings. ill still come to meet ups, i just cant do the organising "
            "with my hip"
        ),
        "none",
        "benign: retiring from coordinating",
    ),
    (
        (
            "decluttering the spare room, anyone want a box of craft stuff? im "
            "drowning in wool lol. free to group members"
        ),
        "none",
        "benign: decluttering",
    ),
    (
        (
            "Had our wills done now the new grandson is here. Felt very grown up! "
            "The solicitor in Keynsham was lovely, happy to pass on details."
        ),
        "none",
        "benign: will after grandchild",
    ),
    (
        (
            "having to rehome our cat, my husbands allergy has got so bad hes on "
            "antihistamines every day. shes 6 and very soft, anyone interested?"
        ),
        "none",
        "benign: rehoming pet, allergy",
    ),
    (
        (
            "last session of the mindfulness course tonight. gonna miss it! anyone "
            "know if they run a follow on?"
        ),
        "none",
        "benign: last session of course",
    ),
    (
        (
            "really good pain clinic appointment today. feel calm for the first "
            "time in ages, theyre changing my meds and referring me for physio. "
            "hope!"
        ),
        "none",
        "benign: calm after good appointment",
    ),
    (
        (
            "ive decided to try hydro, the pool at southmead has a slot on "
            "wednesdays. anyone been? what do i wear lol"
        ),
        "none",
        "benign: decided to try hydro",
    ),
    (
        (
            "goodbye and good luck to brenda whos moving to be near her daughter "
            "in leeds 😢 we'll miss your cakes! keep in touch xx"
        ),
        "none",
        "benign: goodbye to leaving member",
    ),
    (
        (
            "moving over to the tuesday group as it fits round work better. not "
            "falling out with anyone honest 😂 see you all at the christmas do"
        ),
        "none",
        "benign: moving group",
    ),
    (
        (
            "giving my old mobility scooter away since motability have given me a "
            "new one. anyone want it before it goes to the tip?"
        ),
        "none",
        "benign: giving away, replaced",
    ),
    (
        (
            "the dogs going to live with my son for 6 months while i have my knee "
            "done and recover. gonna miss him so much"
        ),
        "none",
        "benign: pet cared for during op",
    ),
    (
        (
            "sorted all my passwords into one of those password manager apps after "
            "my email got hacked. highly recommend, my grandson set it up"
        ),
        "none",
        "benign: passwords, security",
    ),
    (
        (
            "finished my letter to the pain team about the hydro cuts. anyone else "
            "want to sign it? the more names the better"
        ),
        "none",
        "benign: letter, campaign",
    ),
    (
        ("big decision made, im going back to work part time in january! nervous but excited"),
        "none",
        "benign: decision",
    ),
    ("peace at last, the builders next door have finally finished 😂", "none", "benign: peace"),
    (
        ("my minds made up, im booking that cruise. lifes too short to wait for a good pain day"),
        "none",
        "benign: mind made up, holiday",
    ),
    (
        (
            "sticking to the plan: pacing, 10 min walks, stretches morning and "
            "night. week 3 and its actually helping"
        ),
        "none",
        "benign: sticking to the plan, pacing",
    ),
    (
        (
            "last day at work today after 32 years! retirement here i come. the "
            "pain made it the right time"
        ),
        "none",
        "benign: retirement",
    ),
    (
        ("giving away my late mums knitting needles, theres loads. shed want them used. anyone?"),
        "none",
        "benign: giving away late mum's things",
    ),
    (
        (
            "Taking a break from the board for a month, it's all a bit much with "
            "Christmas. Not upset with anyone, I'll be back in the new year. Love "
            "to all."
        ),
        "none",
        "benign: break with return",
    ),
    (
        (
            "finally set up my funeral plan with the co-op, been meaning to for "
            "years. im 78 so about time! feel organised, nothing gloomy"
        ),
        "none",
        "benign: funeral plan in old age",
    ),
    (
        (
            "our last meet up of the year is fri 19th at the garden centre cafe. "
            "bring a secret santa gift under a fiver!"
        ),
        "none",
        "benign: last meet up of year",
    ),
    (
        ("Thank you all for the flowers after my op. Such a kind group. Home now and resting."),
        "none",
        "benign: thanks after op",
    ),
    (
        ("thanks for everything this year everyone, youve kept me sane! heres to 2027 x"),
        "none",
        "benign: thanks, looking forward",
    ),
    (
        (
            "our old dog passed at 15 last week and weve given his bed and toys to "
            "the rescue. the house is so quiet. thanks for all the kind words"
        ),
        "none",
        "benign: bereaved pet, donation",
    ),
    (
        (
            "putting my sewing machine on marketplace, my hands cant manage it "
            "with the arthritis now but ive got into audiobooks instead. anyone "
            "want first dibs?"
        ),
        "none",
        "benign: giving hobby kit, new hobby",
    ),
    (
        (
            "im writing a letter to my future self like the psych suggested, "
            "opening it in a year. feels silly but nice"
        ),
        "none",
        "benign: letter to future self",
    ),
    (
        ("after friday im free, its my daughters last exam and were off to the coast 🌊"),
        "none",
        "benign: after friday",
    ),
    (
        "sundays the day! first swim in 5 years. wish me luck",
        "none",
        "benign: sunday's the day, swim",
    ),
    (
        (
            "once the cats rehomed with my sister we can move into the flat. no "
            "pets allowed, gutted, but its near the hospital"
        ),
        "none",
        "benign: rehoming for a move",
    ),
    (
        (
            "after the kids birthday im taking a proper rest week, the party "
            "planning has wiped me out"
        ),
        "none",
        "benign: after the birthday, rest",
    ),
    (
        (
            "Feeling calm for the first time in weeks. Had a lovely session with "
            "the physio, she really listened. Small steps."
        ),
        "none",
        "benign: calm after good session",
    ),
    (
        (
            "final week of the PMP tomorrow, gonna cry, these people have been "
            "amazing. whos coming to the follow on group?"
        ),
        "none",
        "benign: last PMP session",
    ),
    (
        ("looking after my neighbours fish while shes in spain, no idea what im doing 😂"),
        "none",
        "benign: pet sitting",
    ),
    (
        (
            "I've left a spare key with my neighbour and instructions for the "
            "boiler as I'm in for my op on Monday. Back home in about 5 days all "
            "being well."
        ),
        "none",
        "benign: instructions, op with return",
    ),
    (
        (
            "said goodbye to my old car today, 18 years! got an automatic now "
            "which is much kinder to my knee"
        ),
        "none",
        "benign: goodbye to car",
    ),
    (
        (
            "decided to stop the amitriptyline with my gps help, tapering over 4 "
            "weeks. anyone done this? any tips for the sleep side?"
        ),
        "none",
        "benign: supervised taper",
    ),
    (
        (
            "were updating our wills because of the new baby and the solicitor "
            "asked about guardians. tricky conversation but done now"
        ),
        "none",
        "benign: will after baby",
    ),
    (
        ("this pain is killing me today lol. anyone elses fibro flaring with the cold?"),
        "none",
        "idiom only",
    ),
    (
        ("could murder a cuppa and a bacon sandwich. 2 hours in the waiting room at the surgery"),
        "none",
        "idiom only",
    ),
    ("dying to see you all on thursday! been a long month", "none", "idiom only"),
    (
        ("my back is literally killing me after hoovering the stairs. never again"),
        "none",
        "idiom only",
    ),
    ("Id kill for a decent nights sleep 😩", "none", "idiom only"),
    (
        "if i hear 'have you tried yoga' one more time ill scream",
        "none",
        "benign: one more time, venting",
    ),
    ("this weather will be the death of me. sideways rain again", "none", "idiom only"),
    (
        ("my migraines so bad i want to crawl into a hole and hibernate till spring"),
        "none",
        "hyperbole",
    ),
    (
        ("nearly died laughing at our meet up yesterday. carol and the cake incident 😂😂"),
        "none",
        "idiom only",
    ),
    ("shoot me now, the DWP have lost my form again", "none", "hyperbole"),
    (
        (
            "how many paracetamol can you take with co-codamol? the chemist said "
            "not to mix them but the gp said something different"
        ),
        "none",
        "medicine question",
    ),
    (
        ("does anyone else get really drowsy on pregabalin? started 75mg twice a day last week"),
        "none",
        "medicine side effect",
    ),
    (
        (
            "tip: get a dosette box from boots. game changer, i kept forgetting if "
            "id had my morning tablets"
        ),
        "none",
        "medicine routine",
    ),
    (
        ("travelling to spain with my tramadol and gabapentin, do i need a letter from the gp?"),
        "none",
        "travelling with meds",
    ),
    (
        (
            "my repeat prescription didnt come through again, 3rd month running. "
            "is it just our surgery?"
        ),
        "none",
        "repeat prescription",
    ),
    (
        (
            "anyone on fentanyl patches find they come off in the shower? mine "
            "keep peeling at the edges"
        ),
        "none",
        "medicine question",
    ),
    ("sertraline starting to kick in i think, week 5. a bit less flat", "none", "medicine routine"),
    (
        (
            "counting down the days till my codeine review, i want to come off it "
            "and try something else"
        ),
        "none",
        "benign: counting days to review",
    ),
    ("is it normal to get dizzy on amitriptyline? only on 10mg", "none", "medicine side effect"),
    (
        (
            "took all my old meds back to the chemist like the gp said, loads of "
            "stuff from years ago. feels good to clear the drawer"
        ),
        "none",
        "benign: returning old meds",
    ),
    (
        (
            "how do you lot store your tablets? ive got a drawer full and its "
            "chaos. thinking of one of those boxes with sections"
        ),
        "none",
        "medicine storage question",
    ),
    (
        (
            "question about diazepam for muscle spasms, the gp only gave me 5 days "
            "worth, is that normal?"
        ),
        "none",
        "medicine question",
    ),
    (
        "morphine makes me so constipated. any tips apart from prunes lol",
        "none",
        "medicine side effect",
    ),
    (
        (
            "three years ago i was in a really dark place and didnt think id see "
            "50. now im walking to the shops and back. it does get better x"
        ),
        "none",
        "past-tense recovery",
    ),
    (
        (
            "When I started the PMP I had more or less given up on everything. I'm "
            "so glad I stuck with it. Two years on and I've got a part time job "
            "and a dog."
        ),
        "none",
        "past-tense recovery",
    ),
    (
        (
            "this time last year i couldnt get out of bed. this year im running "
            "the christmas quiz. whoever needs to hear it, hang on in there"
        ),
        "none",
        "past-tense recovery",
    ),
    (
        (
            "i used to think my family would be better off without me. the group "
            "and my counsellor helped me see thats not true. 18 months on and im ok"
        ),
        "none",
        "past-tense recovery (burden in past)",
    ),
    (
        (
            "anyone watch that bbc documentary about the old railway lines? all "
            "the bridges and viaducts, fascinating"
        ),
        "none",
        "TV: railway, bridges",
    ),
    ("reading a book about the last days of the titanic, really gripping", "none", "book mention"),
    (
        "just finished 'the end of the affair', not for me tbh. any book recs?",
        "none",
        "book mention",
    ),
    (
        (
            "eastenders last night!! cant believe what happened to that poor "
            "woman. very upsetting storyline"
        ),
        "none",
        "TV mention",
    ),
    (
        ("saw on the news the pain clinic in the next town is closing down. terrible"),
        "none",
        "news mention",
    ),
    (
        ("anyone got a good knife for arthritic hands? cant grip the normal ones for chopping veg"),
        "none",
        "benign: knife",
    ),
    (
        (
            "bought some rope to tie the runner beans up at the allotment. the "
            "wind wrecked them last week"
        ),
        "none",
        "benign: rope",
    ),
    (
        ("the train from temple meads was delayed AGAIN. stood for an hour, back is in bits"),
        "none",
        "benign: train",
    ),
    (
        (
            "the station has no lift so i had to go down all them stairs with my "
            "stick. writing to the council"
        ),
        "none",
        "benign: station",
    ),
    (
        ("anyone know a good garage in bristol for adapted cars? need the hand controls serviced"),
        "none",
        "benign: garage, car",
    ),
    (
        ("spent the afternoon in the shed sorting out the pots. lovely to be out there in the sun"),
        "none",
        "benign: shed",
    ),
    (
        ("roadworks on the a38 again, took an hour to get to the hospital and i missed my slot"),
        "none",
        "benign: road",
    ),
    (
        ("cleared out the car ready for our day trip to weston saturday, whos in?"),
        "none",
        "benign: car, trip",
    ),
    (
        ("new plan for the group: each month someone picks an activity. first one the cinema? x"),
        "none",
        "benign: plan",
    ),
    ("final reminder: the halls booked for wednesday 2-4pm. bring a mug!", "none", "benign: final"),
    (
        ("end of an era, the cafe we meet in is closing. any ideas for a new venue?"),
        "none",
        "benign: end",
    ),
    ("goodbye summer, hello heating bills", "none", "benign: goodbye"),
    (
        ("tonight im having an early night with a hot water bottle and a good book. bliss"),
        "none",
        "benign: tonight",
    ),
    (
        (
            "ive decided to have the spinal injection after all. bit scared but "
            "the consultant explained it well"
        ),
        "none",
        "benign: decided, treatment",
    ),
    (
        (
            "giving away some bits before the move: a riser recliner, a lamp and a "
            "bed wedge. all free, collection from Filton"
        ),
        "none",
        "benign: giving away before move",
    ),
    (
        (
            "my daughter says wed be better off going to the later session at the "
            "pool, its quieter. shes probably right"
        ),
        "none",
        "benign: better off",
    ),
    (
        (
            "walked over the suspension bridge today for the first time since my "
            "op! pacing paid off. photos in the chat"
        ),
        "none",
        "benign: bridge",
    ),
    (
        ("my patches for the back are the lidocaine ones, anyone else find they help at night?"),
        "none",
        "benign: patches",
    ),
    (
        ("took the tablets with food like you said and no more sickness. thanks all x"),
        "none",
        "benign: tablets",
    ),
    (
        ("the last time we met i forgot to pay for my coffee, jan i owe you £2.50 😂"),
        "none",
        "benign: last time",
    ),
    ("had a letter from the hospital, my ops been moved up to january!", "none", "benign: letter"),
    (
        ("the will to get up in the morning is strong when theres a bacon butty involved"),
        "none",
        "benign: will",
    ),
    (
        ("at peace with my garden finally, weve paved the bit i cant manage and put pots in"),
        "none",
        "benign: peace",
    ),
    (
        (
            "my cats getting old bless him, the vet says his kidneys are going. "
            "hope hes got a few more years in him"
        ),
        "none",
        "benign: ageing pet",
    ),
    (
        (
            "cant do the stairs to the bedroom anymore so weve moved a bed "
            "downstairs. tbh its quite cosy"
        ),
        "none",
        "benign: adaptation",
    ),
    ("last one in the pool buys the coffees 😂 hydro group wednesday x", "none", "benign: last"),
    (
        (
            "me and the hubby did our lasting power of attorney after his mums "
            "dementia. recommend it to everyone, we should have done it years ago"
        ),
        "none",
        "benign: affairs, LPA",
    ),
    (
        (
            "told my gp my minds made up, i want to try the pain management "
            "programme again. shes referring me"
        ),
        "none",
        "benign: mind made up, treatment",
    ),
    (
        (
            "the group has been my lifeline this year. looking forward to more of "
            "the same next year ❤️"
        ),
        "none",
        "benign: thanks, future",
    ),
    (
        (
            "I shall miss our Jean terribly, she's off to Spain to live with her "
            "son. Good luck Jean, send us some sunshine!"
        ),
        "none",
        "benign: goodbye to leaving member",
    ),
    (
        (
            "my grandsons leaving for the army on monday. said our goodbyes today, "
            "proud nan but teary"
        ),
        "none",
        "benign: goodbye to family",
    ),
    (
        (
            "we scattered dads ashes at the lake on sunday like he wanted. it was "
            "peaceful. thank you for all your messages"
        ),
        "none",
        "benign: bereavement",
    ),
    (
        (
            "leaving do for our PTV lisa is at the hospital cafe at 12 on tues, "
            "shes retiring. bring a card x"
        ),
        "none",
        "benign: farewell to PTV",
    ),
    (
        (
            "emptying the loft before we downsize. found my old school reports 😂 "
            "anyone want a box of national geographics?"
        ),
        "none",
        "benign: decluttering, downsizing",
    ),
    (
        (
            "rehoming my parrot because were moving into sheltered housing and "
            "they dont allow birds. hes 20, talks a lot, swears a bit. ideal home "
            "wanted"
        ),
        "none",
        "benign: rehoming pet, move",
    ),
    (
        "sorry ive been quiet, had covid. back in the land of the living now!",
        "none",
        "benign: return after absence",
    ),
    (
        ("off grid this weekend, caravan in wales with no signal. see you all monday!"),
        "none",
        "benign: this weekend, return",
    ),
    (
        (
            "cant wait for friday, my last physio session and then im discharged "
            "with my home exercises. proud of myself"
        ),
        "none",
        "benign: last session, discharge",
    ),
    (
        ("burnt my hand on the oven tray, daft mistake. ice and a plaster, all good"),
        "none",
        "benign: accidental burn",
    ),
    (
        "fell over in tesco car park, bruised but ok. the staff were lovely",
        "none",
        "benign: accident",
    ),
    (
        "hit my head on the cupboard door AGAIN. who designs these kitchens",
        "none",
        "benign: accidental bump",
    ),
    (
        ("went to A&E with a kidney stone on saturday, 6 hour wait but sorted now. never again"),
        "none",
        "benign: A&E visit",
    ),
    ("What a lovely calm Sunday. Roast in, feet up, nothing planned.", "none", "benign: calm"),
    (
        (
            "just wanted to say thank you to this group. you've made a huge "
            "difference. see you all at the next meet up xx"
        ),
        "none",
        "benign: thanks with future",
    ),
    (
        (
            "me and sheila are doing a sponsored walk for the samaritans in march, "
            "2 miles, slowly! link in the group chat"
        ),
        "none",
        "benign: charity walk",
    ),
    (
        (
            "our coordinator rachel needs a break, shes done it 2 years. any "
            "volunteers to take over the bookings?"
        ),
        "none",
        "benign: coordinator handover",
    ),
    (
        (
            "saying goodbye to the old whatsapp group as were all moving over to "
            "this app now. see you on the other side!"
        ),
        "none",
        "benign: goodbye, platform move",
    ),
    (
        (
            "gave my old walking poles to mary now ive moved on to a rollator. "
            "shes made up with them"
        ),
        "none",
        "benign: giving away, upgraded",
    ),
    (
        (
            "my dad has been given weeks to live, his cancers spread. were sorting "
            "his will and funeral wishes with him. hard but he wants it done"
        ),
        "none",
        "benign: parent's end of life",
    ),
    (
        ("sorting the shed out before winter, taking a load to the tip. anyone want a lawnmower?"),
        "none",
        "benign: clearing out",
    ),
    (
        (
            "had to say goodbye to my physio today, shes been amazing. shes moving "
            "to a different hospital"
        ),
        "none",
        "benign: goodbye to clinician",
    ),
    (
        (
            "decided to give up the allotment, too much for my back now. the "
            "committee found someone off the waiting list. ill still pop by for a "
            "nose"
        ),
        "none",
        "benign: giving up allotment",
    ),
    (
        ("Final session of the craft club before Christmas. We made wreaths! Photos to follow."),
        "none",
        "benign: final session",
    ),
    (
        (
            "long night, couldnt sleep for the pain but watched the sunrise from "
            "the kitchen window. beautiful. coffee time"
        ),
        "none",
        "benign: bad night, sunrise",
    ),
    (
        (
            "Is it normal to feel a bit lost after the PMP finishes? Missing the "
            "routine. Glad this group exists."
        ),
        "none",
        "benign: adjustment after PMP",
    ),
    (
        (
            "right so long story but the hydro pool has changed its times AGAIN "
            "and now the wednesday slot is 9am, no good for those of us who cant "
            "get moving till 11 with the stiffness. i rang them and the lady said "
            "they might do a later one in jan if enough people ask so PLEASE ring "
            "them if you go, the numbers on the letter. also anyone want a lift, i "
            "go past the asda x"
        ),
        "none",
        "rambling: venue logistics",
    ),
    (
        (
            "Apologies for the long post. My husband and I have finally decided to "
            "move to be nearer our daughter in Exeter. It has been a very hard "
            "decision as this group has meant so much to me since the programme "
            "ended. I will stay on the board if I may, and I shall look for a "
            "group down there. Thank you all for the lifts, the laughs, and the "
            "patience when I could not get my words out. Love, Dorothy"
        ),
        "none",
        "rambling: moving away, thanks",
    ),
    (
        (
            "sorry for going quiet, i needed a week off from everything after the "
            "flare. feeling more human now, had a shower and a walk round the "
            "block. see you thursday?"
        ),
        "none",
        "benign: break with return",
    ),
]
