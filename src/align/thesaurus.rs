//! Near-synonyms common in news writing, so paraphrases ("sued" / "filed a lawsuit",
//! "stranded" / "stuck") share a term. General English only: nothing here is about
//! any particular story.

/// Each line is one class of interchangeable words (first word names the class).
const CLASSES: &str = "
sue lawsuit lawsuits suit complaint complaints litigation litigate legal_action
ban banned bans blacklist blacklisted blacklisting prohibit prohibited prohibition bar barred embargo sanction sanctions sanctioned
say said says stated tell told claim claimed claims assert asserted announce announced announcement declare declared
deny denied denies denial reject rejected rejects dismiss dismissed refute refuted
close closed closure closing shut shutdown shutting ground grounded grounding halt halted suspend suspended suspension
open opened reopen reopened reopening resume resumed resumption restart restarted
cancel cancelled canceled cancellation cancellations scrap scrapped
strand stranded stuck trapped
passenger passengers traveller travellers traveler travelers flyer flyers
injure injured injury injuries hurt wound wounded casualty casualties
die died dead death deaths kill killed fatality fatalities
evacuate evacuated evacuation evacuations evacuee evacuees relocate relocated
remain remained stay stayed keep kept
begin began begun start started starts launch launched commence commenced
end ended finish finished conclude concluded stop stopped
rise rose risen increase increased increases climb climbed grow grew growth surge surged jump jumped soar soared
fall fell fallen decrease decreased decline declined drop dropped plunge plunged slump slumped
buy bought purchase purchased acquire acquired acquisition
sell sold sale divest divested
firm company companies business corporation corporations
government administration authorities authority officials
law laws rule rules regulation regulations legislation
court courts judge judges tribunal
ruled ruling verdict decision decisions judgment judgement
accuse accused accusation accusations allege alleged allegation allegations charge charged
link linked links tie ties tied connection connections connected affiliate affiliated affiliation associated association
military army armed_forces defence defense
illegal unlawful illegally unlawfully illicit
big large huge major massive significant
small minor little slight
fast quick quickly rapid rapidly swift swiftly
meet met meeting talks
help helped aid aided assist assisted support supported
warn warned warning warnings caution cautioned
plan plans planned intend intended intends aim aims aimed
investigate investigated investigation probe probed inquiry
arrest arrested detain detained custody
attack attacked assault strike struck raid
agree agreed agreement deal accord
fire fired sacked sack
pay paid payment payments compensation compensate
cost costs price prices
money funds funding fund cash capital
invest invested investment investments investor investors
share shares stock stocks
profit profits earnings income revenue revenues
worker workers employee employees staff
resident residents inhabitants locals people population
home homes house houses housing
town towns city cities village villages
country countries nation nations
storm storms hurricane typhoon cyclone
flood floods flooding flooded
quake earthquake earthquakes tremor tremors
erupt erupted eruption eruptions
airport airports airfield airfields
flight flights
report reported reports reporting
reveal revealed reveals disclose disclosed
show showed shown demonstrate demonstrated
expect expected expects anticipate anticipated forecast forecasts predict predicted
official officially formal formally
president presidency
minister ministry ministers
boss chief head ceo executive leader
win won wins victory prevail prevailed
lose lost loss losses defeat defeated
permanent permanently lasting
temporary temporarily interim provisional
reason reasons cause caused because
call called calls urge urged urges demand demanded demands
need needs needed require required requires requirement
allow allowed allows permit permitted permits
try tried tries attempt attempted attempts
receive received receives get got obtain obtained
give gave given provide provided provides offer offered offers
move moved moves transfer transferred shift shifted
leave left depart departed exit exited
arrive arrived arrives reach reached
see saw seen witness witnessed observe observed
find found discover discovered
damage damaged destroy destroyed destruction wreck wrecked
fear fears feared worry worries worried concern concerns concerned
hope hopes hoped expectation
problem problems issue issues trouble troubles difficulty
danger dangerous risk risks threat threats threaten threatened hazard
safe safety secure security
crisis emergency disaster catastrophe
police officers
soldier soldiers troops
doctor doctors physician physicians
hospital hospitals clinic clinics
school schools
child children kid kids
road roads highway highways street streets
car cars vehicle vehicles
plane planes aircraft airplane airplanes jet jets
ship ships vessel vessels boat boats ferry ferries
train trains rail railway
job jobs employment
buy buying purchases
cut cuts reduce reduced reduction slash slashed
raise raised hike hiked
continue continued continues persist persisted ongoing
delay delayed delays postpone postponed
approve approved approval endorse endorsed
block blocked blocks prevent prevented
protest protests protested demonstration demonstrations rally rallies
vote votes voted ballot election elections
elect elected
spokesman spokeswoman spokesperson representative
statement statements
interview interviewed
estimate estimated estimates
total totals overall
nearby near close neighbouring neighboring
huge enormous vast
";

/// (word, class representative) pairs, before stemming.
pub fn classes() -> impl Iterator<Item = (&'static str, &'static str)> {
    CLASSES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|line| {
            let mut words = line.split_whitespace();
            let head = words.next().unwrap_or("");
            std::iter::once((head, head)).chain(words.map(move |w| (w, head)))
        })
}
