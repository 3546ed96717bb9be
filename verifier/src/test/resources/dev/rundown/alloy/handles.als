-- models/bench/handles.rundown {Handle=2}

open util/ordering[State]

abstract sig Bool {}
one sig False, True extends Bool {}

-- symmetric: its 2 atoms are interchangeable; Kodkod breaks symmetries
sig Handle {
  state: HandleState -> State,
  s1: Slot -> State,
  s2: Slot -> State
}

abstract sig HandleState {}
one sig Idle, Open, Closing, Closed extends HandleState {}

abstract sig Slot {}
one sig Unused, Pending, CancelRequested, Done extends Slot {}

one sig Globals {
  inflight: Int -> State
}

-- the states of a trace, in order; each records the step leaving it: which action, its arguments,
-- the properties it broke
abstract sig Label {}
one sig Fired_open, Fired_send, Fired_cancel, Fired_cleanup, Fired_complete, Fired_close, Fired_reset extends Label {}
abstract sig Failure {}
one sig Violated_WellDefined extends Failure {}
sig State {
  action: lone Label,
  arg1: lone univ,
  failed: set Failure
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter[pre: State] {
  no pre.action
  no pre.arg1
  no pre.failed
}

pred initial[pre: State] {
  (state.pre) = Handle -> Idle
  (s1.pre) = Handle -> Unused
  (s2.pre) = Handle -> Unused
  (inflight.pre) = Globals -> 0
}

-- app open
pred open_2[pre, post: State, h: Handle] {
  pre.action = Fired_open
  pre.arg1 = h
  ((Idle in (h.(state.pre))) and (let state_2 = (state.pre) ++ (h -> Open) | ((state.post) = state_2 and pre.failed = none)))
}

-- app send
pred send[pre, post: State, h: Handle] {
  pre.action = Fired_send
  pre.arg1 = h
  (((Open in (h.(state.pre))) and ((Unused in (h.(s1.pre))) or (Unused in (h.(s2.pre))))) and (let s1_2 = (s1.pre) ++ (h -> Pending) | (let s2_2 = (s2.pre) ++ (h -> Pending) | (let s1_3 = ((Unused in (h.(s1.pre))) => s1_2 else (s1.pre)) | (let s2_3 = ((Unused in (h.(s1.pre))) => (s2.pre) else s2_2) | (let inflight_2 = (inflight.pre) ++ (Globals -> plus[(Globals.(inflight.pre)), 1]) | (((not (plus[(Globals.(inflight.pre)), 1] <= 10)) and ((s1.post) = (s1.pre) and (s2.post) = (s2.pre) and (inflight.post) = (inflight.pre) and pre.failed = Violated_WellDefined)) or ((plus[(Globals.(inflight.pre)), 1] <= 10) and ((s1.post) = s1_3 and (s2.post) = s2_3 and (inflight.post) = inflight_2 and pre.failed = none)))))))))
}

-- app cancel
pred cancel[pre, post: State, h: Handle] {
  pre.action = Fired_cancel
  pre.arg1 = h
  (((Open in (h.(state.pre))) and ((Pending in (h.(s1.pre))) or (Pending in (h.(s2.pre))))) and (((Pending in (h.(s1.pre))) and (let s1_2 = (s1.pre) ++ (h -> CancelRequested) | ((s1.post) = s1_2 and (s2.post) = (s2.pre) and pre.failed = none))) or ((Pending in (h.(s2.pre))) and (let s2_2 = (s2.pre) ++ (h -> CancelRequested) | ((s1.post) = (s1.pre) and (s2.post) = s2_2 and pre.failed = none)))))
}

-- app cleanup
pred cleanup[pre, post: State, h: Handle] {
  pre.action = Fired_cleanup
  pre.arg1 = h
  ((Open in (h.(state.pre))) and (let state_2 = (state.pre) ++ (h -> Closing) | (let s1_2 = (s1.pre) ++ (h -> CancelRequested) | (let s1_3 = ((Pending in (h.(s1.pre))) => s1_2 else (s1.pre)) | (let s2_2 = (s2.pre) ++ (h -> CancelRequested) | (let s2_3 = ((Pending in (h.(s2.pre))) => s2_2 else (s2.pre)) | ((state.post) = state_2 and (s1.post) = s1_3 and (s2.post) = s2_3 and pre.failed = none)))))))
}

-- driver complete
pred complete[pre, post: State, h: Handle] {
  pre.action = Fired_complete
  pre.arg1 = h
  ((((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))) or ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre))))) and ((((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))) and (let s1_2 = (s1.pre) ++ (h -> Done) | (let inflight_2 = (inflight.pre) ++ (Globals -> minus[(Globals.(inflight.pre)), 1]) | (((not (minus[(Globals.(inflight.pre)), 1] >= 0)) and ((s1.post) = (s1.pre) and (s2.post) = (s2.pre) and (inflight.post) = (inflight.pre) and pre.failed = Violated_WellDefined)) or ((minus[(Globals.(inflight.pre)), 1] >= 0) and ((s1.post) = s1_2 and (s2.post) = (s2.pre) and (inflight.post) = inflight_2 and pre.failed = none)))))) or (((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre)))) and (let s2_2 = (s2.pre) ++ (h -> Done) | (let inflight_3 = (inflight.pre) ++ (Globals -> minus[(Globals.(inflight.pre)), 1]) | (((not (minus[(Globals.(inflight.pre)), 1] >= 0)) and ((s1.post) = (s1.pre) and (s2.post) = (s2.pre) and (inflight.post) = (inflight.pre) and pre.failed = Violated_WellDefined)) or ((minus[(Globals.(inflight.pre)), 1] >= 0) and ((s1.post) = (s1.pre) and (s2.post) = s2_2 and (inflight.post) = inflight_3 and pre.failed = none))))))))
}

