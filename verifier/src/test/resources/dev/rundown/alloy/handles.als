-- models/bench/handles.rundown {Handle=2}

abstract sig Bool {}
one sig False, True extends Bool {}

abstract sig Handle {
  var state: one HandleState,
  var s1: one Slot,
  var s2: one Slot
}
one sig Handle1, Handle2 extends Handle {}

abstract sig HandleState {}
one sig Idle, Open, Closing, Closed extends HandleState {}

abstract sig Slot {}
one sig Unused, Pending, CancelRequested, Done extends Slot {}

one sig Globals {
  var inflight: one Int
}

-- the step leaving a state: which action, its arguments, the properties it broke
abstract sig Label {}
one sig Fired_open, Fired_send, Fired_cancel, Fired_cleanup, Fired_complete, Fired_close, Fired_reset extends Label {}
abstract sig Failure {}
one sig Violated_WellDefined extends Failure {}
one sig Fired {
  var action: lone Label,
  var arg1: lone univ,
  var failed: set Failure
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter {
  no Fired.action
  no Fired.arg1
  no Fired.failed
}

fact init {
  state = Handle -> Idle
  s1 = Handle -> Unused
  s2 = Handle -> Unused
  inflight = Globals -> 0
}

-- app open
pred open_2[h: Handle] {
  Fired.action = Fired_open
  Fired.arg1 = h
  (((h.state) = Idle) and (let state_2 = state ++ (h -> Open) | (state' = state_2 and Fired.failed = none)))
}

-- app send
pred send[h: Handle] {
  Fired.action = Fired_send
  Fired.arg1 = h
  ((((h.state) = Open) and (((h.s1) = Unused) or ((h.s2) = Unused))) and (let s1_2 = s1 ++ (h -> Pending) | (let s2_2 = s2 ++ (h -> Pending) | (let s1_3 = (((h.s1) = Unused) => s1_2 else s1) | (let s2_3 = (((h.s1) = Unused) => s2 else s2_2) | (let inflight_2 = inflight ++ (Globals -> plus[(Globals.inflight), 1]) | (((not (plus[(Globals.inflight), 1] <= 10)) and (s1' = s1 and s2' = s2 and inflight' = inflight and Fired.failed = Violated_WellDefined)) or ((plus[(Globals.inflight), 1] <= 10) and (s1' = s1_3 and s2' = s2_3 and inflight' = inflight_2 and Fired.failed = none)))))))))
}

-- app cancel
pred cancel[h: Handle] {
  Fired.action = Fired_cancel
  Fired.arg1 = h
  ((((h.state) = Open) and (((h.s1) = Pending) or ((h.s2) = Pending))) and ((((h.s1) = Pending) and (let s1_2 = s1 ++ (h -> CancelRequested) | (s1' = s1_2 and s2' = s2 and Fired.failed = none))) or (((h.s2) = Pending) and (let s2_2 = s2 ++ (h -> CancelRequested) | (s1' = s1 and s2' = s2_2 and Fired.failed = none)))))
}

-- app cleanup
pred cleanup[h: Handle] {
  Fired.action = Fired_cleanup
  Fired.arg1 = h
  (((h.state) = Open) and (let state_2 = state ++ (h -> Closing) | (let s1_2 = s1 ++ (h -> CancelRequested) | (let s1_3 = (((h.s1) = Pending) => s1_2 else s1) | (let s2_2 = s2 ++ (h -> CancelRequested) | (let s2_3 = (((h.s2) = Pending) => s2_2 else s2) | (state' = state_2 and s1' = s1_3 and s2' = s2_3 and Fired.failed = none)))))))
}

-- driver complete
pred complete[h: Handle] {
  Fired.action = Fired_complete
  Fired.arg1 = h
  (((((h.s1) = Pending) or ((h.s1) = CancelRequested)) or (((h.s2) = Pending) or ((h.s2) = CancelRequested))) and (((((h.s1) = Pending) or ((h.s1) = CancelRequested)) and (let s1_2 = s1 ++ (h -> Done) | (let inflight_2 = inflight ++ (Globals -> minus[(Globals.inflight), 1]) | (((not (minus[(Globals.inflight), 1] >= 0)) and (s1' = s1 and s2' = s2 and inflight' = inflight and Fired.failed = Violated_WellDefined)) or ((minus[(Globals.inflight), 1] >= 0) and (s1' = s1_2 and s2' = s2 and inflight' = inflight_2 and Fired.failed = none)))))) or ((((h.s2) = Pending) or ((h.s2) = CancelRequested)) and (let s2_2 = s2 ++ (h -> Done) | (let inflight_3 = inflight ++ (Globals -> minus[(Globals.inflight), 1]) | (((not (minus[(Globals.inflight), 1] >= 0)) and (s1' = s1 and s2' = s2 and inflight' = inflight and Fired.failed = Violated_WellDefined)) or ((minus[(Globals.inflight), 1] >= 0) and (s1' = s1 and s2' = s2_2 and inflight' = inflight_3 and Fired.failed = none))))))))
}

-- app close
pred close[h: Handle] {
  Fired.action = Fired_close
  Fired.arg1 = h
  (((((h.state) = Closing) and (not (((h.s1) = Pending) or ((h.s1) = CancelRequested)))) and (not (((h.s2) = Pending) or ((h.s2) = CancelRequested)))) and (let state_2 = state ++ (h -> Closed) | (state' = state_2 and Fired.failed = none)))
}

-- app reset
pred reset[h: Handle] {
  Fired.action = Fired_reset
  Fired.arg1 = h
  (((h.state) = Closed) and (let state_2 = state ++ (h -> Idle) | (let s1_2 = s1 ++ (h -> Unused) | (let s2_2 = s2 ++ (h -> Unused) | (state' = state_2 and s1' = s1_2 and s2' = s2_2 and Fired.failed = none)))))
}

fact transitions {
  always (stutter
    or (some h: Handle | open_2[h])
    or (some h: Handle | send[h])
    or (some h: Handle | cancel[h])
    or (some h: Handle | cleanup[h])
    or (some h: Handle | complete[h])
    or (some h: Handle | close[h])
    or (some h: Handle | reset[h]))
}

-- traces end in stuttering, so a trace of n states shows violations within n - 1 steps
fact finite { eventually always stutter }

-- each variable changes only in a step of an action that may assign it
fact frame {
  always (state' = state or some (Fired.action & (Fired_open + Fired_cleanup + Fired_close + Fired_reset)))
  always (s1' = s1 or some (Fired.action & (Fired_send + Fired_cancel + Fired_cleanup + Fired_complete + Fired_reset)))
  always (s2' = s2 or some (Fired.action & (Fired_send + Fired_cancel + Fired_cleanup + Fired_complete + Fired_reset)))
  always (inflight' = inflight or some (Fired.action & (Fired_send + Fired_complete)))
}

-- no action can be taken
pred deadlocked {
  (((((((no h: Handle | ((h.state) = Idle)) and (no h: Handle | (((h.state) = Open) and (((h.s1) = Unused) or ((h.s2) = Unused))))) and (no h: Handle | ((((h.state) = Open) and (((h.s1) = Pending) or ((h.s2) = Pending))) and (((h.s1) = Pending) or ((h.s2) = Pending))))) and (no h: Handle | ((h.state) = Open))) and (no h: Handle | (((((h.s1) = Pending) or ((h.s1) = CancelRequested)) or (((h.s2) = Pending) or ((h.s2) = CancelRequested))) and ((((h.s1) = Pending) or ((h.s1) = CancelRequested)) or (((h.s2) = Pending) or ((h.s2) = CancelRequested)))))) and (no h: Handle | ((((h.state) = Closing) and (not (((h.s1) = Pending) or ((h.s1) = CancelRequested)))) and (not (((h.s2) = Pending) or ((h.s2) = CancelRequested)))))) and (no h: Handle | ((h.state) = Closed)))
}

-- invariant ClosedHasNoOutstandingIo  WDM-FILE-4
pred ClosedHasNoOutstandingIo_fails {
  (not (all h: Handle | ((not ((h.state) = Closed)) or (not ((((h.s1) = Pending) or ((h.s1) = CancelRequested)) or (((h.s2) = Pending) or ((h.s2) = CancelRequested)))))))
}
assert ClosedHasNoOutstandingIo { always not ClosedHasNoOutstandingIo_fails }

-- hang NoHang
pred NoHang_fails {
  (some none)
}
assert NoHang { always not NoHang_fails }

pred WellDefined_fails_in_state {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails {
  ((Violated_WellDefined in Fired.failed) or WellDefined_fails_in_state)
}
assert WellDefined { always not WellDefined_fails }

check ClosedHasNoOutstandingIo for 5 Int, 1..11 steps
check NoHang for 5 Int, 1..11 steps
check WellDefined for 5 Int, 1..11 steps
