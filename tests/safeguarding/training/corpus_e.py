"""Training posts, set E (worrying cues buried in long everyday group chatter), written
on 2026-11-26 by a helper session for pmp-followon, invented from scratch (no real
people's words) using only the design rules in shared/design/safeguarding.md and domain.md and
the tone of the seed paper's participant quotes. Each post is ordinary message-board chatter
(cafe, crochet, hydro, weather, grandkids, TV, flare-ups, the GP) with at most one quiet,
indirect risk line, often followed by "anyway" and a change of subject. Labels follow the
design rules: 140 "high", 80 "medium", 100 "none" (hard negatives: idioms, benign goodbyes,
medicine routine, past-tense recovery, media mentions, innocent risky words, ordinary venting).
Used to train and check the safeguarding screener; triage for human review, not prediction.
"""

SAMPLES_TRAIN_E: list[tuple[str, str, str]] = [
    # (text, label, note)
    (
        "morning all, bit grey here but the rain held off for the dog walk at least. "
        "did anyone watch bake off last night, that lemon thing looked like a crime "
        "scene lol. ive been putting my tramadol to one side instead of taking it, got "
        "a fair few saved now and just knowing theyre there helps. anyway hows "
        "everyones week going x",
        "high",
        "tramadol saved up, hidden in chatter",
    ),
    (
        "Good afternoon ladies. The blanket for my granddaughter is nearly finished, "
        "just the border to do. The pharmacist gave me a funny look on Tuesday because "
        "I've been getting my co-codamol from two different chemists, and I've got "
        "enough in the biscuit tin now for what I need. The pattern was from the "
        "library book Jean recommended, thank you Jean.",
        "high",
        "co-codamol stockpiled from two chemists",
    ),
    (
        "right so long one sorry. woke up at 5 with the usual, back and hips, did my "
        "stretches in bed like they taught us and then lay there listening to the rain. "
        "got the bus to the leisure centre and the driver actually waited for me to sit "
        "down which never happens. hydro was lovely today, water nice n warm for once. "
        "my back is screaming tho, the changing room bench doesnt help. counted the "
        "pregabalin tonight, 3 boxes and a half, thats more than enough i reckon. oh "
        "and the cafe has a new cake, coffee and walnut, 10/10",
        "high",
        "counting pregabalin, 'enough'",
    ),
    (
        "anyone else find the new receptionist at the surgery a bit sharp? i only asked "
        "about my repeat. got it sorted in the end. ive been keeping every "
        "amitriptyline back since september so theres quite a pile in the bedside "
        "drawer now, just in case like. weather is foul again, the bins blew over",
        "high",
        "amitriptyline kept back in a drawer",
    ),
    (
        "lovely to see you all at the garden centre thurs. i forgot to say, ive been "
        "saving my morphine, the oramorph bottles are all lined up at the back of the "
        "wardrobe. not sure why im telling u lot. the scones were gorgeous tho, must go "
        "back when its quieter. my hubby had the lemon one and said it was better than "
        "mine, which it wasnt. next time we should do the one by the canal, theres a "
        "ramp and proper toilets",
        "high",
        "oramorph bottles lined up",
    ),
    (
        "So my daughter's taking the kids to Cornwall for half term which is nice for "
        "them, a quiet week for me. I've got two months of fentanyl patches stacked up "
        "that I haven't used and I keep thinking about putting them all on at once. "
        "Anyway did anyone get the crochet pattern for the little owls? Mine look more "
        "like potatoes.",
        "high",
        "fentanyl patches stacked, thought of using all",
    ),
    (
        "Popped into Tesco, Boots and the Co-op today and got paracetamol in each, they "
        "only let you have two packs at a time don't they. There's fourteen packs in "
        "the kitchen cupboard now, that should do it. Been a long day, legs are like "
        "lead. The Christmas lights are up on the high street already!",
        "high",
        "paracetamol bought across shops, 'that should do it'",
    ),
    (
        "the grandkids made me a card at school with a hedgehog on it, melted my heart. "
        "ive stopped telling the pain nurse how many gabapentin i actually take and "
        "been hiding the extra ones in a sock. must be over a hundred by now. she "
        "thinks im doing brilliantly lol. hows everyones hands in this cold",
        "high",
        "hidden gabapentin, over a hundred",
    ),
    (
        "Weather's turned proper cold, put the heating on for the first time yesterday. "
        "My sister gave me her old diazepam when she came off them and I've kept all of "
        "mine too, so I've got a good stash. I've worked out how many it would take. "
        "Has the venue for December been sorted yet, I need to tell the taxi firm.",
        "high",
        "diazepam stash, worked out how many",
    ),
    (
        "bit of a rant sorry. PIP letter came this morning, they want to reassess me "
        "AGAIN. i cant face it, not again. the codeine ive been putting by would be "
        "enough to make sure i never have to sit in that room again. anyway did u all "
        "see the snow forecast for the weekend",
        "high",
        "codeine put by to avoid PIP reassessment",
    ),
    (
        "hi all, sorry ive been quiet, new sertraline dose and i feel a bit spaced. tbh "
        "ive not actually been taking them, ive been popping them out into a jam jar "
        "and the jars getting quite full. having them there makes me feel better "
        "somehow. my hydrangeas need cutting back, will do it when the rain stops",
        "high",
        "sertraline emptied into a jar",
    ),
    (
        "Had a nice natter with Maureen at the bus stop, she's had her knee done and "
        "she's flying. I've got my oxycodone all lined up on the kitchen table tonight "
        "and I've been sat looking at them most of the evening. Think I'll put the "
        "Strictly results on.",
        "high",
        "oxycodone lined up on the table",
    ),
    (
        "Evening all, hope the hip's behaving Pat, you were very brave at the meet. "
        "Quick question, does anyone know if co-codamol and amitriptyline together "
        "would be too much if you took a lot of both? Only asking because I've got "
        "loads of each now and I'm so tired of all of it. Weather's been lovely for a "
        "change, walked round the pond.",
        "high",
        "asks about lethal combination of stocks",
    ),
    (
        "grandson passed his driving test!! so proud, he took me to Asda to celebrate "
        "lol. on another note i asked the gp for a bigger supply of the oxy so i dont "
        "have to keep going in, theyve given me 2 months and with what i had already "
        "thats a lot. dont want anyone to worry i just like knowing its there for when "
        "i need it. also anyone know if the cafe is doing the christmas dinner special "
        "this year, i fancy a sprout or two lol",
        "high",
        "extra oxycodone supply, 'like knowing its there'",
    ),
    (
        "Does anyone know how long tablets keep once they're out of the blister packs? "
        "I've been saving my tramadol and co-codamol for a while and I want to be sure "
        "they'll still work when the time comes. Off to the allotment later if the rain "
        "stays off, the sprouts are nearly ready.",
        "high",
        "saving tramadol and co-codamol 'when the time comes'",
    ),
    (
        "crochet club was cancelled, teacher has covid, so ive had a pyjama day. been "
        "doing a lot of thinking. ive got 6 boxes of pregabalin and a bottle of vodka "
        "in the cupboard and i keep going and looking at both of them. the cat wants "
        "feeding brb",
        "high",
        "pregabalin plus vodka, keeps looking",
    ),
    (
        "Hope everyone's well. I've been to the chemist every week this month and told "
        "them I lost my prescription so I could get extra codeine. I know it's wrong. "
        "I've got them all in an envelope in my handbag. Anyway, who's coming Thursday, "
        "I'll book the big table by the window.",
        "high",
        "obtaining extra codeine by deception, envelope",
    ),
    (
        "slept in the chair again cos of the hip. this is going to sound daft but i "
        "keep tipping the morphine tablets out on the bed and counting them, 62 last "
        "night. makes me feel in control somehow. did anyone get their flu jab at "
        "boots, do they do walk ins?",
        "high",
        "counting morphine tablets nightly",
    ),
    (
        "Been sorting my late mum's things this week, hard going. Found all her old "
        "tablets, oxycodone, diazepam, boxes and boxes. I haven't taken them back to "
        "the pharmacy like I should, I've put them in with mine. The hospice shop took "
        "most of her clothes at least, they were so kind.",
        "high",
        "late mother's opioids and diazepam kept",
    ),
    (
        "Happy Friday lovelies 🌸 cleared out the kitchen drawers today, found loads of "
        "old batteries and about 40 paracetamol and 30 codeine that ive been keeping "
        "aside. put them together in a tupperware. its the only thing that feels like a "
        "way out tbh. chippy tea tonight!",
        "high",
        "paracetamol and codeine in tupperware as 'way out'",
    ),
    (
        "Lovely seeing the photos from the Christmas lunch, you all looked so well and "
        "Pat's jumper was a triumph. I won't be coming to the next one. I just wanted "
        "to say thank you for everything, you've been the best friends I could have "
        "asked for and I'm sorry I couldn't be stronger. Look after each other.",
        "high",
        "farewell thanks, won't be at next one",
    ),
    (
        "the leaves on the big tree outside my window are nearly all gone now, been "
        "watching them come down all week. this will be my last post on here. not "
        "moving or anything, just done. thanks for putting up with me all this time x",
        "high",
        "last post, 'just done'",
    ),
    (
        "Good morning everyone, I hope this finds you all well. I have been rather "
        "quiet on here, as some of you will know, because the pain in my neck and "
        "shoulders has been worse than at any time since the programme, and I have not "
        "been sleeping. It's raining again today. My physio said my posture's better "
        "which was nice to hear for once. I've been meaning to say, if I'm not around "
        "after this week please don't be sad, I've had enough and it's my choice. "
        "Julie, the recipe for the ginger loaf is on the fridge, you know where the "
        "spare key is.",
        "high",
        "'if I'm not around after this week', spare key",
    ),
    (
        "hi all, the frost this morning was so pretty, the whole field white. just "
        "wanted to say goodbye to everyone properly while i still can. its not a "
        "holiday or owt. you lot were the only good bit of the last two years. the cafe "
        "by the park does the best hot choc if u go without me",
        "high",
        "goodbye 'while i still can'",
    ),
    (
        "Sorry I missed hydro this week. I'm feeling very clear headed today, first "
        "time in ages. I wanted to tell you all how much the group has meant to me. "
        "Please don't try to ring, it's easier this way. Love to all of you, always.",
        "high",
        "sudden clarity, farewell, don't ring",
    ),
    (
        "thanks for all the birthday wishes everyone, made me smile. probably my last "
        "one so it was nice to have a fuss. the grandkids did me a cake shaped like a "
        "cat, it was a bit wonky but i loved it",
        "high",
        "'probably my last' birthday",
    ),
    (
        "Lots of love to you all this week. Margaret, I hope the hip op goes well in "
        "January. I won't be here to hear how it went, but I know you'll be fine. "
        "Remember what we learnt about pacing, and don't let them rush you out of bed. "
        "x",
        "high",
        "won't be here to hear how op went",
    ),
    (
        "finally got my new glasses, can actually see the telly now haha. anyway thats "
        "me signing off for good, dont want a fuss. someone tell Sue she can keep the "
        "book she borrowed, its hers now",
        "high",
        "signing off for good, don't want fuss",
    ),
    (
        "Not much news from me, flare-up all week so it's been the sofa and the rugby. "
        "I've made my peace with everyone now and said what I needed to say to my kids. "
        "This is me saying it to you lot. Take care of yourselves and each other.",
        "high",
        "made peace, said goodbyes to kids",
    ),
    (
        "is the old whatsapp still going? can someone pass on to the others that i said "
        "goodbye and i mean it this time. it was never their fault, tell them that. its "
        "bitter out today, wrap up if ur going to the market",
        "high",
        "asks others to pass on goodbye 'this time'",
    ),
    (
        "Lovely day at the allotment, the last of the leeks are up. I've given all my "
        "tools to the chap on the next plot and told the committee I won't be renewing. "
        "Won't need them where I'm going. I've brought a bag of leeks for anyone who "
        "wants them Thursday.",
        "high",
        "tools given away, 'won't need them where I'm going'",
    ),
    (
        "hiya, hope everyones ok after the storm, our fence is in next doors garden "
        "lol. anyone want a sewing machine? and all my wool and patterns? free, just "
        "come and take it. also the cat needs a new home, shes very friendly. i wont be "
        "needing any of it after this month x",
        "high",
        "giving away wool, machine and cat, 'wont need any of it'",
    ),
    (
        "Hello all, sorry for the long post. I've been meaning to write for a while. "
        "The pain has been up and down as usual, the physio has me on new exercises "
        "with the band and I'm doing them most days, and I've finally got the new bed "
        "from the charity that does the adjustable ones. Weather's been glorious for "
        "November, hasn't it. I took Bramble round to my neighbour yesterday and asked "
        "her to keep him for good, and she said yes. That was the last thing I needed "
        "to sort. I feel lighter somehow.",
        "high",
        "dog rehomed for good, 'last thing to sort', lighter",
    ),
    (
        "my grandsons been after my dads old watch for years so i gave it to him on "
        "sat. told him to remember me when he wears it. he looked at me a bit funny "
        "lol. hydro was freezing today, the heaters broke again",
        "high",
        "watch given, 'remember me'",
    ),
    (
        "Spent the day giving things away. Mum's ring to my niece, the dog to my "
        "brother, the books to the charity shop. I won't need any of it soon. Funnily "
        "enough my back feels better than it has for months. Sunny but cold out.",
        "high",
        "possessions distributed, 'won't need any of it soon'",
    ),
    (
        "Brenda, I've left the crochet hooks and the big bag of yarn with your Dave, "
        "they're yours now, all of them. I won't be making anything else. Have a lovely "
        "time at your daughter's in Devon and give the baby a cuddle from me.",
        "high",
        "crochet supplies given with finality",
    ),
    (
        "if anyones interested im rehoming my two budgies, cage and all. not moving "
        "house, i just wont be here to look after them. mild today isnt it, saw a bee "
        "on the heather",
        "high",
        "rehoming budgies, 'won't be here'",
    ),
    (
        "Sorted the wardrobe today. Clothes to the hospice shop, jewellery split "
        "between the girls, everything else labelled with who gets what once I've gone. "
        "Took all day with rests. Cup of tea and the crossword now.",
        "high",
        "belongings labelled for who gets what",
    ),
    (
        "finally sold the car, gave the money to my son. told him he wont need to worry "
        "about me anymore after this. he didnt get what i meant. cafe next week? i "
        "probably wont come",
        "high",
        "car sold, money to son, 'won't need to worry about me'",
    ),
    (
        "Afternoon all. The new venue looks lovely, thank you Sue for sorting it. Does "
        "anyone want my mobility scooter? Free to a good home. I won't be needing it "
        "after the end of the month. It does about eight miles on a charge and the "
        "basket's big enough for a shop.",
        "high",
        "mobility scooter given away 'after end of month'",
    ),
    (
        "Rainy Tuesday. Went to the solicitor to do my will this morning and came home "
        "and wrote letters to the kids, they're in the bureau. Everything's in order "
        "now so nobody has to deal with a mess after. Then I had a lovely toasted "
        "teacake in the cafe on the corner. They do a lovely pot of tea too. The lady "
        "on the till asked after my stick and we ended up chatting about her mum's hip "
        "for twenty minutes. Hope everyone's keeping dry.",
        "high",
        "will and letters done, 'everything in order'",
    ),
    (
        "bit of a weird one but does anyone know if a handwritten letter counts as a "
        "will if its signed and witnessed? just want everything tidy for my daughter, i "
        "dont think ill be around much longer to sort it myself. also whats everyone "
        "doing for xmas, were doing it at my sisters",
        "high",
        "handwritten will, wants things tidy",
    ),
    (
        "been up since 4, couldnt sleep for the nerve pain down my leg. wrote a note "
        "for my husband and put it in the drawer with the insurance papers. he wont "
        "find it till he needs to. the sunrise over the estate was pretty tho",
        "high",
        "note left for husband in drawer",
    ),
    (
        "Morning all, I'm feeling rather productive for once, must be the cold weather. "
        "I've cancelled the direct debits, sorted the funeral plan and written to the "
        "bank. Feels good to have it all done. Sorry to be boring, it's been an admin "
        "day! Can anyone recommend a good podcast for the evenings?",
        "high",
        "direct debits cancelled, funeral plan sorted",
    ),
    (
        "The hospice choir sang outside the Co-op today, it was beautiful, I had a "
        "little cry. I've been writing my letters, one to each of the grandchildren. I "
        "want them to understand it wasn't anything they did.",
        "high",
        "letters to grandchildren, 'it wasn't them'",
    ),
    (
        "evening, hope everyones ok, sorry i wasnt at hydro, i just couldnt. ive put "
        "all my passwords and bank stuff in an envelope for my sister, all labelled. "
        "flat is spotless, never been so tidy. i felt very calm doing it. oh my phone "
        "is about to die, speak soon",
        "high",
        "passwords and bank details left, calm",
    ),
    (
        "Morning all. Beautiful frost on the car this morning. I went to see the "
        "funeral director yesterday and paid for everything up front, I don't want my "
        "son left with the bill. Then I treated myself to a scone. Hope your knees are "
        "behaving Pat.",
        "high",
        "funeral prepaid 'so son isn't left with bill'",
    ),
    (
        "Update on my PIP appeal for anyone who asked. I'm not bothering with it now. "
        "I've written to everyone I need to and sorted out what's in the house, so it "
        "doesn't matter anymore. Glad the cafe's open again after the flood though, I "
        "missed their soup.",
        "high",
        "abandons PIP appeal, letters written, 'doesn't matter'",
    ),
    (
        "Is there a way to make sure my dog goes to someone specific when I'm gone? I "
        "got the rest of my will sorted last week and I'm writing the letters this "
        "weekend. The vet says he's in great shape for eleven, which is more than I can "
        "say for me.",
        "high",
        "will sorted, dog's future, letters this weekend",
    ),
    (
        "sorry to miss crochet, the hands were too bad today. does anyone have tips for "
        "writing a letter you want someone to read after youre gone? mines taking ages, "
        "keep crossing it out. weather is miserable here, hows everyones pain holding "
        "up",
        "high",
        "writing letter to be read after gone",
    ),
    (
        "Evening all, thank you for all the lovely messages when I was poorly. Tidy "
        "house, bills paid, notes written. Nothing left to do really. The robin's back "
        "on the feeder this morning 🐦 he's getting very bold.",
        "high",
        "house tidy, bills paid, notes written, 'nothing left'",
    ),
    (
        "hi all, cant make thurs as its parents evening. ive told my ex where the life "
        "insurance papers are and checked the policy pays out whatever happens. just "
        "need to get through the little ones birthday first. cant believe shes going to "
        "be 9, we're doing a unicorn cake",
        "high",
        "life insurance 'pays out whatever happens', after birthday",
    ),
    (
        "Had my review with the pain consultant, they said there's nothing more they "
        "can do. That's fine. I've decided it'll be this weekend. Does anyone have a "
        "good recipe for parkin? My neighbour keeps asking me for one. My back's been a "
        "bit easier this week, funny enough.",
        "high",
        "'decided it'll be this weekend'",
    ),
    (
        "the grandkids are going home on friday, its been lovely having them, we made "
        "slime and the carpet will never recover lol. after friday i wont have to "
        "pretend anymore. nan will just be tired.",
        "high",
        "'after friday i wont have to pretend'",
    ),
    (
        "Evening all. Flare is bad, fatigue is worse, and the new tablets don't seem to "
        "be touching it. Just want to get through tonight and then it won't matter any "
        "more. Sorry. The snow looks pretty on the hills doesn't it, the kids next door "
        "built a snowman.",
        "high",
        "'get through tonight and then it won't matter'",
    ),
    (
        "Morning. Has anyone heard if the hydro pool is closing over Christmas? I need "
        "to plan my week around it. I'll come to the Christmas meal if I'm still here, "
        "but I've told myself new year is the cut off. Nothing's going to change by "
        "then. It's been mild, the daffs are confused and coming up already.",
        "high",
        "new year as 'cut off'",
    ),
    (
        "hiya, hope ur all ok, been manic with the wedding planning, the florist is "
        "driving me mad. once my daughters wedding is done next month thats me "
        "finished. ive held on for that and i'll see it through. the dress is gorgeous, "
        "ill post a pic after",
        "high",
        "holding on until wedding, then 'finished'",
    ),
    (
        "long day. physio, then tesco, then the school run for my sister. tonights the "
        "night i think. i feel ok about it. had fish and chips for tea",
        "high",
        "'tonight's the night', feels ok",
    ),
    (
        "Happy Sunday everyone. After my son's visit on Wednesday I won't be around, "
        "I've made my mind up. I really enjoyed the quiz at the pub last week, we "
        "nearly won! The picture round was impossible.",
        "high",
        "after son's visit 'won't be around'",
    ),
    (
        "hydro was rammed today, half term. ive given myself til the end of the month "
        "and then im done with all of this for good. booked nothing after the 30th on "
        "purpose. anyway nice to see new faces at the pool",
        "high",
        "end of month deadline, nothing booked after",
    ),
    (
        "Just so you know I won't be at Thursday's meeting, or any after it. It's this "
        "week. Thank you for all the laughs, especially the day the umbrella went in "
        "the canal.",
        "high",
        "won't be at meeting or any after, 'it's this week'",
    ),
    (
        "Lovely sunny day. Finished the last jar of the plum jam. I've picked a date "
        "now, it's after my birthday. Strange how calm that makes me feel. Hope "
        "everyone's keeping warm.",
        "high",
        "date picked after birthday, calm",
    ),
    (
        "Walked down to the river today, first proper walk in weeks, physio would be "
        "proud. I stood on the bridge for a long time thinking how easy it would be. "
        "The ducks were lovely though and I got a coffee from the van.",
        "high",
        "stood on bridge thinking how easy",
    ),
    (
        "drove out to the cliffs at the weekend. been there a few times now on my own, "
        "i keep going right up to the edge and standing there. the scenery is stunning, "
        "if anyone wants to go in the summer i can give lifts",
        "high",
        "repeatedly going to cliff edge alone",
    ),
    (
        "My husband sold the car so I'm stuck at home. Probably just as well, I'd been "
        "sitting in the garage with the engine running some nights. Does anyone know if "
        "the bus pass renewal is online now?",
        "high",
        "garage with engine running",
    ),
    (
        "well that was a day. pain clinic in the morning, they were running an hour "
        "late as per, then my sister dragged me round the retail park cos she wanted "
        "cushions. bought some rope at b&q today, i know what its for even if no one "
        "else does. the paint i got for the kitchen is a lovely sage green, bit of a "
        "change from magnolia",
        "high",
        "rope bought, knows what it's for",
    ),
    (
        "Hi all, the new GP is much better than the old one, she actually listened. I "
        "keep getting off the bus a stop early so I can walk past the railway line. I "
        "stand at the crossing and wait for the fast trains to go through. It's the "
        "only time my head goes quiet. Hydro tomorrow, anyone?",
        "high",
        "waiting at railway crossing for fast trains",
    ),
    (
        "went up to the top floor of the multi storey in town, just stood looking over "
        "the edge for ages. the security guy asked if i was ok and i said yes. got my "
        "shopping after. the market had cheap clementines",
        "high",
        "standing at top of multi-storey",
    ),
    (
        "Does anyone know if the car park at the old quarry is locked at night? I want "
        "to go up there on my own. The view over the valley is the last thing I want to "
        "see. The sunsets this week have been something.",
        "high",
        "quarry alone at night, 'last thing I want to see'",
    ),
    (
        "ive been standing by the dual carriageway on my walks watching the lorries, "
        "thinking one step is all it would take. i didnt. anyway physio says my walking "
        "is a lot better",
        "high",
        "dual carriageway, 'one step'",
    ),
    (
        "The sea was wild at the weekend. I went down to the end of the pier and "
        "thought about just walking in, it would be cold and quick. Got chips instead. "
        "How's everyone's flare going?",
        "high",
        "thought of walking into the sea",
    ),
    (
        "morning all, pj day here, fibro is having a right go at me after the weekend. "
        "the little one rang to tell me she lost a tooth and the fairy left a pound, "
        "inflation eh. i measured the beam in the loft today. my daughter thinks im "
        "getting the xmas decs down. hope everyones well x the council are finally "
        "coming about the damp tomorrow",
        "high",
        "measured loft beam",
    ),
    (
        "Good evening everyone. Not much to report, the new tablets for my back have "
        "made me a bit dozy and I keep losing my glasses on my head. My brother came "
        "round and fixed the gutter, which was good of him. Got a length of hosepipe "
        "for the car exhaust, it's in the boot. I don't know if I'll use it. The "
        "allotment's closed for winter now anyway, so not much to do.",
        "high",
        "hosepipe for exhaust in boot",
    ),
    (
        "Hello all, hope you're keeping warm. My knee has been the size of a melon "
        "since Sunday so I've been mostly sat with it up, reading and doing jigsaws. "
        "I've been looking at which bridges round here have the lowest railings. Sorry, "
        "that's a strange thing to say on here. The weather's lovely for the time of "
        "year, I had my coffee outside.",
        "high",
        "researching bridge railings",
    ),
    (
        "Sorry for the essay, can't sleep again. The pain team have said I can try the "
        "TENS machine which I'm quite pleased about, my cousin swears by hers. The "
        "reservoir is so peaceful. I've started going every evening and walking out "
        "along the dam wall. One night I'll just keep going. The geese were back today, "
        "hundreds of them.",
        "high",
        "walking on dam wall, 'one night I'll keep going'",
    ),
    (
        "Went up the hill behind the estate where the old quarry drop is, took a flask. "
        "Sat on the edge for an hour. Nobody would even notice if I wasn't there. The "
        "heather's lovely up there still.",
        "high",
        "sat on quarry edge, 'nobody would notice'",
    ),
    (
        "Knitting is the only thing keeping me going at the moment. Last night I was "
        "burning my arm with the lighter again, I wear long sleeves at the cafe so "
        "nobody sees. The new pattern is cables, bit tricky, I'll bring it Thursday.",
        "high",
        "burning arm with lighter",
    ),
    (
        "evening all, finally back from the hospital, the parking machine ate my coins "
        "AGAIN. had a bad night, ended up cutting again for the first time in 2 yrs. "
        "its not deep. didnt want to say on here but i dont have anyone else. hows the "
        "weather by you lot, we had hail",
        "high",
        "cutting again after two years",
    ),
    (
        "Hi lovely people. The occupational therapist came to do the assessment for the "
        "rail by the back door, she was lovely and we had a good laugh about my mum's "
        "ornaments. When the nerve pain gets this bad I bang my head on the wall till "
        "it stops, at least that's a pain I chose. Got a bit of a bruise now. Off to "
        "see my mum later, she'll only ask.",
        "high",
        "head banging during nerve pain",
    ),
    (
        "hiya, hope everyones ok, got my new shoes from the orthotics place and they "
        "look like something my nan wore but my feet are loving them lol. scratched my "
        "legs till they bled again last night, cant seem to stop. wearing trousers to "
        "hydro which is a faff. what time is the taxi coming thurs?",
        "high",
        "scratching legs till they bleed",
    ),
    (
        "Hi all. Fibro is flaring with the cold, and the boiler man still hasn't turned "
        "up. Punched the wall and then my own leg over and over when my partner went "
        "out. I deserve it for being so useless. Sorry. Did anyone watch The Traitors? "
        "I had my money on the vicar.",
        "high",
        "hitting self, 'deserve it'",
    ),
    (
        "half term chaos here, my daughter brought the kids over yesterday and we did "
        "baking, flour on the ceiling somehow. ive been using the razor again, on my "
        "thighs where nobody looks. it helps for a bit. the grandkids loved the park "
        "today, the little one went on the big slide on her own",
        "high",
        "using razor on thighs",
    ),
    (
        "not a great start to the week, the ankle is up again and the new insoles are "
        "rubbing. took the bins out in my dressing gown and the neighbour saw, "
        "mortified. held my hand on the hob ring this morning till i couldnt stand it. "
        "dont know why. the leek and potato soup came out nice though, freezing the "
        "rest",
        "high",
        "hand held on hob ring",
    ),
    (
        "Morning all, a long one sorry. Went to the wound clinic about my leg and "
        "they've said it's healing at last. They asked about the marks on my arms too. "
        "The bruises are from me pinching and hitting myself, not a fall like I told "
        "the nurse. It's the only thing that takes my mind off the CRPS. Love the "
        "photos from the meal, girls.",
        "high",
        "bruises from hitting self, lied to nurse",
    ),
    (
        "urgh monday. the bus was packed and nobody would give up the seat even with my "
        "stick. been picking at my skin till it bleeds every night, my arms are a mess. "
        "is the cafe still doing the £3 lunch deal? need cheering up",
        "high",
        "picking skin till it bleeds",
    ),
    (
        "Good morning. Another sleepless night with the CRPS, the foot feels like it's "
        "on fire and the duvet touching it is agony. I hit myself with the hairbrush "
        "when the pain is bad, over and over. I know it doesn't make sense. My sister "
        "says I should tell the GP but I can't. Lovely sunshine today at least.",
        "high",
        "hitting self with hairbrush",
    ),
    (
        "god what a week. work rang again about my return date, mums been in and out of "
        "hospital, and the car needs tyres. cut my wrist a bit last night, not trying "
        "anything, just needed to feel something else. its bandaged up. whos going to "
        "the christmas market on saturday",
        "high",
        "cut wrist 'not trying anything'",
    ),
    (
        "Hello everyone, hope all are well. My grandson is staying while his mum's on a "
        "course, so the house is full of Lego. Bit embarrassed to say but I've been "
        "starving myself and then taking a load of laxatives to punish myself. Not "
        "eaten since Sunday. Crochet's moved to Wednesdays by the way, same room.",
        "high",
        "starving and laxatives as punishment",
    ),
    (
        "Sorry I missed the meet on Saturday. I was in A&E after I took too many of my "
        "tablets, they kept me in overnight. I'm home now and I don't want a fuss. The "
        "nurse on the ward was lovely.",
        "high",
        "A&E after taking too many tablets",
    ),
    (
        "hello stranger here lol. the back has been awful since i tried to lift the "
        "shopping in one go, lesson learnt. had a scare last week, went further than i "
        "meant to with the pills and woke up on the bathroom floor. nobody knows. the "
        "heating engineer finally came, so at least im warm",
        "high",
        "overdose, woke on bathroom floor",
    ),
    (
        "Evening all. My daughter rang from Australia last night, lovely to hear her "
        "voice even if the line kept dropping. Last Tuesday I got as far as the railway "
        "bridge and stood there. A dog walker started talking to me and I went home. I "
        "haven't told anyone. Hydro was nice today, the water was warm.",
        "high",
        "near-attempt at railway bridge",
    ),
    (
        "quiet one here, just me and the telly, the fibro's been bad since the cold "
        "snap. had the rope up last night and my son came home early. he thinks i was "
        "fixing the light. i wasnt. hows your knee Dot? hope the swelling's gone down",
        "high",
        "rope up, son came home early",
    ),
    (
        "sorry ive been awol. ended up in hospital again, same reason as last time. "
        "they sent me home with a leaflet. i just want it to stop. my nan's 90th is on "
        "sunday, got to put a face on",
        "high",
        "hospital again 'same reason', wants to stop",
    ),
    (
        "Hello all, sorry I've not been to the meets, the fatigue has been bad. I tried "
        "a few weeks ago and it didn't work, so I'm still here. Not sure how I feel "
        "about that. My tomatoes in the greenhouse have finally finished, I've made "
        "chutney.",
        "high",
        "recent attempt that didn't work",
    ),
    (
        "morning all, sorry to be a downer. i took all my amitriptyline on friday but i "
        "was sick and it didnt work. feel rough. does anyone know if it can damage your "
        "liver? the cafe looked busy thurs when i went past",
        "high",
        "took all amitriptyline, was sick",
    ),
    (
        "Hello everyone, hope the hydro session went well, I was sorry to miss it. The "
        "mental health team came out after what happened at the weekend. I told them I "
        "was fine so they'd go. I'm not. The frost on the fields this morning was "
        "lovely though.",
        "high",
        "crisis team told 'fine' after weekend event",
    ),
    (
        "Evening all, hope you're all well and the flares are behaving. I know I've "
        "been a misery on here lately, sorry about that. After months of feeling awful "
        "I feel at peace now I've decided. Honestly, everything feels clear. Went for a "
        "walk by the canal and had a coffee, first time I've enjoyed one in ages.",
        "high",
        "'at peace now I've decided'",
    ),
    (
        "Hi all, just catching up on the messages, lovely to see Jean's photos of the "
        "new puppy. You'll have noticed I've been very down lately. I'm not anymore. I "
        "know what I'm going to do and it's like a weight's lifted. Looking forward to "
        "the cafe this week for once x",
        "high",
        "relief after deciding 'what I'm going to do'",
    ),
    (
        "good news, the pip came through in the end, back paid and everything. i "
        "thought id be more pleased tbh. strange how calm i feel since i made up my "
        "mind. no more fighting it. thats all really. whos watching the darts tonight",
        "high",
        "calm since making up mind",
    ),
    (
        "Been a terrible few months as you all know but everything's sorted now and "
        "I've stopped worrying. It all ends soon. Made a lovely beef stew tonight, the "
        "slow cooker is a godsend.",
        "high",
        "'it all ends soon', stopped worrying",
    ),
    (
        "thanks for all the messages everyone, you lot are so kind. i was in bits last "
        "week but im fine now honestly, i know how it finishes now and that helps. the "
        "snowdrops are coming through early in the front garden",
        "high",
        "fine now 'know how it finishes'",
    ),
    (
        "My friends keep saying I seem so much happier. I am. I've got a plan and for "
        "the first time in years I'm not scared. The meal was lovely, thank you for "
        "organising it Sandra.",
        "high",
        "happier since having 'a plan', not scared",
    ),
    (
        "Morning everyone. Had the annual review letter from the pain clinic, I won't "
        "be going. I've stopped taking all my meds. I've got them all in the drawer, "
        "two months' worth, and the GP doesn't know. I don't see the point in "
        "pretending to get better. Lovely crisp morning though.",
        "high",
        "stopped all meds, two months in drawer",
    ),
    (
        "hi all, thanks for the lift home on thurs jan, you're a star. cancelled my "
        "pain clinic apt and ive stopped the pregabalin, keeping it all in the cupboard "
        "though, might need it for something else. went to the christmas market, very "
        "overpriced",
        "high",
        "stopped pregabalin, keeping it 'for something else'",
    ),
    (
        "Hello, it's been a while. The nurse came out for my review on Monday. Not "
        "taken anything since last month, I've just been stockpiling it all in a "
        "shoebox under the bed. Told the nurse I'm fine. Had a nice chat with my "
        "neighbour about her new fence.",
        "high",
        "stockpiling in shoebox, told nurse fine",
    ),
    (
        "alright all. got my hair done today first time in months, feel a bit more "
        "human. binned off the physio and stopped my morphine, got it all saved. not "
        "bothering with any of it now. the cat is asleep on my feet lol",
        "high",
        "stopped morphine and physio, saved",
    ),
    (
        "Evening all. My sister's been down for the week and we went to the garden "
        "centre for the Christmas display, all the little villages and trains, it was "
        "lovely. I've told the clinic I'm not coming back. My diazepam and tramadol are "
        "in the drawer, untouched since I decided. Hope the weather holds for the walk "
        "on Saturday.",
        "high",
        "left clinic, diazepam and tramadol untouched since deciding",
    ),
    (
        "Sorry I wasn't at the cafe. He took my phone and my car keys again and said "
        "I'm not to go to that group. I'm on my neighbour's phone. I'm not hurt, I just "
        "don't feel safe at home. Hope the scones were good. Please don't message me "
        "back on my phone. I'll try and come next week if I can.",
        "high",
        "partner takes phone and keys, not safe at home",
    ),
    (
        "lovely meet today. my husband checks my messages so ill delete this after. he "
        "was really angry when i got in last time. please dont reply on here x",
        "high",
        "husband monitors messages, anger",
    ),
    (
        "Evening all, sorry to miss the cafe, the hip was bad. I'm not going to do "
        "anything silly, but I don't feel safe in my own house right now. My son's "
        "temper is getting worse and he's a lot bigger than me. The garden is looking "
        "very sorry for itself.",
        "high",
        "negated 'not going to do anything' but unsafe, son's temper",
    ),
    (
        "had a nice time at hydro. the bruises on my arm werent from the fall, my "
        "partner grabbed me when i said i wanted to go. dont say anything to anyone "
        "please",
        "high",
        "partner grabbed her, bruises",
    ),
    (
        "Sorry I've not been about much, things are difficult. He's hidden my tablets "
        "again and says I only get them if I behave. My pain is through the roof. Happy "
        "birthday Linda, hope you got spoilt!",
        "high",
        "partner withholds tablets as control",
    ),
    (
        "hi all, hope the christmas meal went well, looked lovely in the pics. does "
        "anyone know how to get a refuge place if you have a disability? asking for me. "
        "hes said if i leave hell take the dog. sorry for the random post",
        "high",
        "seeking refuge, threat about dog",
    ),
    (
        "Hello everyone, I hope you're all keeping well in this cold. My daughter's "
        "boyfriend has moved in and he shouts at me and pushes me if I'm slow on the "
        "stairs. I'm frightened of him. The grandkids were round on Sunday which was "
        "nice, they're so big now.",
        "high",
        "pushed on stairs, frightened",
    ),
    (
        "Can't make Thursday, he doesn't like me going out without him. I'm fine "
        "really, he just gets jealous. He's been in charge of all the money since my "
        "PIP started going into the joint account. Love to all.",
        "high",
        "coercive control, money taken",
    ),
    (
        "sorry for the late post, had to wait till he was asleep. he threatened me with "
        "the kitchen knife again tonight. im ok. lovely photos from the xmas lunch",
        "high",
        "threatened with knife",
    ),
    (
        "Hello all, the physio has given me new exercises for my neck, some of them "
        "look ridiculous but they do seem to help. Not feeling safe at home at the "
        "moment. My brother is staying and he's been drinking a lot, I sleep with a "
        "chair against my door. The frost was pretty this morning though.",
        "high",
        "chair against door, drinking brother",
    ),
    (
        "hi all, my new hearing aids are in, everything sounds so loud, the kettle is "
        "like a jet plane lol. my carer took money out of my purse again and told me if "
        "i said anything shed stop coming and id end up in a home. dont know who to "
        "tell. hows the hip margaret",
        "high",
        "financial abuse and threats by carer",
    ),
    (
        "sorry i missed the last two meets. he says no one would believe me because of "
        "my pain brain. he locks the door when he goes out. sorry. i finished the "
        "blanket, will bring it to show you",
        "high",
        "locked in by partner",
    ),
    (
        "Hiya, long time no post, been rough with the migraines. My mum keeps telling "
        "me I'm a waste of space and she hits me with her stick when I can't keep up "
        "with the housework. I'm 34 and I can't afford to move out. Did anyone watch "
        "Gogglebox?",
        "high",
        "hit by mother with stick",
    ),
    (
        "cant make thursday sorry, or the one after probably. my ex has been parked "
        "outside my flat three nights running and left a note saying he knows where i "
        "go on thursdays. i havent been sleeping. weather is grim",
        "high",
        "stalked by ex, threatening note",
    ),
    (
        "Had the grandkids over for Sunday dinner, lovely chaos as always. I've made up "
        "my mind that I'm not going to be around much longer, I'm going to see to that "
        "myself. I just want them to have nice memories of today.",
        "high",
        "intent to 'see to that myself'",
    ),
    (
        "hi all, rubbish week, the back went on monday and my sister cancelled our day "
        "out. i dont want to be alive anymore and ive decided to do something about it. "
        "sorry. the hydro pool was shut again anyway, boiler",
        "high",
        "doesn't want to be alive, decided to act",
    ),
    (
        "cant sleep again, the burning in my feet is so bad tonight, tried the cold "
        "flannel and everything. i'm going to make sure i don't wake up one of these "
        "nights. its the only way the pain stops. hows everyone, did u get the snow",
        "high",
        "intent to not wake up",
    ),
    (
        "Sorry I went quiet. I'm planning to go, properly go, not to another group. "
        "Please don't ring. The chrysanthemums are still going strong by the back door.",
        "high",
        "'planning to go, properly go'",
    ),
    (
        "physio was a waste of time, she just gave me the same sheet as last year. ive "
        "had enough, im going to end things. ive known for a while. the christmas "
        "adverts are on already, its mad",
        "high",
        "'going to end things'",
    ),
    (
        "Hello all, I'm sorry I've been so quiet. It's been a very bad few weeks with "
        "the pain and I've not been sleeping. I know how I'm going to do it and when. "
        "I've been planning it for weeks. I'm only telling you because you're the only "
        "ones who'd understand. Does anyone have a lift to the Christmas meal?",
        "high",
        "knows how and when, planned for weeks",
    ),
    (
        "Tough week. I've decided I'm going to take myself out of the picture, everyone "
        "will be fine. Saw a lovely fox in the garden last night, bold as brass.",
        "high",
        "'take myself out of the picture'",
    ),
    (
        "Hi all, my husband is taking the kids to his mum's for the weekend so I'll get "
        "some peace at last. I've worked it all out. When the house is empty on "
        "Saturday I'll have the whole day, nobody will be back till Sunday night. The "
        "crochet bunting is finished, pics below.",
        "high",
        "plan for when house is empty Saturday",
    ),
    (
        "cheers for the birthday messages guys, means a lot, had a quiet one with the "
        "cat. mapped out the whole thing now. ive got what i need, i know where, ive "
        "written it all down. just waiting for the right day. hydro was good tho",
        "high",
        "plan mapped, means and place sorted",
    ),
    (
        "Hello all. Quiet day, managed a short walk to the post box and back, my new "
        "walking poles are helping. I've been reading online how much of my meds it "
        "would take. I've done the sums. My daughter's away next week. Hope your flare "
        "settles soon Pam.",
        "high",
        "researched lethal dose, daughter away",
    ),
    (
        "half term is nearly over thank god, the kids have been bouncing off the walls "
        "and my back is in bits from it. plan is sorted, ill go up the woods once the "
        "kids are back at school. sorry to put this on u all. the leaves are so pretty "
        "this time of year",
        "high",
        "plan to go to woods when kids at school",
    ),
    (
        "Afternoon all, hope the weather's kinder where you are, it's blowing a gale "
        "here. Got everything ready for Friday. My husband's on nights so he won't be "
        "back till 7am. Please don't worry about me after, it's what I want. I saw the "
        "Strictly tour tickets are on sale.",
        "high",
        "ready for Friday, husband on nights",
    ),
    (
        "Morning all, hope you're all well. Had the grandkids Saturday and they wore me "
        "out but it was lovely. I keep wishing I wouldn't wake up, and last night I "
        "took a few extra of the pregabalin hoping. Didn't work obviously. The "
        "weather's shocking, the back lane is flooded.",
        "high",
        "passive wish plus extra pregabalin taken",
    ),
    (
        "hiya, havent been on for ages, its been a bad spell with the fibro and the "
        "fatigue. wish i could just go to sleep and not wake up. ive given the dog to "
        "my sister for a while, might be for good. sunny here at least",
        "high",
        "passive wish plus dog given away maybe for good",
    ),
    (
        "Good morning all. The pain team have put me on the waiting list for the new "
        "clinic, another nine months apparently. Honestly I wouldn't mind if I didn't "
        "wake up tomorrow, and I've written my letters just in case. Lovely meal on "
        "Saturday, thank you all.",
        "high",
        "passive wish plus letters written",
    ),
    (
        "Evening all. The DWP want to review my PIP again, the letter came this "
        "morning. I wish a bus would just hit me. I've been crossing the main road "
        "without looking, on purpose. Hydro was nice though, the new instructor is "
        "lovely.",
        "high",
        "wish to be hit plus crossing without looking",
    ),
    (
        "Hello all. My neck's been awful since the fall in Tesco car park, the manager "
        "was very nice about it. Some days I wish I'd just not wake up. I've been "
        "keeping hold of my co-codamol just in case. The dog's been poorly too, the vet "
        "bills are eye-watering.",
        "high",
        "passive wish plus keeping co-codamol",
    ),
    (
        "evening everyone, hope ur all ok, was sorry to miss the cafe. wish it would "
        "all stop, id be happy not to be here. everyones better off without me anyway. "
        "ive already told my sister where my will is. the sky was pink this morning",
        "high",
        "passive wish plus burden plus will",
    ),
    (
        "hiya girls, hope ur all good, flare has been horrendous this week. Id happily "
        "not wake up tomorrow. been cutting again too. the grandkids are coming at the "
        "weekend, bless them, need to hide the mess",
        "high",
        "passive wish plus cutting",
    ),
    (
        "Cafe was nice today, thank you for waiting while I got up that step. I do feel "
        "like I'm holding everyone back though, and my family would honestly be better "
        "off without me dragging them down. Oh well, the carrot cake was good.",
        "medium",
        "burden: family better off without me",
    ),
    (
        "my husband had to take another day off work to drive me to the hospital. im "
        "just a weight round everyones neck. sorry. did anyone see the state of the "
        "roads after the storm",
        "medium",
        "burden: weight round everyone's neck",
    ),
    (
        "The kids have to do everything for me now. I'm just a drain on them and they'd "
        "have an easier life without me. Right, enough moaning, who's coming to the "
        "garden centre on Saturday?",
        "medium",
        "burden: kids would have easier life without me",
    ),
    (
        "hiya all, sorry i didnt make the meet, the car wouldnt start and the taxi was "
        "£18. feel like a burden on this group tbh, always moaning. you'd all be better "
        "off if i stopped coming. hope the hydro was good, did they fix the hoist",
        "medium",
        "burden on the group, better off if stopped coming",
    ),
    (
        "My daughter's giving up her job to be my carer. She'd have had such a "
        "different life without me, I can't stop thinking it. The bunting's nearly "
        "done, just the ribbon to thread.",
        "medium",
        "burden: daughter's life ruined by caring",
    ),
    (
        "morning, the pain has been horrendous since the weather turned, my knees are "
        "like old doors. honestly my partner deserves better than someone who cant even "
        "get out of bed. hes stuck with me. nice frost this morning, the dog went mad "
        "in it",
        "medium",
        "burden: partner stuck with me",
    ),
    (
        "Hello everyone. The occupational therapist came round and put in the new bath "
        "seat, which is brilliant. Everyone keeps saying I'm not a burden but I can see "
        "it in their faces. I cost the NHS a fortune and give nothing back to anyone. "
        "Sorry, it's been a long week. Only three weeks till the days start getting "
        "longer!",
        "medium",
        "burden: costs and gives nothing back",
    ),
    (
        "I feel such a nuisance for the grandkids, they have to push me round in the "
        "chair. They'd be better off with a nan who could run about with them. Bake Off "
        "final tonight, who's your money on?",
        "medium",
        "burden: grandkids better off with other nan",
    ),
    (
        "hi all, sorry i missed the crochet morning, my hands were awful and i couldnt "
        "face the bus. sorry to be the one who always cancels. i just mess up everyones "
        "plans. everyone would be happier without me in the way. the christmas lights "
        "in town look lovely this year",
        "medium",
        "burden: everyone happier without me in the way",
    ),
    (
        "My wife does everything now. Cooking, washing, driving, sorting my tablets. "
        "I'm no use to anyone, just an extra mouth to feed. The rugby was good though, "
        "what a last ten minutes.",
        "medium",
        "burden: no use to anyone, extra mouth",
    ),
    (
        "Hello all, hope the Christmas shopping is going well, I've done mine online as "
        "usual. Think my kids would honestly be relieved if I wasn't around for them to "
        "worry about. Sorry, bit of a down day. How's the hip Brenda, are you managing "
        "the stairs?",
        "medium",
        "burden: kids relieved if not around",
    ),
    (
        "I'm costing my son so much in petrol and time off. He'd be better off if he "
        "didn't have me to look after. Any tips for the parking at Southmead, it was a "
        "nightmare on Monday?",
        "medium",
        "burden: son better off without me to look after",
    ),
    (
        "hiya, got my PIP decision, awarded the daily living but not mobility so thats "
        "something. im just a waste of space these days, cant work, cant keep the house "
        "nice. my mum has to come and do my washing and im 38. the cat brought a mouse "
        "in this morning, lovely",
        "medium",
        "burden: waste of space",
    ),
    (
        "Morning all, I managed hydro this week which I was pleased with. Keep feeling "
        "like I'm a drag on everyone. Nobody says it but they don't need to. Lovely "
        "photos from the meal, you all scrub up well.",
        "medium",
        "burden: drag on everyone",
    ),
    (
        "my son moved back home to look after me and gave up his flat. hes 26, he "
        "should be out living his life, im ruining it for him. the new kettle is great "
        "tho, one cup at a time, no lifting",
        "medium",
        "burden: ruining son's life",
    ),
    (
        "Hi all, bit of a long one, apologies. Went to the food bank this morning for "
        "the first time, the volunteers were lovely and didn't make me feel awkward at "
        "all. Then the bus was cancelled so I had to wait 50 minutes in the cold. "
        "Washing machine broke, the boiler's making a noise and my PIP's been stopped. "
        "I genuinely can't cope with any more. I'm trapped in this flat with this pain "
        "and there's no way out. Sorry, just needed to say it somewhere safe.",
        "medium",
        "trapped, can't cope with more",
    ),
    (
        "so sorry to moan again. went back to the gp today and its another referral, "
        "another wait. i cant do this anymore. honestly. the pain, the appointments, "
        "the forms, the phone queues. i feel trapped. hope everyone else had a better "
        "day than me",
        "medium",
        "can't do this anymore, trapped",
    ),
    (
        "Evening all. Flare has been going a fortnight now, the longest one this year. "
        "Feeling like I'm in a cage. Can't work, can't drive, can't sleep, and there's "
        "no escape from my own body. The grandkids made me a Christmas card with "
        "glitter, it's everywhere.",
        "medium",
        "trapped in body, no escape",
    ),
    (
        "Been a rubbish week. The wait for the spinal clinic is another 40 weeks. I "
        "can't keep going like this, I really can't. Lovely to hear your news about the "
        "new flat Karen.",
        "medium",
        "can't keep going like this",
    ),
    (
        "Hi everyone, I know I keep saying I'll come to the meets and then don't. I'm "
        "drowning. The kids, the pain, work wanting another fit note, mum in the home. "
        "I can't cope and I don't know what to do. Sorry for dumping this on you all.",
        "medium",
        "drowning, can't cope",
    ),
    (
        "consultant said theres nothing surgical they can do, its about managing it. "
        "there's no way out of this is there. stuck with this body forever. the new "
        "cafe is nice, it has a lift at least",
        "medium",
        "no way out, stuck forever",
    ),
    (
        "hi all, the kids have broken up already and the house is chaos. its all too "
        "much. cant cope with xmas this year, cant cope with anything really. hope the "
        "meal goes well, im not gonna make it",
        "medium",
        "can't cope with anything",
    ),
    (
        "honestly i cant go on like this much longer, the nerve pain is relentless and "
        "nobody at the surgery listens. the sun came out for ten minutes, made a change",
        "medium",
        "can't go on like this",
    ),
    (
        "Morning all. Not been out since last Thursday with the weather and the ice. "
        "Trapped is the only word for it. The pain won't let me out and the walls feel "
        "like they're closing in. Good news about your scan though Jo, so pleased for "
        "you!",
        "medium",
        "trapped, walls closing in",
    ),
    (
        "hiya, another week another hospital letter, they've moved my appointment "
        "again. so tired of fighting. i cant cope with the flare on top of everything "
        "else. beans on toast again tonight lol",
        "medium",
        "tired of fighting, can't cope",
    ),
    (
        "I'm at the end of my tether. The council, the DWP, the GP, none of them "
        "listen, and I can't see how to get out of this. Did anyone hear if the hydro "
        "pool's reopening in January?",
        "medium",
        "end of tether, can't see way out",
    ),
    (
        "hey all, hope your weekends were good. feel like im stuck in a hole i cant "
        "climb out of. every day the same. doctor who was good tho, my grandson made me "
        "watch it",
        "medium",
        "stuck in hole can't climb out",
    ),
    (
        "Everyone says get out more, but I'm trapped. No car, no money, buses every two "
        "hours and my legs won't manage the walk to the stop. Some days it feels like a "
        "prison sentence with no end. Hope your Christmas shopping went ok.",
        "medium",
        "trapped with no transport, prison sentence",
    ),
    (
        "Had my review and the consultant says this is as good as it gets. Nothing will "
        "ever change, will it. I've stopped hoping. The tea room at the garden centre "
        "has a new menu though, the soup is good.",
        "medium",
        "hopeless: nothing will ever change",
    ),
    (
        "hi all, did the physio exercises every day this week like a good girl. whats "
        "the point in any of it. pacing, stretches, mindfulness, the lot. still in "
        "agony. still no life. sorry, the dog needs a walk",
        "medium",
        "hopeless: what's the point",
    ),
    (
        "Good morning everyone. The consultant letter came today, more of the same. I "
        "used to think it would get better. I don't anymore. This is it for the next "
        "thirty years. Nice to see Pam back at hydro this week.",
        "medium",
        "hopeless: this is it for thirty years",
    ),
    (
        "hiya, back at the gp again about the knees, they want me to try physio again. "
        "no point booking the physio again, nothing has worked in 12 years and nothing "
        "will. the grandkids are making paper chains at the kitchen table",
        "medium",
        "hopeless: nothing will work",
    ),
    (
        "Evening all, hope you're all warm. My son's moved to Manchester for his new "
        "job, I'm so proud of him. I can't see any future for myself, honestly. Just "
        "years of the same. Fish pie tonight, the one from the Co-op.",
        "medium",
        "hopeless: no future",
    ),
    (
        "thanks for asking after me girls. everyone keeps telling me itll get better. "
        "it wont. ive accepted theres nothing ahead for me. lovely sunset over the "
        "estate tho",
        "medium",
        "hopeless: nothing ahead",
    ),
    (
        "Morning all, got the bus into town for the first time in ages. Feel like I'm "
        "just existing, not living. No point to any of it. The cafe's got the Christmas "
        "cups out, I had a gingerbread latte.",
        "medium",
        "hopeless: existing not living",
    ),
    (
        "just back from the surgery, 40 minutes in the waiting room for 6 minutes with "
        "the doctor. whats the point going to the gp again. whats the point in "
        "anything. sorry, grumpy. hows the crochet going girls",
        "medium",
        "hopeless: what's the point in anything",
    ),
    (
        "Hey everyone, I'm the young one from the autumn PMP if you don't remember me. "
        "I'm 29 and this is my life now. Nothing to look forward to and no point making "
        "plans. Watched the new Bond film with my brother, it was alright.",
        "medium",
        "hopeless: 29 and nothing to look forward to",
    ),
    (
        "Hello all, hope the meet went well, I saw the photo of the cakes. I've given "
        "up on ever feeling normal again. Not in a dramatic way, I just know nothing "
        "will change. The weather's been kind this week.",
        "medium",
        "hopeless: given up on feeling normal",
    ),
    (
        "Hi all. Had my six-month review with the pain team, same as ever. Everything "
        "feels pointless. The meds don't work, the physio doesn't work, I don't work. "
        "Who's doing Secret Santa this year, is it a fiver again?",
        "medium",
        "hopeless: everything pointless",
    ),
    (
        "back from the spinal clinic, they've said no to the injections this time. "
        "hydro cancelled again. theres nothing left to try and nothing left to hope for "
        "tbh. see u thurs maybe",
        "medium",
        "hopeless: nothing left to hope for",
    ),
    (
        "Morning everyone. Another night in the chair. Honestly I can't see it ever "
        "being different. Same pain, same four walls, forever. Glad your grandson's "
        "settled at uni Val, you must be so proud.",
        "medium",
        "hopeless: never different",
    ),
    (
        "third injection didnt work. the consultant just shrugged. so thats that then, "
        "nothing left. off to bingo with mum",
        "medium",
        "hopeless: failed injection, nothing left",
    ),
    (
        "Lovely to see everyone at the cafe. Some mornings I wish I just didn't wake "
        "up, then I'd not have to face the pain again. Sorry. Hope Maureen's cataract "
        "op goes well tomorrow.",
        "medium",
        "passive wish: wish didn't wake up",
    ),
    (
        "hi all, bad pain week, the tens machine has been glued to me. wouldnt mind if "
        "i didnt wake up tbh. not gonna do anything, just tired. the grandkids are "
        "coming sunday so ill perk up",
        "medium",
        "passive wish with negation",
    ),
    (
        "I sometimes think if I got hit by a bus it wouldn't be the worst thing. Is "
        "that awful? Hydro was good this week, I managed the full session.",
        "medium",
        "passive wish: hit by bus not worst thing",
    ),
    (
        "Hello all, my granddaughter showed me how to do the magic ring for amigurumi, "
        "I'm hooked. When I go to sleep I half hope I won't wake up. Crochet is keeping "
        "me sane-ish, pics of the owl below, he's a bit wonky.",
        "medium",
        "passive wish: hope not to wake",
    ),
    (
        "evening all, the nerve pain in my feet has been unreal this week. if i didnt "
        "wake up tomorrow i honestly wouldnt mind. bit of a morbid one sorry. hows "
        "everyone getting on",
        "medium",
        "passive wish: wouldn't mind not waking",
    ),
    (
        "Sometimes I wish I'd never come round after the operation. Anyway it's my "
        "granddaughter's nativity on Friday, she's a sheep!",
        "medium",
        "passive wish: never come round after op",
    ),
    (
        "Evening all. The pain has been relentless since Sunday, I've hardly slept. I'd "
        "be quite glad if my heart just stopped in my sleep, no fuss. The dog would "
        "miss me though. Sorry, bad day.",
        "medium",
        "passive wish: heart stop in sleep",
    ),
    (
        "hi all, the landlord still hasnt fixed the damp and my chest is bad with it. "
        "wish i could just disappear tbh. not like that. just not be here for a bit. "
        "the rain is relentless",
        "medium",
        "passive wish: disappear",
    ),
    (
        "Morning all, hope everyone's keeping well. Honestly wouldn't care if I didn't "
        "see next year. I'm not planning anything. The Christmas market was heaving, "
        "gave up and went home.",
        "medium",
        "passive wish: wouldn't care about next year",
    ),
    (
        "third night of no sleep, the migraine has been going since thursday. at this "
        "point id welcome anything that took me out of this. the pain is just too much. "
        "did anyone watch corrie last night",
        "medium",
        "passive wish: welcome anything taking me out",
    ),
    (
        "Hi all, the fatigue this month has been something else, I fell asleep at the "
        "table at lunch. Wish I could go to sleep for a year, or just not wake up at "
        "all. Lovely scone at the cafe though, they warmed it up for me.",
        "medium",
        "passive wish: sleep for a year or not wake",
    ),
    (
        "Good evening everyone. My arthritis has been very bad since the frost. Some "
        "nights I pray not to wake up. My vicar would be horrified. I still went to the "
        "carol service, it was beautiful.",
        "medium",
        "passive wish: prays not to wake",
    ),
    (
        "sorry i missed the meet, the back went on me again. wouldnt be bothered if i "
        "never woke up. not going to do anything daft. just being honest. enjoying the "
        "new series of the traitors tho",
        "medium",
        "passive wish: never woke, not doing anything daft",
    ),
    (
        "Haven't been out of bed properly since Monday. Not eating much, just cups of "
        "tea, and I'm not answering the phone to my sister either. Sorry I've been "
        "quiet. Did the group decide on a venue for the Christmas lunch? I'd like to "
        "come if I can face it but I'm not promising anything.",
        "medium",
        "withdrawal: in bed, not eating, not answering",
    ),
    (
        "sorry for going quiet. not really eating. not really talking to anyone. just "
        "lying here with the curtains shut. saw the pics from the cafe, you all look "
        "well",
        "medium",
        "withdrawal: curtains shut, not talking",
    ),
    (
        "I've not left the house in three weeks. Shopping gets delivered, and I'm not "
        "answering the door. The flare is part of it but it's more than that. Hope "
        "Sue's move went ok.",
        "medium",
        "withdrawal: housebound, not answering door",
    ),
    (
        "turned my phone off most of the week, couldnt face anyone. havent showered "
        "since friday. not bothering with meals. sorry for going awol",
        "medium",
        "withdrawal: phone off, not washing or eating",
    ),
    (
        "Can't face hydro, can't face the cafe, can't face anyone really. Stayed in bed "
        "and let all the calls go to voicemail. My daughter's worried. The dog's the "
        "only one I talk to.",
        "medium",
        "withdrawal: avoiding everyone, staying in bed",
    ),
    (
        "hi all, sorry ive been a rubbish member lately. i keep cancelling on everyone "
        "and i havent spoken to my mum in a fortnight. ive stopped cooking, just "
        "crisps. the snow on the news looks pretty",
        "medium",
        "withdrawal: cancelling, not cooking",
    ),
    (
        "I'm sorry to have been so quiet on here. I've been staying in bed most days "
        "and I've stopped going to church. I don't really want to see anybody. I did "
        "watch the carols from King's on the television.",
        "medium",
        "withdrawal: stopped church, staying in bed",
    ),
    (
        "hi, sorry, keep meaning to reply to everyone. cant be bothered to eat. lost "
        "half a stone. dont want to see anyone. the curtains havent been open all week",
        "medium",
        "withdrawal: not eating, weight loss, curtains shut",
    ),
    (
        "Missed the meet, and the one before. I've not been out since the GP "
        "appointment. Just sleep and telly. I can't face talking to anyone, not even "
        "the kids.",
        "medium",
        "withdrawal: missed meets, not talking to kids",
    ),
    (
        "im not going to the christmas meal or seeing anyone over xmas. turned my "
        "sister down too. just want to be left in bed. happy xmas all",
        "medium",
        "withdrawal: refusing all contact over Christmas",
    ),
    (
        "Haven't eaten a proper meal in days, the fridge is empty and I can't face the "
        "shop. I'm not answering messages except on here. Did anyone hear if Boots has "
        "the flu jab in?",
        "medium",
        "withdrawal: not eating, empty fridge",
    ),
    (
        "alright all, sorry i bailed on the curry night. stopped going to the "
        "allotment, stopped seeing my mates at the pub, stopped everything really. i "
        "just sit in the dark. how was the quiz",
        "medium",
        "withdrawal: stopped everything, sits in dark",
    ),
    (
        "Hello, I'm still here, just about. I've not replied to anyone in weeks, not "
        "even my best friend. I just lie on the settee. Not hungry. Sorry. The "
        "Christmas adverts make me cry.",
        "medium",
        "withdrawal: not replying, lying on settee",
    ),
    (
        "Has anyone heard from Dave? He said some worrying things on Tuesday about not "
        "being around much longer and he hasn't answered his phone since. Probably "
        "nothing. The cafe was quiet without him. I know he's been struggling since his "
        "wife passed. I don't want to overreact but I'd feel better if someone had seen "
        "him. I'm going to try again tonight.",
        "medium",
        "concern: Dave said worrying things, no answer",
    ),
    (
        "has anyone heard from jackie? shes not been on here for a week and her last "
        "message was really low. shes not answering texts. worried",
        "medium",
        "concern: Jackie's last message low, silent",
    ),
    (
        "Not meaning to gossip but I'm worried about Pete. At the meet he kept saying "
        "he'd had enough and then he went very quiet. Does anyone have his sister's "
        "number?",
        "medium",
        "concern: Pete had had enough, went quiet",
    ),
    (
        "morning all, hydro was nice this week, the water was warmer. bit worried about "
        "Lynn, she posted that she was struggling then nothing for 3 days. can anyone "
        "pop round? i cant drive at the mo",
        "medium",
        "concern: Lynn struggling then silent",
    ),
    (
        "Has anyone seen Mo at hydro? He said on the phone he'd given up on everything "
        "and hung up. He's not replied since Friday.",
        "medium",
        "concern: Mo given up, no reply",
    ),
    (
        "Morning all. Does anyone know if Carol's ok? She said something at the cafe "
        "that didn't sit right with me, about everyone being better off. I've tried "
        "ringing. The weather's been awful.",
        "medium",
        "concern: Carol's comment about everyone better off",
    ),
    (
        "evening all, good meet today, the cafe did us the big table. anyone heard from "
        "gaz? not seen him since october and his phone goes straight to voicemail. he "
        "was in a bad way last time",
        "medium",
        "concern: Gaz unreachable, bad way",
    ),
    (
        "I'm worried about Sheila. She's been really flat at the last two meets and now "
        "she's not answering. Am I overthinking it?",
        "medium",
        "concern: Sheila flat and not answering",
    ),
    (
        "does anyone have an address for Terry? he messaged me at 2am saying hes having "
        "a rough time and cant sleep. hes not picking up now. id go round myself",
        "medium",
        "concern: Terry messaged at 2am, not picking up",
    ),
    (
        "Just wondering if anyone's heard from Ann since the meet? She was tearful and "
        "said nothing would help. I've left a message. Lovely to see the rest of you.",
        "medium",
        "concern: Ann tearful, said nothing would help",
    ),
    (
        "Hi all, just checking, has anyone heard from Rob? He messaged saying he "
        "couldn't see the point anymore and then went offline. I've texted but nothing. "
        "Hope he's ok.",
        "medium",
        "concern: Rob couldn't see point, offline",
    ),
    (
        "Has anyone spoken to Janet this week? Her husband answered her phone and said "
        "she won't get up and isn't eating. I don't want to interfere but I'm worried. "
        "Is the Thursday meet still on?",
        "medium",
        "concern: Janet's husband says she won't get up",
    ),
    (
        "Morning all! The pain is killing me today, the damp weather always does it. "
        "But I've got the heated blanket on and a brew so I can't complain. Who's "
        "coming to the cafe Thursday? I'm taking my knitting, I've nearly done the "
        "second sleeve. Has anyone tried the new place that opened by the library? My "
        "sister says their scones are huge.",
        "none",
        "idiom: pain killing me, nothing else",
    ),
    (
        "I could murder a cuppa and a slice of that lemon drizzle. Hydro was hard going "
        "today but I feel better for it, the new instructor is very patient. See you "
        "all Weds.",
        "none",
        "idiom: could murder a cuppa",
    ),
    (
        "dying to see you all at the christmas meal!! ive bought a new top and "
        "everything lol. does anyone need a lift from the top of town? my daughter is "
        "doing my hair the night before so I look half decent. the sciatica has been "
        "grumbling but im pacing myself so i can make it.",
        "none",
        "idiom: dying to see you",
    ),
    (
        "my hips are killing me after the garden centre trip but it was so worth it, "
        "got some lovely tulip bulbs for the pots. pacing fail as usual haha",
        "none",
        "idiom: hips killing me after outing",
    ),
    (
        "this weather will be the death of me 😂 fingers like sausages this morning. "
        "anyone got tips for crochet with swollen joints? thinking of trying the chunky "
        "hooks",
        "none",
        "idiom: weather will be the death of me",
    ),
    (
        "My sciatica is murdering me this week. Physio says the stretches will help if "
        "I keep at them, so I'm being good. Did anyone watch the Strictly final?",
        "none",
        "idiom: sciatica murdering me",
    ),
    (
        "best hydro session weve had in ages, the warm water really helped my knees, "
        "might try and go twice a week. i nearly died laughing at Pat trying to get out "
        "of the hydro pool with the float stuck on her foot lol. sorry Pat. love you x",
        "none",
        "idiom: nearly died laughing",
    ),
    (
        "The GP's waiting room was so hot I thought I'd pass out. Finally got my "
        "referral to rheumatology though, fingers crossed it's not another year's wait.",
        "none",
        "idiom: thought I'd pass out in hot waiting room",
    ),
    (
        "sorry i missed crochet. my migraine was so bad yesterday i wanted to rip my "
        "own head off. much better today thankfully, the sumatriptan kicked in "
        "eventually. dark room and a flannel",
        "none",
        "idiom: migraine wanted to rip head off",
    ),
    (
        "I'd kill for a proper night's sleep! The new mattress topper has helped a bit. "
        "What do you all use, I've heard the memory foam ones get hot?",
        "none",
        "idiom: would kill for a night's sleep",
    ),
    (
        "if i hear one more christmas song in tesco ill scream 😂 feet were killing me "
        "by the time i got to the tills. treated myself to a mince pie in the car. "
        "anyone know if the big sainsburys has the quiet hour still?",
        "none",
        "idiom: I'll scream, feet killing",
    ),
    (
        "The stairs at the new venue nearly finished me off, the lift was out. They say "
        "it'll be fixed by next month. Lovely lunch otherwise, and the staff were kind.",
        "none",
        "idiom: stairs nearly finished me off",
    ),
    (
        "Grandkids are driving me up the wall this half term! Wouldn't be without them "
        "though. My back is in bits from the trampoline park, I only watched. Bought "
        "myself a new heat pad in the sale, the one with the strap, it's brilliant.",
        "none",
        "idiom: kids driving me up the wall",
    ),
    (
        "this flare is doing my head in, third day of it. heat pad, telly, and the dog "
        "on my feet. ill be back at the cafe when it settles, always does",
        "none",
        "venting: flare doing my head in, temporary",
    ),
    (
        "Just to let you all know this is my last Thursday for a while, we're moving to "
        "be near my daughter in Swindon at the end of the month. I'll still be on here "
        "and I'll visit when I can. Thank you for everything, you've been a lifeline.",
        "none",
        "benign goodbye: moving near daughter",
    ),
    (
        "saying goodbye for now, off to spain for 3 weeks with my sister!! warm weather "
        "for the joints. the hotel has a warm pool so ill do my hydro exercises in the "
        "sun haha. ive got all my tablets sorted in the dosette for the trip. see you "
        "all in january x",
        "none",
        "benign goodbye: holiday in Spain",
    ),
    (
        "Hello all, hope everyone's keeping warm. I had a lovely afternoon making mince "
        "pies with my granddaughter, pastry everywhere. I'm going to take a little "
        "break from the board over Christmas, too much screen time sets off my "
        "migraines. Back in the new year. Love to all.",
        "none",
        "benign goodbye: break from board with return",
    ),
    (
        "Farewell from me to this group, I've moved over to the Tuesday group in Weston "
        "as it's closer to home. I'll still see some of you at the big get-together in "
        "spring!",
        "none",
        "benign goodbye: moving to another group",
    ),
    (
        "last cafe meet for me before the baby comes! my daughters due in two weeks and "
        "im going to be on nan duty. ill pop in when i can. ive knitted about 15 "
        "cardigans already, she says thats enough lol. see you all in the new year",
        "none",
        "benign goodbye: nan duty, new baby",
    ),
    (
        "Goodbye for now everyone, I'm having my knee replacement on the 3rd and I'll "
        "be off my feet for a bit. I'll update when I'm home. Wish me luck!",
        "none",
        "benign goodbye: knee replacement",
    ),
    (
        "well the boxes are everywhere and my back is not thanking me for it, but my "
        "son and his mates are doing the heavy stuff. bye for now, moving house on "
        "saturday and the internet wont be set up till the week after. see u on the "
        "other side of the boxes lol",
        "none",
        "benign goodbye: moving house, internet",
    ),
    (
        "This will be my last post as coordinator, Sandra is taking over from January. "
        "I'm staying in the group, just stepping back from organising. Thank you all "
        "for your patience with my dodgy emails.",
        "none",
        "'last post as coordinator' handover",
    ),
    (
        "Going off grid for a week on a canal boat with my brother, no signal at all "
        "apparently. Back on the 14th. Don't have too much fun without me! My physio "
        "said gentle locks are fine as long as I don't do the winding, so I'm official "
        "tea maker.",
        "none",
        "benign goodbye: canal boat holiday",
    ),
    (
        "Ive decided to leave the WhatsApp as it pings all night and messes up my "
        "sleep, but ill keep checking this board and ill still come to the meets. night "
        "all!",
        "none",
        "leaving WhatsApp, staying in group",
    ),
    (
        "Final session of the PMP today for the new lot, I went in to talk as a PTV. "
        "Gave my goodbye speech and cried like a baby. Lovely bunch, I hope some of "
        "them start a group.",
        "none",
        "PTV goodbye speech to new cohort",
    ),
    (
        "Taking a month off from the group to focus on my new job, it's only part time "
        "but it's a big step for me. I'll be back in January, promise.",
        "none",
        "break for new job, will return",
    ),
    (
        "Does anyone know if you can take ibuprofen with naproxen? The GP said not to "
        "but the chemist wasn't sure. Ended up just using the heat pad and an early "
        "night.",
        "none",
        "medicine question: ibuprofen with naproxen",
    ),
    (
        "my pregabalin is making me put on weight, anyone else? seeing the gp next week "
        "to talk about it. the dosette box is a lifesaver btw, no more missed doses",
        "none",
        "medicine: pregabalin weight gain, dosette box",
    ),
    (
        "Travelling to Tenerife in January. Do I need a letter from the GP to take my "
        "morphine through the airport? Don't want any trouble at security.",
        "none",
        "medicine: travelling with morphine",
    ),
    (
        "amitriptyline question, does the drowsiness wear off? ive been on 10mg for 2 "
        "weeks and im like a zombie in the mornings. the sleep is better tho so not "
        "complaining too much. had to leave the car at home this week just in case",
        "none",
        "medicine: amitriptyline drowsiness",
    ),
    (
        "Repeat prescription nightmare again. The surgery says they sent it, Boots says "
        "they haven't got it. Two hours on the phone. Got there in the end!",
        "none",
        "medicine: repeat prescription hassle",
    ),
    (
        "Tip for anyone on lots of tablets: the chemist will do blister packs for you "
        "if you ask. Changed my life honestly, I used to lose track of what I'd taken.",
        "none",
        "medicine: blister packs tip",
    ),
    (
        "how do you all remember to change your fentanyl patches? i keep forgetting "
        "which day it is. thinking of putting a reminder on my phone. my husband "
        "suggested writing it on the calendar in the kitchen but the grandkids keep "
        "drawing on it lol",
        "none",
        "medicine: remembering fentanyl patch day",
    ),
    (
        "Has anyone come off gabapentin? My consultant wants me to taper down over six "
        "weeks and I'm a bit nervous about it. She said to let her know if the nerve "
        "pain comes back. Any tips would be welcome. Otherwise not much news, the cat "
        "has taken over my heated blanket.",
        "none",
        "medicine: tapering gabapentin",
    ),
    (
        "Counting down the tablets in my dosette box till the new prescription comes, "
        "down to Tuesday now. Rang the surgery and they said it'll be ready Monday. "
        "Phew.",
        "none",
        "medicine: counting dosette days until repeat",
    ),
    (
        "Anyone else get really vivid dreams on codeine? Last night I dreamt I was on "
        "Bake Off and Paul Hollywood hated my scones 😂 woke up starving and had toast "
        "at 3am. other than that the cough has eased off at last",
        "none",
        "medicine: vivid dreams on codeine",
    ),
    (
        "what do you all do with old meds you dont need anymore? ive got a box of "
        "tramadol from before i switched. i think the chemist takes them back? dont "
        "want them lying about with the grandkids in and out. the boots by the bus "
        "station is usually helpful",
        "none",
        "medicine: returning old tramadol",
    ),
    (
        "Paracetamol and a hot water bottle and I'm just about human. How many "
        "paracetamol can you take in a day again, is it 8? Don't want to double up with "
        "the Lemsip.",
        "none",
        "medicine: max paracetamol dose question",
    ),
    (
        "Hello all, hope you're all keeping well in this wind. My sertraline dose went "
        "up last month and I actually feel a bit brighter. Still early days. The GP was "
        "really good about it.",
        "none",
        "medicine: sertraline helping",
    ),
    (
        "The pharmacist at Boots did a medicines review with me, turns out two of my "
        "tablets do the same job! Dropping one. Always worth asking.",
        "none",
        "medicine review, dropping duplicate",
    ),
    (
        "stock up on your meds before christmas everyone, the surgery closes for 4 "
        "days. ive ordered mine early. also if anyone needs a lift to the surgery on "
        "the 23rd i'm going anyway. merry xmas all x",
        "none",
        "medicine: stock up before Christmas closure",
    ),
    (
        "Does diazepam help anyone with muscle spasms? The physio mentioned it, I'm "
        "seeing the GP on Friday to ask. The back has been seizing up every evening "
        "this week. Otherwise all well, the hydro is doing me good.",
        "none",
        "medicine: diazepam for spasms question",
    ),
    (
        "Three years ago I was in a really dark place and didn't want to be here. The "
        "PMP and you lot changed that. I still have bad days but I'm planning a trip to "
        "see my sister in Leeds this spring, never thought I'd say that. Whoever's new "
        "and feeling low, it does get better, slowly, with a lot of help and a lot of "
        "patience. Cafe on Thursday, I'll be the one in the purple coat.",
        "none",
        "past recovery: dark place three years ago",
    ),
    (
        "When I first got diagnosed with CRPS I honestly thought my life was over. Five "
        "years on I'm volunteering at the library two mornings a week. Just wanted to "
        "share some hope for the new members.",
        "none",
        "past recovery: CRPS diagnosis now volunteering",
    ),
    (
        "Found my old diary from before the programme. I'd written that I couldn't see "
        "a way forward. Reading it now I barely recognise that person. Proud of how far "
        "I've come.",
        "none",
        "past recovery: old diary",
    ),
    (
        "back in 2019 i was sat in my car one night thinking about ending things. got "
        "help, got the PMP, got you lot. today i walked 2 miles with the grandkids. "
        "keep going everyone",
        "none",
        "past recovery: sat in car in 2019, got help",
    ),
    (
        "I used to hide in bed for weeks at a time. Now I've got the allotment, the "
        "group and a grumpy cat. Not cured, but living.",
        "none",
        "past recovery: used to hide in bed",
    ),
    (
        "A year ago I didn't think I'd make it to this Christmas. Now I'm hosting it! "
        "God help us all lol. Turkey's ordered.",
        "none",
        "past recovery: hosting Christmas",
    ),
    (
        "I remember our PTV telling us she'd been stuck on the sofa for two years and "
        "now she does parkrun. I didn't believe her then. I do now. Did my first 5k "
        "walk today, slowly!",
        "none",
        "past recovery: PTV inspiration, first 5k walk",
    ),
    (
        "Just marking two years since my worst flare and the hospital stay. I'm doing "
        "ok. Got a cheeky cake to celebrate.",
        "none",
        "past recovery: anniversary of worst flare",
    ),
    (
        "Did anyone watch that documentary about the Clifton Suspension Bridge on BBC2? "
        "Fascinating how they built it. I'd love to walk across it in the spring if my "
        "legs let me.",
        "none",
        "TV: suspension bridge documentary",
    ),
    (
        "Reading a cracking thriller at the moment, the murder happens on a train out "
        "of Paddington. Can't put it down. Anyone got recommendations for after?",
        "none",
        "book: murder on a train thriller",
    ),
    (
        "The news about the rail strikes is a nightmare, my hospital appointment in "
        "Bristol is on the 12th. Might have to get the coach.",
        "none",
        "news: rail strikes and hospital appointment",
    ),
    (
        "Watched EastEnders last night, that storyline with the overdose was really "
        "well done, brought back memories of my uncle. Good that they put the helpline "
        "up at the end.",
        "none",
        "TV: soap overdose storyline, helpline",
    ),
    (
        "Our book club is doing The Last Letter from Your Lover this month. Bit soppy "
        "for me but Pat loves it.",
        "none",
        "book club: 'last letter' title",
    ),
    (
        "Has anyone seen the new Attenborough series? The bit with the penguin chicks "
        "jumping off the cliff made me cry! They all survived though.",
        "none",
        "TV: penguins off cliff",
    ),
    (
        "Quiet Sunday here, pyjamas, roast in the slow cooker, feet up. Line of Duty "
        "repeats are on. Forgot how tense it is, my heart can't take it! Who was H "
        "again, I've forgotten already.",
        "none",
        "TV: Line of Duty repeats",
    ),
    (
        "There was a piece on the radio about chronic pain and the NICE guidelines. "
        "Nothing we don't know, but nice to hear it talked about. They had a lady on "
        "with fibromyalgia who sounded just like half of us. I rang my sister to tell "
        "her to listen again on the app.",
        "none",
        "radio: chronic pain guidelines",
    ),
    (
        "Finished that book about the woman who walked the coast path after her "
        "diagnosis. So inspiring. Might do a tiny bit of it myself in summer with my "
        "poles.",
        "none",
        "book: coast path walk",
    ),
    (
        "evening all, lazy one here, the hip's complaining after the big shop. Anyone "
        "else gripped by The Traitors? I'd be rubbish, I'd give myself away in the "
        "first episode. Who do you reckon?",
        "none",
        "TV: The Traitors",
    ),
    (
        "Finally sorted the shed out today, found the old rope swing from when the kids "
        "were little. Gave it to my neighbour for her boys. Back's complaining but it's "
        "so satisfying. Also found three tins of paint, a broken deckchair and about "
        "forty plant pots. My husband wants to make it a man cave, over my dead body "
        "lol.",
        "none",
        "innocent: shed, rope swing given away",
    ),
    (
        "my knife skills are getting better since the OT gave me that chunky handled "
        "one. made a proper stew tonight with loads of veg. still cant do the jar lids "
        "but the rubber grip thing helps. might freeze half of it for next week",
        "none",
        "innocent: knife with OT grip",
    ),
    (
        "Got the train to Bath for the Christmas market, first time on a train in two "
        "years! The station had a lift which helped. Feeling proud of myself.",
        "none",
        "innocent: train and station trip",
    ),
    (
        "The road outside is closed for roadworks again, had to take the long way round "
        "to the surgery. My knees were not impressed. Had to sit on the wall outside "
        "the chemist for a rest. Nice lady came out and asked if I was ok, people are "
        "kind.",
        "none",
        "innocent: road closed",
    ),
    (
        "Spent the afternoon in the garage looking for the Christmas decorations. Found "
        "them behind the lawnmower. Tree's up! The grandkids are coming at the weekend "
        "to help put the rest up. I'm sat down supervising, pacing like a pro.",
        "none",
        "innocent: garage Christmas decorations",
    ),
    (
        "I've decided to give away my old wool to the school craft club, I've got far "
        "too much and I'm only doing granny squares now. Does anyone want any first?",
        "none",
        "innocent: giving away wool to school",
    ),
    (
        "Tonight's the night!! Going to see the Michael Bublé tribute at the Beacon. "
        "Got my cushion and my stick ready.",
        "none",
        "innocent: tonight's the night, concert",
    ),
    (
        "I'm finally at peace with using a walking stick. Fought it for years. It's "
        "actually made me go out more. I've even got a posh one with flowers on now. My "
        "granddaughter calls it my wand.",
        "none",
        "innocent: at peace with walking stick",
    ),
    (
        "Made my plan for Christmas week: pace the cooking over three days, sit down to "
        "peel the veg, and the kids can do the washing up. Who else is pacing "
        "Christmas?",
        "none",
        "innocent: plan for pacing Christmas",
    ),
    (
        "Hello all, a crisp one today, frost on the water butt. Last day of the "
        "allotment season today, put the beds to sleep under a load of manure. See you "
        "next spring, leeks.",
        "none",
        "innocent: last day of allotment season",
    ),
    (
        "Wrote a letter to my MP about the hydro pool closure. Anyone else want to sign "
        "it? The more the merrier. I've put a copy in the cafe too. Lots of us rely on "
        "that pool and they're talking about closing it in March.",
        "none",
        "innocent: letter to MP about pool",
    ),
    (
        "Just updated my will with the solicitor now the new grandbaby's arrived. Feels "
        "very grown up at 67! Celebrated with a cream tea.",
        "none",
        "innocent: will updated for new grandbaby",
    ),
    (
        "The car failed its MOT, £400 for the exhaust. Typical. I'll be getting the bus "
        "to hydro this week. Good job I've got my bus pass. Anyone else going Tuesday, "
        "we could meet at the stop?",
        "none",
        "innocent: car MOT, exhaust",
    ),
    (
        "Hello everyone. Bridge club tonight! My brain needs the workout. Anyone else "
        "play? Last week my partner and I came second which for us is a miracle. It's "
        "the one place my brain forgets about the pain.",
        "none",
        "innocent: bridge club",
    ),
    (
        "the end of the PMP feels weird, no more tuesdays at the hospital. glad weve "
        "got this group though. first meet in 5 weeks!",
        "none",
        "innocent: end of PMP, first meet soon",
    ),
    (
        "Fed up of the rain. The garden's a bog and the dog's a mud monster. Can't wait "
        "for spring. My knees predict every shower, better than the weather app. "
        "Heating's on and I've got a casserole in.",
        "none",
        "venting: rain and muddy dog",
    ),
    (
        "Id be better off getting a taxi to the meet than trying the bus with my hip, "
        "anyone want to share one from Kingswood?",
        "none",
        "innocent: better off getting a taxi",
    ),
    (
        "Final physio session today! She's discharged me with my exercise sheet. Bit "
        "scary but exciting. She told me to keep up the walking and the stretches and "
        "to ring if I slip back. Celebrated with a bacon roll.",
        "none",
        "innocent: final physio session",
    ),
    (
        "Sorry I was quiet on here, my laptop finally died. New one from Argos. Where "
        "was I? Anyway I've got a lot of posts to catch up on. Congrats on the new "
        "grandbaby Jo!",
        "none",
        "innocent: laptop died",
    ),
    (
        "Took the grandkids to the railway museum, they loved the old steam engines. I "
        "sat on every bench going lol. The youngest wants to be a train driver now. The "
        "cafe there does a good sausage roll.",
        "none",
        "innocent: railway museum trip",
    ),
    (
        "Decided to stop the physio for now because I can do the exercises at home, and "
        "she agreed. Feel like I've graduated!",
        "none",
        "innocent: stopped physio by agreement",
    ),
    (
        "Going to give the dog to my son for the weekend while I have my procedure. "
        "He'll be spoilt rotten. It's only a small thing on my back, day case, home the "
        "same night. Thanks for the good luck messages.",
        "none",
        "innocent: dog to son for weekend",
    ),
    (
        "We walked across the big bridge for my husband's birthday, ten minutes each "
        "way with a rest on the bench. Beautiful view.",
        "none",
        "innocent: walked across bridge for birthday",
    ),
    (
        "Bought a new set of kitchen knives with my birthday money, the ergonomic ones. "
        "Cutting veg is so much easier now. My OT said the grip matters more than "
        "anything. Made a big pan of veg soup with it.",
        "none",
        "innocent: new kitchen knives",
    ),
    (
        "Saturday is the big day, my last day at work before retirement! 40 years. "
        "Mixed feelings but ready. I'm going to miss the girls at work but not the "
        "commute. Planning to do the pacing properly now I have the time.",
        "none",
        "innocent: last day at work, retirement",
    ),
    (
        "I've put my affairs in order... meaning I finally filed all my hospital "
        "letters in a folder! Took all afternoon. So organised now lol",
        "none",
        "joke: affairs in order = filing letters",
    ),
    (
        "my daughters making a goodbye cake for her colleague whos leaving, its shaped "
        "like a train. shes so talented. i'll post a picture when its done. my hands "
        "aren't up to piping any more but i did the washing up",
        "none",
        "innocent: goodbye cake shaped like train",
    ),
    (
        "My husband took me out for a run in the car yesterday, first time out in a "
        "week. Sat in the car at the seaside with a flask watching the waves. Couldn't "
        "walk far but it was perfect. Chips after.",
        "none",
        "innocent: sat in car at seaside",
    ),
    (
        "The new patches the GP gave me for my knee (the lidocaine ones) are brilliant, "
        "has anyone else tried them? They take the edge off enough for me to do my "
        "walk. The chemist said to only use them 12 hours on and 12 off.",
        "none",
        "innocent: lidocaine patches",
    ),
    (
        "Hello all, sorry it's been a while. It's been a strange few weeks as you know. "
        "Mum's funeral was last Friday. It was a lovely send-off, she'd have been "
        "pleased. Thank you all for the cards. Back to the cafe next week. Sorting her "
        "things will take a while, but my sister's coming over to help and we've been "
        "sharing funny stories about her. She had quite a sense of humour. I'm sleeping "
        "better and looking forward to seeing your faces.",
        "none",
        "bereavement, normal grief, returning",
    ),
    (
        "Absolutely fed up today. Pain's bad, the washing machine flooded the kitchen, "
        "and the council still haven't fixed the damp. Rant over. Off for a bath.",
        "none",
        "venting: flooded kitchen, rant over",
    ),
    (
        "bit of a low day ngl. grey, achey, lonely-ish. gonna put a film on and have a "
        "bar of dairy milk. hope everyone else is doing better x",
        "none",
        "venting: low day, film and chocolate",
    ),
    (
        "Grumpy post alert: the PIP form is 40 pages. FORTY. I'll get it done with my "
        "daughter's help at the weekend but honestly. Who designs these things. Off to "
        "have a bath and forget about it.",
        "none",
        "venting: PIP form length",
    ),
    (
        "Feeling sorry for myself with this flare. Missed hydro and the cafe. It should "
        "pass in a few days, it always does.",
        "none",
        "venting: flare, missed hydro, will pass",
    ),
    (
        "why does everything hurt when its cold. moan moan moan lol. who wants to go to "
        "the panto? my daughter wants to take the kids to the one at the hippodrome, i "
        "said id go if i can get an aisle seat",
        "none",
        "venting: cold weather moan",
    ),
    (
        "GP cancelled my appointment again. Third time. I'm so frustrated. Rang PALS "
        "this time, we'll see. At least the pharmacy were lovely and sorted my repeat. "
        "Hydro tomorrow, that'll cheer me up.",
        "none",
        "venting: GP cancelled again",
    ),
    (
        "I was tearful at the meet and I'm sorry. It's just been a hard month with "
        "mum's dementia. Thank you for the hugs. Feeling a bit better today.",
        "none",
        "venting: tearful at meet, better today",
    ),
    (
        "hiya, hope everyones ok. sick of this pain honestly. sick of the weather. sick "
        "of mince pies already lol. roll on spring",
        "none",
        "venting: sick of pain and mince pies",
    ),
    (
        "Frustrated that the pain clinic have discharged me back to the GP. Feels like "
        "being dropped. But I've got you lot and my exercises, so I'll crack on.",
        "none",
        "venting: discharged from clinic, cracking on",
    ),
    (
        "Not a great week, the fibro fog is awful, I put the kettle in the fridge "
        "yesterday 😂 Will be at the cafe if I can.",
        "none",
        "venting: fibro fog, kettle in fridge",
    ),
]
