"""Hard positives: violent incidents beyond US gun violence, and developments in them.

Each template is one article: its first line is the headline, the rest the body
(joined into one paragraph); slots in braces are filled by make_hardset.py.
"""

POSITIVE = {
    "stabbing": [
        """\
        Man stabbed to death in {town} street
        A murder investigation has been launched after a man was stabbed to death in {town}.
        Officers were called to {street} shortly after 23:00 on {day} following reports of a
        disturbance. The victim, aged {age}, was found with stab wounds and died at the scene
        despite the efforts of paramedics. A cordon remains in place. Detective Chief Inspector
        {f} of {force} said: "A young man has lost his life and a family is devastated. I would
        urge anyone who saw what happened to contact us." No arrests have been made.
        """,
        """\
        Teenager stabbed outside school
        A {kid}-year-old boy was stabbed outside a secondary school in {town} as pupils left for
        the day. He was taken to hospital with injuries that are not thought to be
        life-threatening. Two boys, aged 15 and 16, have been arrested on suspicion of wounding
        with intent. {force} said extra patrols would be in the area.
        """,
        """\
        Woman stabbed in {city} apartment; boyfriend sought
        A {age}-year-old woman was stabbed multiple times inside her apartment on {street} in
        {city} early {day}, police said. She was taken to a hospital in critical condition.
        Officers are searching for her boyfriend, {m}, {age2}, who fled before they arrived.
        Police said the couple had been arguing. Anyone who knows his whereabouts is asked to
        call 911.
        """,
        """\
        Two hurt in knife attack at bus station
        Two people were injured when a man attacked passengers with a knife at {town} bus
        station on {day} evening. One victim, a woman in her {age}s, suffered a serious neck
        wound. A man was detained by members of the public and arrested by officers. Police said
        the attack was not being treated as terror-related.
        """,
        """\
        Machete attack leaves man with life-changing injuries
        A man suffered life-changing injuries when he was attacked with a machete by a group of
        men in {town} on {day}. The {age}-year-old was set upon in a car park off {street}.
        {force} said three men ran towards the park. Detectives believe he was targeted.
        """,
        """\
        Teenager killed in park knife attack named
        Police have named a {kid}-year-old boy who was stabbed to death in a park in {town} as
        {m}. He was found with a stab wound on {day} evening and died in hospital. Two youths
        have been arrested on suspicion of murder. His family said he was "a loving son who had
        his whole life ahead of him".
        """,
    ],
    "vehicle_ramming": [
        """\
        Car driven into crowd outside nightclub
        Several people were injured, two seriously, when a car was deliberately driven into a
        crowd outside a nightclub in {town} in the early hours of {day}. Witnesses said the
        driver had been thrown out of the club after an argument and returned minutes later. A
        {age}-year-old man has been arrested on suspicion of attempted murder.
        """,
        """\
        Driver rams ex-partner's car, killing her
        A {city} man deliberately rammed his estranged wife's car off the road {day}, killing
        her, prosecutors say. {m}, {age}, is charged with first-degree murder. Witnesses told
        police his truck struck her vehicle repeatedly on {street} before it overturned. {f},
        {age2}, died at the scene.
        """,
        """\
        Pedestrians mown down in deliberate attack
        A man drove a van onto a busy pavement in {town} city centre, injuring {n} people,
        before he was detained by officers. Police said the incident was deliberate and the
        driver, aged {age}, has been arrested on suspicion of attempted murder.
        """,
        """\
        Man charged after driving at police officers
        A man has been charged with attempted murder after he drove a car at two police officers
        who had stopped him in {town}. One officer was thrown onto the bonnet and suffered a
        broken leg. {m}, {age}, was remanded in custody.
        """,
    ],
    "arson_murder": [
        """\
        Mother and children killed in arson attack
        A mother and her two children died when their home in {town} was deliberately set
        alight, police have said. Petrol was poured through the letterbox of the house on
        {street} in the early hours of {day}. A {age}-year-old man has been arrested on
        suspicion of murder. {force} described the attack as "wicked".
        """,
        """\
        Man charged with murder after setting fire that killed neighbor
        A {city} man has been charged with murder and aggravated arson after a fire he set
        killed his downstairs neighbor, fire investigators said. {m}, {age}, is accused of
        pouring gasoline outside the apartment of {m2}, {age2}, after a dispute over noise.
        {m2s} died of smoke inhalation.
        """,
        """\
        Petrol bomb thrown at house, man critically hurt
        A man is in a critical condition with severe burns after a petrol bomb was thrown
        through the window of his house in {town}. Detectives say the attack was targeted and
        have arrested two men on suspicion of attempted murder.
        """,
        """\
        Fire that killed {n} was deliberately set, investigators say
        A fire that killed {n} people in a {city} rooming house was deliberately set, fire
        investigators said {day}. Police have arrested a former tenant, {m}, {age}, who was
        evicted last week, and charged him with murder and arson. Witnesses said he had
        threatened to "burn the place down".
        """,
    ],
    "domestic_murder": [
        """\
        Woman found strangled at home; husband arrested
        A man has been arrested on suspicion of murder after his wife was found dead at their
        home in {town}. A post-mortem examination found {f}, {age}, died from compression of the
        neck. Her husband, {age2}, was arrested at the scene. {force} said the death was being
        treated as domestic-related.
        """,
        """\
        Father accused of beating infant to death
        A {city} father has been arrested and charged with murder after his {kid}-month-old son
        died of head injuries, police said. Doctors at the hospital alerted police to bruising
        and skull fractures. {m}, {age}, told investigators the baby fell, according to court
        documents.
        """,
        """\
        Man killed mother with hammer, police say
        A {age}-year-old man is accused of killing his mother with a hammer at their {city}
        home, police said {day}. Officers found {f}, {age2}, with severe head injuries after a
        relative called 911. Her son, {m}, was arrested nearby with blood on his clothes. He is
        held without bond on a charge of second-degree murder.
        """,
        """\
        Domestic violence: victim named after double killing
        Police have named a woman and her daughter who were killed at their home in {town}. {f},
        {age}, and her daughter, {kid}, suffered fatal injuries. {f}'s former partner, {m},
        {age2}, has been charged with two counts of murder and will appear before magistrates on
        {day}.
        """,
        """\
        Police: husband shot wife, then turned gun on himself
        Police in {city} say a man fatally shot his wife inside their home on {street} before
        killing himself. Officers were called by a neighbor who heard gunshots on {day} morning.
        {f}, {age}, and {m}, {age2}, were found dead. Relatives said the couple had separated
        recently.
        """,
    ],
    "beating": [
        """\
        Man dies after one-punch attack outside pub
        A man has died in hospital after being punched outside a pub in {town} on {day}. The
        {age}-year-old fell and hit his head on the pavement. A {age2}-year-old man has been
        arrested on suspicion of manslaughter. Family said he was a devoted father.
        """,
        """\
        Homeless man beaten to death; three teens held
        Three teenagers have been arrested in the beating death of a homeless man found under a
        bridge in {city}, police said. {m}, {age}, was kicked and beaten with a baseball bat,
        according to the arrest affidavit. Police Chief {m2} called the attack "senseless and
        cruel".
        """,
        """\
        Pensioner attacked in his own home
        An {old}-year-old man was left with a fractured skull after intruders beat him in his
        home in {town}. The men forced their way in and attacked him with a metal bar before
        stealing cash. {force} has appealed for information.
        """,
        """\
        Man dies days after assault outside takeaway
        A man has died in hospital four days after he was assaulted outside a takeaway in
        {town}. {m}, {age}, suffered a serious head injury when he was punched and kicked in the
        early hours of {day}. A murder investigation has been launched and two men have been
        arrested.
        """,
    ],
    "arrest": [
        """\
        Arrest made in {town} stabbing
        A {age}-year-old man has been arrested in connection with the fatal stabbing of {m} in
        {town} last week. Detectives from {force} arrested the suspect at an address in {region}
        on {day}. {ms}, {age2}, died after he was stabbed in the chest on {street}. The suspect
        is being questioned on suspicion of murder.
        """,
        """\
        Suspect in deadly beating arrested in {state}
        Police have arrested a man wanted in the beating death of a {city} store clerk. {m},
        {age}, was taken into custody {day} by U.S. Marshals. He is accused of attacking {m2},
        {age2}, during an argument over change, leaving him with injuries from which he died two
        days later.
        """,
        """\
        Fourth arrest over death of teenager
        A fourth person has been arrested over the death of a {kid}-year-old boy who was
        attacked in a park in {town}. The boy was stabbed and beaten by a group in what police
        called a planned attack. The latest arrest, of a woman aged {age}, is on suspicion of
        assisting an offender.
        """,
        """\
        Man arrested after woman attacked with hammer
        A man has been arrested on suspicion of attempted murder after a woman was attacked with
        a hammer at a house in {town}. She remains in hospital in a serious condition. The
        {age}-year-old man was detained nearby on {day}, {force} said.
        """,
    ],
    "charge": [
        """\
        Man charged with murder of {town} woman
        A man has been charged with the murder of a woman who was found dead in a flat in
        {town}. {m}, {age}, of no fixed address, will appear at {town} Magistrates' Court on
        {day}. {f}, {age2}, was found with multiple injuries on {street}. Her family said they
        were heartbroken.
        """,
        """\
        Grand jury indicts man in fatal stabbing
        A {county} County grand jury has indicted {m}, {age}, on a murder charge in the stabbing
        death of {m2} outside a bar in {city}. Prosecutors say {ms} stabbed the victim {n} times
        after a fight over a pool game.
        """,
        """\
        Teenagers charged over acid attack
        Two teenagers have been charged after a woman was sprayed with a corrosive substance in
        {town}. The victim suffered burns to her face and arms. The boys, aged 16 and 17, are
        charged with causing grievous bodily harm with intent.
        """,
        """\
        Woman charged with murder after man found beaten
        A {age}-year-old woman has been charged with second-degree murder after a man was found
        beaten to death inside a {city} home, police said {day}. {m}, {age2}, suffered
        blunt-force injuries to his head. Detectives said the two knew each other.
        """,
    ],
    "trial": [
        """\
        Jury hears how victim was stabbed {n} times
        A man stabbed his former friend {n} times after a row over money, a jury at {town} Crown
        Court has heard. {m}, {age}, denies murdering {m2}, {age2}, at a flat on {street} last
        {month}. Prosecutor {f} said the defendant then tried to clean the scene. The trial
        continues.
        """,
        """\
        Murder trial opens for man accused of killing girlfriend
        The trial of a {city} man accused of strangling his girlfriend opened {day} with
        testimony from the officer who found her body. {m}, {age}, has pleaded not guilty to
        first-degree murder in the death of {f}, {age2}. Prosecutors say he choked her during an
        argument and then drove her car to another state.
        """,
        """\
        Defendant tells court he acted in self-defence
        A man accused of killing a father-of-two outside a takeaway in {town} told jurors he
        acted in self-defence. {m}, {age}, admits punching and kicking {m2} but denies murder.
        The victim died from head injuries.
        """,
        """\
        Witness describes deadly bar fight
        A bartender testified {day} that she watched {m} smash a bottle over another man's head
        and stab him with the broken glass at a {city} tavern. {ms}, {age}, is on trial for
        second-degree murder. The defense says the victim started the fight.
        """,
        """\
        Accused tells jury knife was for protection
        A man accused of stabbing a stranger to death in {town} told a jury he carried the knife
        for protection. {m}, {age}, denies the murder of {m2}, {age2}, who was stabbed in the
        neck on {street}. The trial at {town} Crown Court continues.
        """,
    ],
    "sentencing": [
        """\
        Man jailed for life for killing partner
        A man who beat his partner to death at their home in {town} has been jailed for life and
        must serve at least {n}0 years. {m}, {age}, was convicted of murdering {f}, {age2},
        after a trial. The judge said he had subjected her to years of abuse.
        """,
        """\
        Killer sentenced for stabbing at party
        A {city} man was sentenced {day} to {years}0 years in prison for stabbing a man to death
        at a house party. {m}, {age}, pleaded guilty to voluntary manslaughter. The victim's
        mother told the court she would never forgive him.
        """,
        """\
        Driver who ran down rival jailed
        A driver who deliberately mowed down a man after a row outside a shop in {town} has been
        jailed for {years} years. {m}, {age}, was found guilty of causing grievous bodily harm
        with intent. The victim suffered a broken pelvis and both legs.
        """,
        """\
        Teenagers sentenced over killing of delivery driver
        Three teenagers who attacked and killed a delivery driver in {town} have been sentenced
        to a total of {n}0 years. The driver, {m}, {age}, was punched, kicked and run over with
        his own moped. The judge said it was "a brutal, pointless attack".
        """,
    ],
    "inquest": [
        """\
        Inquest opens into death of stabbing victim
        An inquest has opened into the death of {m}, {age}, who was stabbed in {town} last
        month. The coroner heard he died from a stab wound to the heart. The inquest was
        adjourned pending the outcome of a criminal trial.
        """,
        """\
        Inquest: man unlawfully killed in street attack
        A jury at an inquest has concluded that a man found dead after a street attack in {town}
        was unlawfully killed. {m}, {age}, suffered fatal head injuries. Nobody has been
        convicted of his death and police said the investigation remains open.
        """,
        """\
        Coroner hears of police shooting
        An inquest into the death of a man shot by armed police in {town} has heard that
        officers believed he was carrying a gun. {m}, {age}, was hit twice in the chest. The
        police watchdog investigated the shooting.
        """,
        """\
        Inquest hears victim was strangled
        A woman found dead in her flat in {town} was strangled, an inquest has heard. The
        hearing was told {f}, {age}, died from compression of the neck. It was adjourned while
        the police investigation continues; a man has been charged with her murder.
        """,
    ],
    "uk_shooting": [
        """\
        Man shot dead in {town}
        A man has been shot dead in {town}. Emergency services were called to reports of
        gunshots on {street} on {day} evening and found the man, in his {age}s, with gunshot
        wounds. He died at the scene. {force} said officers were keeping an open mind about the
        motive. A murder inquiry has been launched.
        """,
        """\
        Boy, {kid}, hurt as shots fired at house
        A {kid}-year-old boy was injured when shots were fired at a house in {town} on {day}
        night. The boy was hit in the leg. Detectives believe the house was targeted. Armed
        officers are patrolling the area.
        """,
        """\
        Police officer shot during raid
        A police officer has been shot and seriously injured during a raid on a house in {town}.
        The officer was hit in the shoulder when a man opened fire as the door was forced. A
        {age}-year-old man has been arrested on suspicion of attempted murder.
        """,
    ],
    "explosion": [
        """\
        Explosive device injures man at door
        A man was seriously injured when a parcel bomb exploded at his home in {town}. Police
        said the device was left on the doorstep. Bomb disposal experts cleared nearby homes. A
        {age}-year-old man has been arrested.
        """,
        """\
        Pipe bomb kills one outside bar
        One person was killed and {n} injured when a pipe bomb exploded outside a {city} bar
        late {day}, authorities said. Federal agents are assisting local police. Investigators
        believe the bomb was placed deliberately.
        """,
        """\
        Grenade thrown into bar injures {n}
        {n} people were injured when a grenade was thrown into a crowded bar, police said. A man
        was seen running from the scene. Detectives are treating the attack as attempted murder.
        """,
    ],
    "brief": [
        """\
        Man hurt in stabbing
        A man in his {age}s was stabbed in {town} on {day} night. He is in a stable condition in
        hospital. Police are investigating.
        """,
        """\
        Woman assaulted, robbed on trail
        A {age}-year-old woman was punched and knocked to the ground by a man who stole her
        phone on a walking trail in {city} {day}, police said. She was treated for a broken
        nose.
        """,
        """\
        Arrest after man found with head injuries
        A {age}-year-old man has been arrested on suspicion of grievous bodily harm after a man
        was found with serious head injuries in {town}.
        """,
    ],
    "us_shooting_other": [
        """\
        Man shot while sitting in car, police say
        A {age}-year-old man was shot several times while sitting in his car on {street} in
        {city} {day} night, police said. He was taken to the hospital in serious condition.
        Officers recovered {n} shell casings. No arrest has been made.
        """,
        """\
        Officer fires at suspect after chase
        A {county} County deputy shot and wounded a man after a car chase ended in {city} {day},
        the sheriff's office said. The man, {age}, pointed a handgun at deputies, according to
        the sheriff. He is expected to survive. The state bureau of investigation is reviewing
        the shooting.
        """,
    ],
}