-- app close
pred close[pre, post: State, h: Handle] {
  pre.action = Fired_close
  pre.arg1 = h
  ((((Closing in (h.(state.pre))) and (not ((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))))) and (not ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre)))))) and (let state_2 = (state.pre) ++ (h -> Closed) | ((state.post) = state_2 and pre.failed = none)))
}

-- app reset
pred reset[pre, post: State, h: Handle] {
  pre.action = Fired_reset
  pre.arg1 = h
  ((Closed in (h.(state.pre))) and (let state_2 = (state.pre) ++ (h -> Idle) | (let s1_2 = (s1.pre) ++ (h -> Unused) | (let s2_2 = (s2.pre) ++ (h -> Unused) | ((state.post) = state_2 and (s1.post) = s1_2 and (s2.post) = s2_2 and pre.failed = none)))))
}

-- a step is one action or a stutter
pred transition[pre, post: State] {
  stutter[pre]
  or (some h: Handle | open_2[pre, post, h])
  or (some h: Handle | send[pre, post, h])
  or (some h: Handle | cancel[pre, post, h])
  or (some h: Handle | cleanup[pre, post, h])
  or (some h: Handle | complete[pre, post, h])
  or (some h: Handle | close[pre, post, h])
  or (some h: Handle | reset[pre, post, h])
}

-- each variable changes only in a step of an action that may assign it
pred unchanged[pre, post: State] {
  ((state.post) = (state.pre) or some (pre.action & (Fired_open + Fired_cleanup + Fired_close + Fired_reset)))
  ((s1.post) = (s1.pre) or some (pre.action & (Fired_send + Fired_cancel + Fired_cleanup + Fired_complete + Fired_reset)))
  ((s2.post) = (s2.pre) or some (pre.action & (Fired_send + Fired_cancel + Fired_cleanup + Fired_complete + Fired_reset)))
  ((inflight.post) = (inflight.pre) or some (pre.action & (Fired_send + Fired_complete)))
}

-- no action can be taken
pred deadlocked[pre: State] {
  (((((((no h: Handle | (Idle in (h.(state.pre)))) and (no h: Handle | ((Open in (h.(state.pre))) and ((Unused in (h.(s1.pre))) or (Unused in (h.(s2.pre))))))) and (no h: Handle | (((Open in (h.(state.pre))) and ((Pending in (h.(s1.pre))) or (Pending in (h.(s2.pre))))) and ((Pending in (h.(s1.pre))) or (Pending in (h.(s2.pre))))))) and (no h: Handle | (Open in (h.(state.pre))))) and (no h: Handle | ((((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))) or ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre))))) and (((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))) or ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre)))))))) and (no h: Handle | (((Closing in (h.(state.pre))) and (not ((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))))) and (not ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre)))))))) and (no h: Handle | (Closed in (h.(state.pre)))))
}

-- invariant ClosedHasNoOutstandingIo  WDM-FILE-4
pred ClosedHasNoOutstandingIo_fails[pre: State] {
  (not (all h: Handle | ((not (Closed in (h.(state.pre)))) or (not (((Pending in (h.(s1.pre))) or (CancelRequested in (h.(s1.pre)))) or ((Pending in (h.(s2.pre))) or (CancelRequested in (h.(s2.pre)))))))))
}
assert ClosedHasNoOutstandingIo { all pre: State | not ClosedHasNoOutstandingIo_fails[pre] }

-- hang NoHang
pred NoHang_fails[pre: State] {
  (some none)
}
assert NoHang { not NoHang_fails[last] }

pred WellDefined_fails_in_state[pre: State] {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails[pre: State] {
  ((Violated_WellDefined in pre.failed) or WellDefined_fails_in_state[pre])
}
assert WellDefined { all pre: State | not WellDefined_fails[pre] }

-- the traces: the first state is initial; every step is one action or a stutter and changes only what
-- that action assigns; the last state takes no step, so a trace of n states shows the violations within
-- n - 1 steps
fact init { initial[first] }
fact transitions {
  all pre: State - last | transition[pre, pre.next]
  stutter[last]
}
fact frame { all pre: State - last | unchanged[pre, pre.next] }

check ClosedHasNoOutstandingIo for 1 but 5 Int, exactly 11 State, exactly 2 Handle
check NoHang for 1 but 5 Int, exactly 11 State, exactly 2 Handle
check WellDefined for 1 but 5 Int, exactly 11 State, exactly 2 Handle
